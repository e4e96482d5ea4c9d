//! How ratings read: the four answers, the reasons, and a share that may be "too few".

use super::{tr, Msg};
use crate::domain::voice::{Rating, Share};

pub fn rating(rating: Rating) -> String {
    tr(match rating {
        Rating::VeryBad => Msg::RatingVeryBad,
        Rating::Bad => Msg::RatingBad,
        Rating::Good => Msg::RatingGood,
        Rating::VeryGood => Msg::RatingVeryGood,
    })
}

/// The reasons a guest can give when the business has not written its own.
pub fn default_reasons() -> Vec<String> {
    [
        Msg::ReasonWaiting,
        Msg::ReasonFriendliness,
        Msg::ReasonProduct,
        Msg::ReasonCleanliness,
    ]
    .into_iter()
    .map(tr)
    .collect()
}

pub fn share(share: Share) -> String {
    match share {
        Share::TooFew { answers } => tr(Msg::TooFewAnswers { answers }),
        Share::Percent { percent, answers } => tr(Msg::ShareGood { percent, answers }),
    }
}
