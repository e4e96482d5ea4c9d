//! Each area's score over the last finished visits, own visits and visits to other
//! businesses apart, so the two can be read side by side.

use super::score::Points;
use super::visit::{Visit, VisitKind};
use crate::domain::{AreaId, Day, StandardId, VisitId};

#[derive(Clone, Debug, PartialEq)]
pub struct AreaResult {
    pub visit: VisitId,
    pub date: Day,
    pub kind: VisitKind,
    pub points: Points,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AreaTrend {
    /// None for sections of free questions, told apart by their title.
    pub area_id: Option<AreaId>,
    pub title: String,
    /// Oldest first.
    pub own: Vec<AreaResult>,
    pub others: Vec<AreaResult>,
}

/// Finished visits, oldest first (by date, then by when they were made).
pub fn finished_in_order(visits: &[Visit]) -> Vec<&Visit> {
    let mut done: Vec<&Visit> = visits.iter().filter(|v| v.finished.is_some()).collect();
    done.sort_by_key(|v| (v.date, v.created));
    done
}

/// Every area scored in the last `last` finished own visits and the last `last` visits
/// to others, in the order areas first appear. Sections where nothing was scored are
/// left out of that visit's line, not shown as 0 %.
pub fn area_trends(visits: &[Visit], last: usize) -> Vec<AreaTrend> {
    let done = finished_in_order(visits);
    let recent = |own: bool| -> Vec<&Visit> {
        let of_kind: Vec<&Visit> = done
            .iter()
            .copied()
            .filter(|v| v.kind.is_own() == own)
            .collect();
        of_kind[of_kind.len().saturating_sub(last)..].to_vec()
    };
    let mut trends: Vec<AreaTrend> = Vec::new();
    for visit in recent(true).into_iter().chain(recent(false)) {
        let score = visit.score();
        for (section, points) in visit.sections.iter().zip(score.sections) {
            if points.possible == 0 {
                continue;
            }
            let same = |t: &AreaTrend| match section.area_id {
                Some(id) => t.area_id == Some(id),
                None => t.area_id.is_none() && t.title == section.title,
            };
            let at = match trends.iter().position(same) {
                Some(at) => at,
                None => {
                    trends.push(AreaTrend {
                        area_id: section.area_id,
                        title: section.title.clone(),
                        own: Vec::new(),
                        others: Vec::new(),
                    });
                    trends.len() - 1
                }
            };
            let result = AreaResult {
                visit: visit.id,
                date: visit.date,
                kind: visit.kind,
                points,
            };
            if visit.kind.is_own() {
                trends[at].own.push(result);
            } else {
                trends[at].others.push(result);
            }
        }
    }
    trends
}

/// What the business's own visits say about one standard: its recent results (newest
/// first) and the follow-up actions still open. Visits to other businesses scored them,
/// not this one, and are left out.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StandardFindings {
    /// (visit, date, whether the item fell short), newest first.
    pub results: Vec<(VisitId, Day, bool)>,
    /// (visit, what, due), in the order the visits were made.
    pub open_actions: Vec<(VisitId, String, Option<Day>)>,
}

pub fn standard_findings(visits: &[Visit], standard: StandardId, last: usize) -> StandardFindings {
    let mut findings = StandardFindings::default();
    let mut ordered: Vec<&Visit> = visits.iter().filter(|v| v.kind.is_own()).collect();
    ordered.sort_by_key(|v| (v.date, v.created));
    for visit in &ordered {
        for item in visit
            .items()
            .filter(|i| i.item.standard_id == Some(standard))
        {
            if let Some(f) = item.follow_up.as_ref().filter(|f| f.done.is_none()) {
                findings
                    .open_actions
                    .push((visit.id, f.what.clone(), f.due));
            }
        }
    }
    for visit in ordered.iter().rev().filter(|v| v.finished.is_some()) {
        let scored = visit.items().filter(|i| {
            i.item.standard_id == Some(standard)
                && super::score::item_points(&i.item, i.answer).is_some()
        });
        for item in scored {
            if findings.results.len() < last {
                findings
                    .results
                    .push((visit.id, visit.date, super::score::fell_short(item)));
            }
        }
    }
    findings
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::visits::{Answer, AnswerKind, Checklist, ChecklistItem, ChecklistSection};
    use crate::domain::{Channel, ChecklistId, ItemId, Timestamp};

    fn list(area: AreaId, standard: StandardId) -> Checklist {
        let now = Timestamp::from_unix_millis(0.0);
        let item = |standard_id| ChecklistItem {
            id: ItemId::random(),
            text: "x".into(),
            standard_id,
            answer: AnswerKind::YesNo,
            weight: 1,
            critical: false,
        };
        Checklist {
            id: ChecklistId::random(),
            title: "Floor".into(),
            channel: Channel::InPerson,
            pass_mark: 80,
            sections: vec![
                ChecklistSection {
                    area_id: Some(area),
                    title: "Welcome".into(),
                    items: vec![item(Some(standard))],
                },
                ChecklistSection {
                    area_id: None,
                    title: "Extra".into(),
                    items: vec![item(None)],
                },
            ],
            created: now,
            updated: now,
        }
    }

    fn done(list: &Checklist, kind: VisitKind, day: u8, answers: [Answer; 2]) -> Visit {
        let now = Timestamp::from_unix_millis(f64::from(day));
        let mut v = Visit::start(list, kind, Day::ymd(2026, 11, day).unwrap(), now);
        for (item, a) in v
            .sections
            .iter_mut()
            .flat_map(|s| s.items.iter_mut())
            .zip(answers)
        {
            item.answer = Some(a);
        }
        v.finished = Some(now);
        v
    }

    #[test]
    fn areas_are_followed_over_visits_with_own_and_others_apart() {
        let area = AreaId::random();
        let standard = StandardId::random();
        let l = list(area, standard);
        let visits = vec![
            done(
                &l,
                VisitKind::SelfAudit,
                3,
                [Answer::No, Answer::NotApplicable],
            ),
            done(&l, VisitKind::OtherBusiness, 2, [Answer::Yes, Answer::Yes]),
            done(&l, VisitKind::MysteryShopper, 1, [Answer::Yes, Answer::Yes]),
            Visit::start(
                &l,
                VisitKind::SelfAudit,
                Day::ymd(2026, 11, 4).unwrap(),
                Timestamp::from_unix_millis(9.0),
            ),
        ];
        let trends = area_trends(&visits, 10);
        assert_eq!(trends.len(), 2);
        let welcome = &trends[0];
        assert_eq!(welcome.area_id, Some(area));
        let own: Vec<_> = welcome
            .own
            .iter()
            .map(|r| (r.date.day(), r.points.percent()))
            .collect();
        assert_eq!(own, vec![(1, Some(100)), (3, Some(0))]);
        assert_eq!(welcome.others.len(), 1);
        // Nothing scored in "Extra" on the 3rd: that visit is missing from its line.
        assert_eq!(trends[1].own.len(), 1);
        assert_eq!(area_trends(&visits, 1)[0].own.len(), 1);
    }

    #[test]
    fn a_standard_sees_its_latest_results_and_open_actions() {
        let area = AreaId::random();
        let standard = StandardId::random();
        let l = list(area, standard);
        let mut failed = done(&l, VisitKind::SelfAudit, 3, [Answer::No, Answer::Yes]);
        failed.sections[0].items[0].follow_up = Some(crate::domain::visits::FollowUp {
            what: "Practise the greeting".into(),
            who: None,
            due: None,
            done: None,
        });
        let passed = done(&l, VisitKind::SelfAudit, 1, [Answer::Yes, Answer::Yes]);
        let findings = standard_findings(&[passed, failed.clone()], standard, 5);
        let results: Vec<bool> = findings.results.iter().map(|r| r.2).collect();
        assert_eq!(results, vec![true, false]);
        assert_eq!(findings.open_actions.len(), 1);
        assert_eq!(findings.open_actions[0].1, "Practise the greeting");
    }

    #[test]
    fn a_visit_to_another_business_says_nothing_about_our_own_standard() {
        let standard = StandardId::random();
        let l = list(AreaId::random(), standard);
        let mut theirs = done(&l, VisitKind::OtherBusiness, 3, [Answer::No, Answer::Yes]);
        theirs.sections[0].items[0].follow_up = Some(crate::domain::visits::FollowUp {
            what: "Their queue was slow".into(),
            who: None,
            due: None,
            done: None,
        });
        let findings = standard_findings(&[theirs], standard, 5);
        assert_eq!(findings, StandardFindings::default());
    }
}
