//! A script: what to say and do in one situation, as ordered steps staff can rehearse.
//! A complaint script keeps a fixed backbone of stages, in order.

use super::validation::{
    check_length, check_required, Field, FieldErrors, Problem, MAX_FIELD_CHARS,
};
use super::{ScriptId, StandardId, Timestamp, ValueId};
use serde::{Deserialize, Serialize};

/// Where the conversation happens.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    InPerson,
    Phone,
    Written,
    Any,
}

impl Channel {
    pub const ALL: [Channel; 4] = [
        Channel::InPerson,
        Channel::Phone,
        Channel::Written,
        Channel::Any,
    ];

    /// Whether a script for `self` helps in a conversation on `wanted`.
    pub fn serves(self, wanted: Channel) -> bool {
        self == wanted || self == Channel::Any || wanted == Channel::Any
    }
}

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ScriptKind {
    Ordinary,
    Complaint,
}

/// The fixed backbone of a complaint, in the order it must be followed.
/// Compensation is never the first move: it comes after a solution is offered.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ComplaintStage {
    Listen,
    Apologise,
    FindOut,
    OfferSolution,
    Compensate,
    FollowUp,
    TellImprovement,
}

impl ComplaintStage {
    pub const ALL: [ComplaintStage; 7] = [
        ComplaintStage::Listen,
        ComplaintStage::Apologise,
        ComplaintStage::FindOut,
        ComplaintStage::OfferSolution,
        ComplaintStage::Compensate,
        ComplaintStage::FollowUp,
        ComplaintStage::TellImprovement,
    ];
}

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Step {
    /// What to say, in the staff member's own voice.
    pub say: String,
    /// What to do.
    #[serde(rename = "do")]
    pub act: String,
    /// A note for the one who reads it: why, or what to watch for.
    pub note: String,
    /// Set on the backbone steps of a complaint script.
    pub stage: Option<ComplaintStage>,
}

#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Script {
    pub id: ScriptId,
    pub title: String,
    /// When it applies, in the staff's own words.
    pub situation: String,
    pub channel: Channel,
    pub kind: ScriptKind,
    pub steps: Vec<Step>,
    pub standard_ids: Vec<StandardId>,
    /// The values this script serves. (Absent in records from before values existed.)
    #[serde(default)]
    pub value_ids: Vec<ValueId>,
    pub tags: Vec<String>,
    /// Offered for rehearsal in counter mode.
    pub practice: bool,
    /// Shown first in counter mode.
    pub pinned: bool,
    pub created: Timestamp,
    pub updated: Timestamp,
}

/// When a script was last opened at the counter on this device.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ScriptUse {
    pub script_id: ScriptId,
    pub used_at: Timestamp,
}

/// The editor's working copy. Steps stay as typed until the draft is validated.
#[derive(Clone, Debug, PartialEq)]
pub struct ScriptDraft {
    pub title: String,
    pub situation: String,
    pub channel: Channel,
    pub kind: ScriptKind,
    pub steps: Vec<Step>,
    pub standard_ids: Vec<StandardId>,
    pub value_ids: Vec<ValueId>,
    pub tags: String,
    pub practice: bool,
    pub pinned: bool,
}

/// A script as the person means it: trimmed, with every rule met.
#[derive(Clone, Debug, PartialEq)]
pub struct ValidScript(ScriptDraft);

/// The most steps a script may have: a walk-through, not a manual.
pub const MAX_STEPS: usize = 500;

impl ScriptDraft {
    pub fn ordinary() -> Self {
        ScriptDraft {
            title: String::new(),
            situation: String::new(),
            channel: Channel::InPerson,
            kind: ScriptKind::Ordinary,
            steps: vec![Step::default()],
            standard_ids: Vec::new(),
            value_ids: Vec::new(),
            tags: String::new(),
            practice: false,
            pinned: false,
        }
    }

    /// A complaint script starts from the seven backbone steps; `wording` gives each
    /// stage its first words (in the person's language), to be reworded freely.
    pub fn complaint(wording: impl Fn(ComplaintStage) -> String) -> Self {
        ScriptDraft {
            kind: ScriptKind::Complaint,
            steps: ComplaintStage::ALL
                .iter()
                .map(|&stage| Step {
                    act: wording(stage),
                    stage: Some(stage),
                    ..Step::default()
                })
                .collect(),
            ..ScriptDraft::ordinary()
        }
    }

    pub fn from_script(script: &Script) -> Self {
        ScriptDraft {
            title: script.title.clone(),
            situation: script.situation.clone(),
            channel: script.channel,
            kind: script.kind,
            steps: script.steps.clone(),
            standard_ids: script.standard_ids.clone(),
            value_ids: script.value_ids.clone(),
            tags: script.tags.join(", "),
            practice: script.practice,
            pinned: script.pinned,
        }
    }

    /// A new empty step after `index` (or at the end).
    pub fn insert_step_after(&mut self, index: Option<usize>) {
        let at = index.map_or(self.steps.len(), |i| (i + 1).min(self.steps.len()));
        self.steps.insert(at, Step::default());
    }

    /// Moves a step one place; refused (false) at the ends, and where two backbone
    /// steps would change places, since the backbone's order is the point of it.
    pub fn move_step(&mut self, index: usize, direction: super::ordering::Direction) -> bool {
        let other = match direction {
            super::ordering::Direction::Up => index.checked_sub(1),
            super::ordering::Direction::Down => Some(index + 1).filter(|&i| i < self.steps.len()),
        };
        let Some(other) = other.filter(|_| index < self.steps.len()) else {
            return false;
        };
        if self.steps[index].stage.is_some() && self.steps[other].stage.is_some() {
            return false;
        }
        self.steps.swap(index, other);
        true
    }

    pub fn can_move_step(&self, index: usize, direction: super::ordering::Direction) -> bool {
        self.clone().move_step(index, direction)
    }

    /// Removes a step; backbone steps stay (they can be reworded instead).
    pub fn remove_step(&mut self, index: usize) -> bool {
        match self.steps.get(index) {
            Some(step) if step.stage.is_none() => {
                self.steps.remove(index);
                true
            }
            _ => false,
        }
    }

    pub fn validate(&self) -> Result<ValidScript, FieldErrors> {
        let mut errors = FieldErrors::default();
        check_required(&mut errors, Field::Title, &self.title);
        for (field, text) in [
            (Field::Title, &self.title),
            (Field::Situation, &self.situation),
            (Field::Tags, &self.tags),
        ] {
            check_length(&mut errors, field, text, MAX_FIELD_CHARS);
        }
        if self.steps.is_empty() {
            errors.add(Field::Steps, Problem::Required);
        } else if self.steps.len() > MAX_STEPS {
            errors.add(Field::Steps, Problem::TooMany { max: MAX_STEPS });
        }
        for (index, step) in self.steps.iter().enumerate() {
            if step.say.trim().is_empty() && step.act.trim().is_empty() {
                errors.add(Field::Step(index), Problem::SayOrDo);
            }
            let longest = [&step.say, &step.act, &step.note]
                .into_iter()
                .max_by_key(|t| t.len());
            if let Some(text) = longest {
                check_length(&mut errors, Field::Step(index), text, MAX_FIELD_CHARS);
            }
        }
        if self.kind == ScriptKind::Complaint && !backbone_intact(&self.steps) {
            errors.add(Field::Steps, Problem::BackboneBroken);
        }
        errors.into_result(ValidScript(ScriptDraft {
            title: self.title.trim().to_string(),
            situation: self.situation.trim().to_string(),
            steps: self
                .steps
                .iter()
                .map(|s| Step {
                    say: s.say.trim().to_string(),
                    act: s.act.trim().to_string(),
                    note: s.note.trim().to_string(),
                    stage: s.stage,
                })
                .collect(),
            ..self.clone()
        }))
    }
}

/// Every stage once, in the backbone's order (other steps may stand between them).
pub fn backbone_intact(steps: &[Step]) -> bool {
    let stages: Vec<ComplaintStage> = steps.iter().filter_map(|s| s.stage).collect();
    stages == ComplaintStage::ALL
}

impl Script {
    pub fn create(valid: ValidScript, now: Timestamp) -> Self {
        let draft = valid.0;
        Script {
            id: ScriptId::random(),
            title: draft.title,
            situation: draft.situation,
            channel: draft.channel,
            kind: draft.kind,
            steps: draft.steps,
            standard_ids: draft.standard_ids,
            value_ids: draft.value_ids,
            tags: super::standard::tags(&draft.tags),
            practice: draft.practice,
            pinned: draft.pinned,
            created: now,
            updated: now,
        }
    }

    pub fn revised(&self, valid: ValidScript, now: Timestamp) -> Self {
        Script {
            id: self.id,
            created: self.created,
            ..Script::create(valid, now)
        }
    }

    /// A copy to start a similar script from: a new id, its own title, not pinned.
    pub fn duplicate(&self, title: String, now: Timestamp) -> Self {
        Script {
            id: ScriptId::random(),
            title,
            pinned: false,
            created: now,
            updated: now,
            ..self.clone()
        }
    }

    /// The backbone stages reached once step `index` is done: for the progress line.
    /// The first step of a backbone stage, for jumping to it; `None` if no step has it.
    pub fn step_of_stage(&self, stage: ComplaintStage) -> Option<usize> {
        self.steps.iter().position(|s| s.stage == Some(stage))
    }

    pub fn stages_through(&self, index: usize) -> Vec<ComplaintStage> {
        self.steps
            .iter()
            .take(index + 1)
            .filter_map(|s| s.stage)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ordering::Direction;

    fn complaint() -> ScriptDraft {
        ScriptDraft {
            title: "Cold coffee".into(),
            ..ScriptDraft::complaint(|stage| format!("{stage:?}"))
        }
    }

    #[test]
    fn a_complaint_starts_from_the_seven_stages_in_order() {
        let draft = complaint();
        assert_eq!(draft.steps.len(), 7);
        assert!(backbone_intact(&draft.steps));
        assert_eq!(draft.steps[4].stage, Some(ComplaintStage::Compensate));
        assert!(draft.validate().is_ok());
    }

    #[test]
    fn compensation_never_comes_before_the_solution() {
        let mut draft = complaint();
        assert!(
            !draft.move_step(4, Direction::Up),
            "backbone steps keep their order"
        );
        assert!(!draft.can_move_step(3, Direction::Down));
        let mut swapped = draft.steps.clone();
        swapped.swap(3, 4);
        assert!(!backbone_intact(&swapped));
        draft.steps = swapped;
        assert_eq!(
            draft.validate().unwrap_err().for_field(Field::Steps),
            Some(&Problem::BackboneBroken)
        );
    }

    #[test]
    fn extra_steps_go_between_backbone_steps_and_move_freely() {
        let mut draft = complaint();
        draft.insert_step_after(Some(0));
        draft.steps[1].say = "I understand, that is annoying.".into();
        assert!(draft.move_step(1, Direction::Down));
        assert_eq!(draft.steps[2].say, "I understand, that is annoying.");
        assert!(draft.validate().is_ok());
        assert!(draft.remove_step(2));
        assert!(
            !draft.remove_step(0),
            "backbone steps can be reworded, not removed"
        );
    }

    #[test]
    fn a_script_needs_steps_and_each_step_says_or_does_something() {
        let mut draft = ScriptDraft {
            title: "Phone".into(),
            ..ScriptDraft::ordinary()
        };
        let errors = draft.validate().unwrap_err();
        assert_eq!(errors.for_field(Field::Step(0)), Some(&Problem::SayOrDo));
        draft.steps[0].act = "Pick up within three rings".into();
        assert!(draft.validate().is_ok());
        draft.steps.clear();
        assert_eq!(
            draft.validate().unwrap_err().for_field(Field::Steps),
            Some(&Problem::Required)
        );
    }

    #[test]
    fn steps_move_within_bounds() {
        let mut draft = ScriptDraft::ordinary();
        draft.insert_step_after(None);
        draft.steps[0].say = "a".into();
        draft.steps[1].say = "b".into();
        assert!(!draft.move_step(0, Direction::Up));
        assert!(!draft.move_step(1, Direction::Down));
        assert!(!draft.move_step(7, Direction::Up));
        assert!(draft.move_step(1, Direction::Up));
        assert_eq!(draft.steps[0].say, "b");
    }

    #[test]
    fn two_hundred_steps_and_50_kb_steps_are_fine() {
        let mut draft = ScriptDraft {
            title: "Long".into(),
            ..ScriptDraft::ordinary()
        };
        draft.steps = (0..200)
            .map(|i| Step {
                say: format!("Step {i} ") + &"x".repeat(50_000),
                ..Step::default()
            })
            .collect();
        assert!(draft.validate().is_ok());
    }

    #[test]
    fn duplicate_is_a_new_unpinned_script() {
        let now = Timestamp::from_unix_millis(1.0);
        let script = Script::create(
            ScriptDraft {
                pinned: true,
                ..complaint()
            }
            .validate()
            .unwrap(),
            now,
        );
        let copy = script.duplicate(
            "Cold coffee (copy)".into(),
            Timestamp::from_unix_millis(2.0),
        );
        assert_ne!(copy.id, script.id);
        assert!(!copy.pinned);
        assert_eq!(copy.steps, script.steps);
    }

    #[test]
    fn progress_line_follows_the_backbone() {
        let mut draft = complaint();
        draft.insert_step_after(Some(0));
        draft.steps[1].say = "extra".into();
        let script = Script::create(draft.validate().unwrap(), Timestamp::from_unix_millis(0.0));
        assert_eq!(script.stages_through(1), vec![ComplaintStage::Listen]);
        assert_eq!(
            script.stages_through(2),
            vec![ComplaintStage::Listen, ComplaintStage::Apologise]
        );
        assert_eq!(script.step_of_stage(ComplaintStage::Listen), Some(0));
        assert_eq!(
            script.step_of_stage(ComplaintStage::Apologise),
            Some(2),
            "past the extra step"
        );
        let mut ordinary = ScriptDraft {
            title: "x".into(),
            ..ScriptDraft::ordinary()
        };
        ordinary.steps[0].say = "Hello".into();
        let ordinary = Script::create(
            ordinary.validate().unwrap(),
            Timestamp::from_unix_millis(0.0),
        );
        assert_eq!(ordinary.step_of_stage(ComplaintStage::Listen), None);
    }

    #[test]
    fn channels_serve_their_own_and_any() {
        assert!(Channel::Phone.serves(Channel::Phone));
        assert!(Channel::Any.serves(Channel::Phone));
        assert!(!Channel::InPerson.serves(Channel::Phone));
        assert!(Channel::Written.serves(Channel::Any));
    }
}
