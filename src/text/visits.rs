//! How visits read: their kind, verdict and shares of the points.

use super::{tr, Msg};
use crate::domain::visits::{Points, Verdict, VisitKind};

pub fn visit_kind(kind: VisitKind) -> String {
    tr(match kind {
        VisitKind::SelfAudit => Msg::VisitKindSelfAudit,
        VisitKind::MysteryShopper => Msg::VisitKindMysteryShopper,
        VisitKind::OtherBusiness => Msg::VisitKindOtherBusiness,
    })
}

pub fn verdict(verdict: Verdict) -> String {
    tr(match verdict {
        Verdict::NothingScored => Msg::NothingScored,
        Verdict::Passed => Msg::VerdictPassed,
        Verdict::BelowPassMark => Msg::VerdictBelow,
        Verdict::CriticalFailed => Msg::VerdictCritical,
    })
}

/// "83 %", or "Nothing scored" rather than a share of nothing.
pub fn share(points: Points) -> String {
    match points.percent() {
        Some(percent) => tr(Msg::ScorePercent { percent }),
        None => tr(Msg::NothingScored),
    }
}
