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
        self.entries.iter().filter_map(move |entry| {
            if !query.matches(&entry.all) {
                None
            } else if query.matches(&entry.title) {
                Some((entry.id, Closeness::Title))
            } else if query.matches(&entry.summary) {
                Some((entry.id, Closeness::Summary))
            } else {
                Some((entry.id, Closeness::Steps))
            }
        })
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

#[cfg(test)]
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

    #[test]
    fn closeness_orders_title_before_summary_before_steps() {
        assert!(Closeness::Title < Closeness::Summary);
        assert!(Closeness::Summary < Closeness::Steps);
    }
}
