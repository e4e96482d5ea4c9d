//! Scripts: lists by title, links to standards, what was used lately at the counter.

use super::*;
use crate::domain::search::Closeness;
use crate::domain::sorting;

/// What counter home lists when nothing is typed; see [`Library::counter_lists`].
#[derive(Debug, PartialEq)]
pub struct CounterLists<'a> {
    pub pinned: Vec<&'a Script>,
    pub recent: Vec<&'a Script>,
    pub rest: Vec<&'a Script>,
}

impl Library {
    pub fn script(&self, id: ScriptId) -> Option<&Script> {
        self.scripts.iter().find(|s| s.id == id)
    }

    /// Scripts by title, for lists.
    pub fn scripts_by_title(&self) -> Vec<&Script> {
        self.script_positions_by_title()
            .into_iter()
            .map(|at| &self.scripts[at])
            .collect()
    }

    /// Where each script is in `scripts`, in title order: what [`Library::scripts_by_title`]
    /// lists, as positions a page can keep while the library stays the same.
    pub fn script_positions_by_title(&self) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.scripts.len()).collect();
        sorting::sort_by_cached_key(&mut order, |&at| {
            (fold(&self.scripts[at].title), self.scripts[at].created)
        });
        order
    }

    /// The scripts at these positions (from [`Library::script_positions_by_title`]).
    pub fn scripts_at<'a>(&'a self, positions: &'a [usize]) -> impl Iterator<Item = &'a Script> {
        positions.iter().filter_map(|&at| self.scripts.get(at))
    }

    /// The scripts that serve a standard: the link seen from the standard's side.
    pub fn scripts_for_standard(&self, id: StandardId) -> Vec<&Script> {
        self.scripts_by_title()
            .into_iter()
            .filter(|s| s.standard_ids.contains(&id))
            .collect()
    }

    /// The standards a script links to that still exist (a deleted standard's
    /// link waits in the script, so undoing the delete brings it back).
    pub fn linked_standards(&self, script: &Script) -> Vec<&Standard> {
        script
            .standard_ids
            .iter()
            .filter_map(|id| self.standard(*id))
            .collect()
    }

    /// Most recently used first, at most `limit`.
    pub fn recent_scripts(&self, limit: usize) -> Vec<&Script> {
        let mut uses: Vec<&ScriptUse> = self.script_use.iter().collect();
        sorting::sort_by_key(&mut uses, |u| std::cmp::Reverse(u.used_at));
        uses.iter()
            .filter_map(|u| self.script(u.script_id))
            .take(limit)
            .collect()
    }

    /// Counter home's lists with each script once: pinned ones, then those used lately
    /// on this device, then the rest by title. `fits` narrows them (the channel at hand).
    pub fn counter_lists<'a>(
        &'a self,
        by_title: &'a [usize],
        recent: usize,
        fits: impl Fn(&Script) -> bool,
    ) -> CounterLists<'a> {
        let pinned: Vec<&Script> = self
            .scripts_at(by_title)
            .filter(|s| s.pinned && fits(s))
            .collect();
        let recent: Vec<&Script> = self
            .recent_scripts(usize::MAX)
            .into_iter()
            .filter(|s| !s.pinned && fits(s))
            .take(recent)
            .collect();
        let rest = self
            .scripts_at(by_title)
            .filter(|s| !s.pinned && fits(s) && !recent.iter().any(|r| r.id == s.id))
            .collect();
        CounterLists {
            pinned,
            recent,
            rest,
        }
    }

    /// Scripts found by a search, closest first and by title within each closeness.
    pub fn scripts_found<'a>(
        &'a self,
        closeness: &[Option<Closeness>],
        by_title: &'a [usize],
        fits: impl Fn(&Script) -> bool,
    ) -> Vec<&'a Script> {
        // Looked up by position, not by id in a hash map: a first letter typed over
        // 5,000 scripts hashed 5,000 ids on every keystroke.
        let mut shown: Vec<(Closeness, &Script)> = by_title
            .iter()
            .filter_map(|&at| {
                let found = (*closeness.get(at)?)?;
                let script = self.scripts.get(at)?;
                fits(script).then_some((found, script))
            })
            .collect();
        sorting::sort_by_key(&mut shown, |(closeness, _)| *closeness);
        shown.into_iter().map(|(_, s)| s).collect()
    }

    pub fn create_script(
        &self,
        draft: &ScriptDraft,
        now: Timestamp,
    ) -> Result<Script, FieldErrors> {
        Ok(Script::create(
            self.with_known_links(draft).validate()?,
            now,
        ))
    }

    pub fn revise_script(
        &self,
        existing: &Script,
        draft: &ScriptDraft,
        now: Timestamp,
    ) -> Result<Script, FieldErrors> {
        Ok(existing.revised(self.with_known_links(draft).validate()?, now))
    }

    /// Links to standards that no longer exist are dropped when a script is saved.
    fn with_known_links(&self, draft: &ScriptDraft) -> ScriptDraft {
        let mut draft = draft.clone();
        draft.standard_ids.retain(|id| self.standard(*id).is_some());
        draft
    }

    pub fn with_scripts_saved(&mut self, saved: Vec<Script>) {
        upsert(&mut self.scripts, saved, |s| s.id);
    }

    pub fn with_script_removed(&mut self, id: ScriptId) {
        self.scripts.retain(|s| s.id != id);
        self.script_use.retain(|u| u.script_id != id);
    }

    pub fn with_script_used(&mut self, used: ScriptUse) {
        upsert(&mut self.script_use, vec![used], |u| u.script_id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::HostParameter;

    fn t(n: u32) -> Timestamp {
        Timestamp::from_unix_millis(1.7e12 + f64::from(n))
    }

    fn script(lib: &Library, title: &str, links: Vec<StandardId>) -> Script {
        let mut draft = ScriptDraft {
            title: title.into(),
            standard_ids: links,
            ..ScriptDraft::ordinary()
        };
        draft.steps[0].say = "Hello".into();
        lib.create_script(&draft, t(1)).unwrap()
    }

    #[test]
    fn counter_home_lists_each_script_once_pinned_then_recent_then_the_rest() {
        let mut lib = Library::default();
        let mut pinned = script(&lib, "Phone", vec![]);
        pinned.pinned = true;
        let [a, b, c] = ["Apology", "Busy", "Closing"].map(|t| script(&lib, t, vec![]));
        lib.with_scripts_saved(vec![c.clone(), pinned.clone(), b.clone(), a.clone()]);
        for (used, at) in [(&pinned, 1), (&c, 2), (&b, 3)] {
            lib.with_script_used(ScriptUse {
                script_id: used.id,
                used_at: t(at),
            });
        }
        let by_title = lib.script_positions_by_title();
        let titles = |list: &[&Script]| list.iter().map(|s| s.title.clone()).collect::<Vec<_>>();
        let lists = lib.counter_lists(&by_title, 5, |_| true);
        assert_eq!(titles(&lists.pinned), ["Phone"]);
        assert_eq!(
            titles(&lists.recent),
            ["Busy", "Closing"],
            "newest first, pinned not again"
        );
        assert_eq!(titles(&lists.rest), ["Apology"]);
        let one_recent = lib.counter_lists(&by_title, 1, |s| s.title != "Phone");
        assert!(one_recent.pinned.is_empty());
        assert_eq!(titles(&one_recent.recent), ["Busy"]);
        assert_eq!(titles(&one_recent.rest), ["Apology", "Closing"]);
    }

    #[test]
    fn search_results_put_title_matches_first_then_title_order() {
        let mut lib = Library::default();
        let [a, b, c] = ["Apology", "Busy", "Closing"].map(|t| script(&lib, t, vec![]));
        lib.with_scripts_saved(vec![a.clone(), b.clone(), c.clone()]);
        // How closely the script at each position of the library's list matched.
        let found = |hits: &[(&Script, Closeness)]| -> Vec<Option<Closeness>> {
            lib.scripts
                .iter()
                .map(|s| hits.iter().find(|(h, _)| h.id == s.id).map(|(_, c)| *c))
                .collect()
        };
        let by_title = lib.script_positions_by_title();
        let shown: Vec<_> = lib
            .scripts_found(
                &found(&[
                    (&a, Closeness::Steps),
                    (&b, Closeness::Summary),
                    (&c, Closeness::Title),
                ]),
                &by_title,
                |_| true,
            )
            .iter()
            .map(|s| s.title.clone())
            .collect();
        assert_eq!(shown, ["Closing", "Busy", "Apology"]);
        let shown: Vec<_> = lib
            .scripts_found(
                &found(&[(&a, Closeness::Steps), (&c, Closeness::Steps)]),
                &by_title,
                |_| true,
            )
            .iter()
            .map(|s| s.title.clone())
            .collect();
        assert_eq!(shown, ["Apology", "Closing"]);
    }

    #[test]
    fn standards_and_scripts_link_both_ways() {
        let mut lib = Library {
            areas: Area::builtins(t(0)),
            ..Library::default()
        };
        let draft = StandardDraft {
            title: "Greet".into(),
            ..StandardDraft::in_area(HostParameter::WowEffect.area_id())
        };
        let standard = lib.create_standard(&draft, t(0)).unwrap();
        lib.with_standards_saved(vec![standard.clone()]);
        let b = script(&lib, "b phone", vec![standard.id]);
        let a = script(&lib, "A busy", vec![standard.id, StandardId::random()]);
        assert_eq!(
            a.standard_ids,
            vec![standard.id],
            "unknown links are dropped on save"
        );
        lib.with_scripts_saved(vec![b.clone(), a.clone()]);
        let titles: Vec<_> = lib
            .scripts_for_standard(standard.id)
            .iter()
            .map(|s| s.title.clone())
            .collect();
        assert_eq!(titles, ["A busy", "b phone"]);
        assert_eq!(lib.linked_standards(&a), vec![&standard]);

        lib.with_standard_removed(standard.id);
        assert!(lib.linked_standards(&a).is_empty());
        lib.with_standards_saved(vec![standard.clone()]);
        assert_eq!(
            lib.linked_standards(&a),
            vec![&standard],
            "undoing the delete restores the link"
        );
    }

    #[test]
    fn recent_scripts_are_newest_first_and_forget_deleted_ones() {
        let mut lib = Library::default();
        let a = script(&lib, "a", vec![]);
        let b = script(&lib, "b", vec![]);
        lib.with_scripts_saved(vec![a.clone(), b.clone()]);
        lib.with_script_used(ScriptUse {
            script_id: a.id,
            used_at: t(1),
        });
        lib.with_script_used(ScriptUse {
            script_id: b.id,
            used_at: t(2),
        });
        lib.with_script_used(ScriptUse {
            script_id: a.id,
            used_at: t(3),
        });
        let recent: Vec<_> = lib.recent_scripts(5).iter().map(|s| s.id).collect();
        assert_eq!(recent, vec![a.id, b.id]);
        assert_eq!(lib.recent_scripts(1).len(), 1);
        lib.with_script_removed(a.id);
        assert_eq!(
            lib.recent_scripts(5)
                .iter()
                .map(|s| s.id)
                .collect::<Vec<_>>(),
            vec![b.id]
        );
        assert_eq!(lib.script_use.len(), 1);
    }
}
