//! How visits read: their kind, verdict and shares of the points.

use super::{tr, Msg};
use crate::domain::staff::TargetDirection;
use crate::domain::visits::{Answer, Points, Verdict, VisitKind};

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

/// "Target: at most 10 seconds".
pub fn target(target: i64, direction: TargetDirection, unit: &str) -> String {
    tr(match direction {
        TargetDirection::AtMost => Msg::ItemTargetAtMost { target, unit },
        TargetDirection::AtLeast => Msg::ItemTargetAtLeast { target, unit },
    })
}

/// An answer as the buttons say it.
pub fn answer(answer: Answer) -> String {
    match answer {
        Answer::Yes => tr(Msg::AnswerYes),
        Answer::No => tr(Msg::AnswerNo),
        Answer::NotApplicable => tr(Msg::AnswerNotApplicable),
        Answer::Scale(1) => tr(Msg::ScaleStep1),
        Answer::Scale(2) => tr(Msg::ScaleStep2),
        Answer::Scale(3) => tr(Msg::ScaleStep3),
        Answer::Scale(step) => tr(if step >= 4 {
            Msg::ScaleStep4
        } else {
            Msg::ScaleStep1
        }),
        Answer::Number(n) => n.to_string(),
    }
}

/// "83 %", or "Nothing scored" rather than a share of nothing.
pub fn share(points: Points) -> String {
    match points.percent() {
        Some(percent) => tr(Msg::ScorePercent { percent }),
        None => tr(Msg::NothingScored),
    }
}
