//! Finding a script by what staff remember of it: a word of the title, the situation, a
//! tag, or something said or done in one of its steps ("pengene tilbake", "kald").
//! Title matches come first, because a title is what the staff member saw last time.

use super::{fold, Query};
use crate::domain::{Script, ScriptId};

/// How closely a script matched: lower is better.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Closeness {
    /// Every word is in the title.
    Title,
    /// Every word is in the title, the situation or the tags.
    Summary,
    /// Some word is found only in the steps (what to say, do, or the notes).
    Steps,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct ScriptIndex {
    entries: Vec<Entry>,
}

#[derive(Clone, Debug, PartialEq)]
struct Entry {
    id: ScriptId,
    title: String,
    /// Title, situation and tags.
    summary: String,
    /// Everything: the summary and every step.
    all: String,
}

impl ScriptIndex {
    pub fn new<'a>(scripts: impl IntoIterator<Item = &'a Script>) -> Self {
        ScriptIndex {
            entries: scripts.into_iter().map(Entry::of).collect(),
        }
    }

    /// The scripts that match, with how closely; in index order.
    pub fn find<'a>(
        &'a self,
        query: &'a Query,
    ) -> impl Iterator<Item = (ScriptId, Closeness)> + 'a {
        self.entries
            .iter()
            .filter_map(move |entry| closeness(query, entry).map(|c| (entry.id, c)))
    }

    /// As [`ScriptIndex::find`], for what was typed; when it only adds to what was typed
    /// before (the usual keystroke), among the scripts found then, which are the only
    /// ones that can still match: every keystroke reads less text than the one before.
    pub fn search(&self, typed: &str, before: Option<&Found>) -> Found {
        let folded = fold(typed);
        let query = Query::new(typed);
        let narrowing = before.filter(|b| !b.typed.is_empty() && folded.starts_with(&b.typed));
        let hits = match narrowing {
            Some(before) => before
                .hits
                .iter()
                .filter_map(|&(at, _)| closeness(&query, &self.entries[at]).map(|c| (at, c)))
                .collect(),
            None => (0..self.entries.len())
                .filter_map(|at| closeness(&query, &self.entries[at]).map(|c| (at, c)))
                .collect(),
        };
        Found {
            typed: folded,
            hits,
        }
    }

    /// How closely the script at each position of the indexed list matched, `None` for
    /// those it did not find: looked up by position, with no hashing per keystroke.
    pub fn closeness_by_position(&self, found: &Found) -> Vec<Option<Closeness>> {
        let mut closeness = vec![None; self.entries.len()];
        for &(at, found) in &found.hits {
            closeness[at] = Some(found);
        }
        closeness
    }

    /// The scripts a search found, with how closely.
    pub fn hits<'a>(
        &'a self,
        found: &'a Found,
    ) -> impl Iterator<Item = (ScriptId, Closeness)> + 'a {
        found.hits.iter().map(|&(at, c)| (self.entries[at].id, c))
    }
}

/// What a search found (positions in its index), kept for the next keystroke.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Found {
    typed: String,
    hits: Vec<(usize, Closeness)>,
}

fn closeness(query: &Query, entry: &Entry) -> Option<Closeness> {
    if !query.matches(&entry.all) {
        None
    } else if query.matches(&entry.title) {
        Some(Closeness::Title)
    } else if query.matches(&entry.summary) {
        Some(Closeness::Summary)
    } else {
        Some(Closeness::Steps)
    }
}

impl Entry {
    fn of(script: &Script) -> Entry {
        let title = fold(&script.title);
        let mut summary = title.clone();
        for part in std::iter::once(&script.situation).chain(&script.tags) {
            summary.push('\n');
            summary.push_str(&fold(part));
        }
        let mut all = summary.clone();
        for step in &script.steps {
            for part in [&step.say, &step.act, &step.note] {
                all.push('\n');
                all.push_str(&fold(part));
            }
        }
        Entry {
            id: script.id,
            title,
            summary,
            all,
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::domain::script::{ScriptDraft, Step};
    use crate::domain::Timestamp;

    fn script(title: &str, situation: &str, tags: &str, steps: &[(&str, &str, &str)]) -> Script {
        let draft = ScriptDraft {
            title: title.into(),
            situation: situation.into(),
            tags: tags.into(),
            steps: steps
                .iter()
                .map(|(say, act, note)| Step {
                    say: (*say).into(),
                    act: (*act).into(),
                    note: (*note).into(),
                    stage: None,
                })
                .collect(),
            ..ScriptDraft::ordinary()
        };
        Script::create(draft.validate().unwrap(), Timestamp::from_unix_millis(0.0))
    }

    fn find(index: &ScriptIndex, typed: &str) -> Vec<(ScriptId, Closeness)> {
        index.find(&Query::new(typed)).collect()
    }

    #[test]
    fn steps_words_and_notes_are_searched_too() {
        let complaint = script(
            "Når en gjest klager",
            "Misfornøyd gjest",
            "klage",
            &[
                ("Så suppa var kald?", "Gjenta det du har hørt", ""),
                (
                    "",
                    "Gi pengene tilbake om gjesten vil",
                    "Innenfor det du kan bestemme",
                ),
            ],
        );
        let index = ScriptIndex::new([&complaint]);
        assert_eq!(find(&index, "kald"), vec![(complaint.id, Closeness::Steps)]);
        assert_eq!(
            find(&index, "pengene tilbake"),
            vec![(complaint.id, Closeness::Steps)]
        );
        assert_eq!(
            find(&index, "bestemme"),
            vec![(complaint.id, Closeness::Steps)]
        );
        assert_eq!(
            find(&index, "KLAGE"),
            vec![(complaint.id, Closeness::Title)]
        );
        assert_eq!(
            find(&index, "misfornoyd"),
            vec![(complaint.id, Closeness::Summary)]
        );
        assert_eq!(
            find(&index, "klager kald"),
            vec![(complaint.id, Closeness::Steps)],
            "words may be found in different places"
        );
        assert!(
            find(&index, "kald telefon").is_empty(),
            "every word must be somewhere"
        );
    }

    #[test]
    fn words_do_not_run_together_across_steps() {
        let s = script("x", "", "", &[("ab", "", ""), ("cd", "", "")]);
        assert!(find(&ScriptIndex::new([&s]), "bc").is_empty());
    }

    proptest::proptest! {
        #[test]
        fn typing_on_narrows_to_what_a_fresh_search_finds(
            texts in proptest::collection::vec("[a-cø ]{0,12}", 1..12),
            first in "[a-cø ]{0,4}",
            more in "[a-cø ]{0,4}",
        ) {
            let scripts: Vec<Script> = texts
                .iter()
                .map(|t| script(&format!("t{t}"), t, "", &[(t.as_str(), "x", "")]))
                .collect();
            let index = ScriptIndex::new(&scripts);
            let before = index.search(&first, None);
            let typed = format!("{first}{more}");
            let narrowed: Vec<_> = index.hits(&index.search(&typed, Some(&before))).collect();
            let fresh: Vec<_> = index.find(&Query::new(&typed)).collect();
            proptest::prop_assert_eq!(narrowed, fresh);
        }
    }

    #[test]
    fn closeness_by_position_says_what_was_found_where() {
        let scripts = [
            script("Telefon", "", "", &[("Hei", "", "")]),
            script("Kø", "", "", &[("Hei", "", "")]),
            script("Kassa", "telefon ringer", "", &[("Hei", "", "")]),
        ];
        let index = ScriptIndex::new(&scripts);
        let found = index.search("telefon", None);
        assert_eq!(
            index.closeness_by_position(&found),
            vec![Some(Closeness::Title), None, Some(Closeness::Summary)]
        );
    }

    #[test]
    fn closeness_orders_title_before_summary_before_steps() {
        assert!(Closeness::Title < Closeness::Summary);
        assert!(Closeness::Summary < Closeness::Steps);
    }
}
