//! Commands for people, goals and check-ins, host conversations, reflections and
//! praise. Like every command: validate, write, and apply only what was stored. A
//! check-in also reads its goal's summary again, so progress shows at once.

use super::{with_id, LibraryHandle, Outcome};
use crate::clock::now;
use crate::clock::today;
use crate::domain::deletion::Section;
use crate::domain::staff::{
    CheckIn, CheckInDraft, ConversationDraft, Goal, GoalDraft, Person, PersonDraft, PersonErasure,
    PraiseDraft, Question, ReflectionDraft,
};
use crate::domain::state::Action;
use crate::domain::validation::FieldErrors;
use crate::domain::{
    CheckInId, ConversationId, Day, GoalId, PersonId, PraiseId, QuestionId, ReflectionId,
};
use crate::storage::Write;
use yew::Callback;

impl LibraryHandle {
    pub fn save_person(
        &self,
        existing: Option<&Person>,
        draft: &PersonDraft,
        done: Callback<Option<PersonId>>,
    ) -> Result<(), FieldErrors> {
        let library = self.library();
        let person = draft.validate(existing, |id| library.role(id).is_some(), now())?;
        let id = person.id;
        self.commit(
            vec![Write::PutPerson(person.clone())],
            Action::PeopleSaved(vec![person]),
            with_id(id, done),
        );
        Ok(())
    }

    pub fn save_goal(
        &self,
        existing: Option<&Goal>,
        draft: &GoalDraft,
        done: Callback<Option<GoalId>>,
    ) -> Result<(), FieldErrors> {
        let library = self.library();
        let goal = draft.validate(
            existing,
            |id| library.person(id).is_some(),
            |id| library.standard(id).is_some(),
            now(),
        )?;
        let id = goal.id;
        let handle = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let writes = vec![Write::PutGoal(goal.clone())];
            let goals = [goal.clone()];
            let outcome = handle
                .write_and_summarize(writes, &goals, vec![Action::GoalsSaved(vec![goal])])
                .await;
            done.emit((outcome == Outcome::Stored).then_some(id));
        });
        Ok(())
    }

    /// Deletes a goal with all its check-ins and its links from conversations, in one
    /// transaction.
    pub fn remove_goal(&self, id: GoalId, done: Callback<Outcome>) {
        let commands = self.commands.clone();
        let removal = self.library().plan_goal_removal(id, now());
        wasm_bindgen_futures::spawn_local(async move {
            let writes = Write::goal_removal(&removal);
            let goal = [removal.goal];
            let applied = [Action::GoalRemoved(removal)];
            done.emit(
                commands
                    .run_removing_check_ins_of(&goal, writes, applied)
                    .await,
            );
        });
    }

    /// One goal's check-ins from `from` to `to`, for its history and chart.
    pub fn read_check_ins(&self, goal: GoalId, from: Day, to: Day, found: Callback<Vec<CheckIn>>) {
        let (store, state) = (self.store.clone(), self.state.clone());
        wasm_bindgen_futures::spawn_local(async move {
            match store.check_ins_between(goal, from, to).await {
                Ok(check_ins) => found.emit(check_ins),
                Err(failure) => state.dispatch(Action::WriteFailed(failure)),
            }
        });
    }

    /// The one-tap check-in at the counter: "+1", or "done today". Does nothing for a
    /// done-per-day goal already done today. `done` hears the check-in once stored (so
    /// it can be undone), or `None`: nothing to log, or not stored (its own notice).
    pub fn tap_check_in(&self, goal: &Goal, done: Callback<Option<CheckIn>>) {
        let (store, goal) = (self.store.clone(), goal.clone());
        let handle = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let day = today();
            let done_today = match store.check_ins_between(goal.id, day, day).await {
                Ok(found) => found.iter().any(|c| c.value > 0.0),
                Err(failure) => {
                    handle.state.dispatch(Action::WriteFailed(failure));
                    return done.emit(None);
                }
            };
            match CheckIn::one_tap(&goal, day, done_today, now()) {
                Some(check_in) => done.emit(handle.store_check_in(&goal, check_in).await),
                None => done.emit(None),
            }
        });
    }

    /// Saves a check-in from a form (back-dated, edited, or an amount or score logged at
    /// the counter); `checked` hears the form's problems, or the check-in once stored
    /// (`None` if it was not: the failure has its own notice).
    pub fn save_check_in(
        &self,
        goal: &Goal,
        existing: Option<&CheckIn>,
        draft: &CheckInDraft,
        checked: Callback<Result<Option<CheckIn>, FieldErrors>>,
    ) {
        let (store, goal, draft) = (self.store.clone(), goal.clone(), draft.clone());
        let existing = existing.cloned();
        let handle = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            // A done-per-day goal is done once a day: the form checks against that day.
            let same_day = match Day::parse(draft.date.trim()) {
                Ok(day) => match store.check_ins_between(goal.id, day, day).await {
                    Ok(found) => found
                        .into_iter()
                        .filter(|c| Some(c.id) != existing.as_ref().map(|e| e.id))
                        .collect(),
                    Err(failure) => {
                        handle.state.dispatch(Action::WriteFailed(failure));
                        return checked.emit(Ok(None));
                    }
                },
                Err(_) => Vec::new(),
            };
            match draft.validate(&goal, existing.as_ref(), &same_day, now()) {
                Err(errors) => checked.emit(Err(errors)),
                Ok(check_in) => {
                    checked.emit(Ok(handle.store_check_in(&goal, check_in).await));
                }
            }
        });
    }

    pub fn delete_check_in(&self, goal: &Goal, id: CheckInId, done: Callback<Outcome>) {
        let (goal, handle) = (goal.clone(), self.clone());
        wasm_bindgen_futures::spawn_local(async move {
            let writes = Write::forget(Section::CheckIns, id, now(), Write::DeleteCheckIn);
            done.emit(
                handle
                    .write_and_summarize(writes, &[goal], Vec::new())
                    .await,
            );
        });
    }

    /// The check-in once stored; `None` if it was not.
    async fn store_check_in(&self, goal: &Goal, check_in: CheckIn) -> Option<CheckIn> {
        let writes = vec![Write::PutCheckIn(check_in.clone())];
        match self
            .write_and_summarize(writes, std::slice::from_ref(goal), Vec::new())
            .await
        {
            Outcome::Stored => Some(check_in),
            Outcome::Failed => None,
        }
    }

    /// Writes, applies `applied` once stored, and reads the summaries of `goals` again so
    /// their progress shows at once.
    async fn write_and_summarize(
        &self,
        writes: Vec<Write>,
        goals: &[Goal],
        applied: Vec<Action>,
    ) -> Outcome {
        if self.commands.run(writes, applied).await == Outcome::Failed {
            return Outcome::Failed;
        }
        // The write is stored whatever happens next: a failed read of progress is its
        // own notice, never "not saved".
        match self.store.goal_summaries(goals, today()).await {
            Ok(summaries) => self.commands.apply(Action::SummariesRead(summaries)),
            Err(failure) => self.commands.read_failed(failure),
        }
        Outcome::Stored
    }

    /// Reads every summary again when the day has changed since they were read, so a
    /// tablet left on overnight shows the new day's periods.
    pub fn refresh_summaries_for(&self, day: Day) {
        let stale = self
            .library()
            .staff
            .summaries
            .iter()
            .any(|s| s.as_of != day);
        if !stale {
            return;
        }
        let goals = self.library().staff.goals.clone();
        let (store, state) = (self.store.clone(), self.state.clone());
        wasm_bindgen_futures::spawn_local(async move {
            if let Ok(summaries) = store.goal_summaries(&goals, day).await {
                state.dispatch(Action::SummariesRead(summaries));
            }
        });
    }

    /// Saves a host conversation with the goals set in it, in one transaction.
    pub fn save_conversation(
        &self,
        existing: Option<&crate::domain::staff::HostConversation>,
        draft: &ConversationDraft,
        goals: Vec<Goal>,
        done: Callback<Option<ConversationId>>,
    ) -> Result<(), FieldErrors> {
        let library = self.library();
        let mut draft = draft.clone();
        draft.goal_ids.extend(goals.iter().map(|g| g.id));
        let new_goals: Vec<GoalId> = goals.iter().map(|g| g.id).collect();
        let conversation = draft.validate(
            existing,
            |id| library.person(id).is_some(),
            |id| library.goal(id).is_some() || new_goals.contains(&id),
            now(),
        )?;
        let due = draft.participants_due(&library.staff.people, now())?;
        let id = conversation.id;
        let mut writes: Vec<Write> = goals.iter().cloned().map(Write::PutGoal).collect();
        writes.push(Write::PutConversation(conversation.clone()));
        writes.extend(due.iter().cloned().map(Write::PutPerson));
        let handle = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let applied = vec![
                Action::GoalsSaved(goals.clone()),
                Action::ConversationsSaved(vec![conversation]),
                Action::PeopleSaved(due),
            ];
            let outcome = handle.write_and_summarize(writes, &goals, applied).await;
            done.emit((outcome == Outcome::Stored).then_some(id));
        });
        Ok(())
    }

    pub fn save_reflection(
        &self,
        existing: Option<&crate::domain::staff::Reflection>,
        draft: &ReflectionDraft,
        done: Callback<Option<ReflectionId>>,
    ) -> Result<(), FieldErrors> {
        let library = self.library();
        let reflection = draft.validate(existing, |id| library.person(id).is_some(), now())?;
        let id = reflection.id;
        self.commit(
            vec![Write::PutReflection(reflection.clone())],
            Action::ReflectionsSaved(vec![reflection]),
            with_id(id, done),
        );
        Ok(())
    }

    /// Gives praise (`existing` none) or corrects praise given before.
    pub fn save_praise(
        &self,
        existing: Option<&crate::domain::staff::Praise>,
        draft: &PraiseDraft,
        done: Callback<Option<PraiseId>>,
    ) -> Result<(), FieldErrors> {
        let library = self.library();
        let praise = draft.validate(existing, |id| library.person(id).is_some(), now())?;
        let id = praise.id;
        self.commit(
            vec![Write::PutPraise(praise.clone())],
            Action::PraiseSaved(vec![praise]),
            with_id(id, done),
        );
        Ok(())
    }

    pub fn add_question(&self, text: &str, done: Callback<Outcome>) -> Result<(), FieldErrors> {
        let question = Question::new(text, self.library().next_question_order(), now())?;
        self.commit(
            vec![Write::PutQuestion(question.clone())],
            Action::QuestionsSaved(vec![question]),
            done,
        );
        Ok(())
    }

    pub fn move_question(&self, id: QuestionId, direction: crate::domain::ordering::Direction) {
        let changed = self.library().move_question(id, direction, now());
        if !changed.is_empty() {
            let writes = changed.iter().cloned().map(Write::PutQuestion).collect();
            self.commit(writes, Action::QuestionsSaved(changed), Callback::noop());
        }
    }

    pub fn remove_question(&self, id: QuestionId) {
        self.commit(
            Write::forget(Section::Questions, id, now(), Write::DeleteQuestion),
            Action::QuestionRemoved(id),
            Callback::noop(),
        );
    }

    /// Deletes a reflection for good (it names a person: no undo copy is kept).
    pub fn delete_reflection(&self, id: ReflectionId, done: Callback<Outcome>) {
        self.commit(
            Write::forget(Section::Reflections, id, now(), Write::DeleteReflection),
            Action::ReflectionRemoved(id),
            done,
        );
    }

    /// Deletes praise for good.
    pub fn delete_praise(&self, id: PraiseId, done: Callback<Outcome>) {
        self.commit(
            Write::forget(Section::Praise, id, now(), Write::DeletePraise),
            Action::PraiseRemoved(id),
            done,
        );
    }

    /// Deletes a host conversation for good; the goals set in it stay with their people.
    pub fn delete_conversation(&self, id: ConversationId, done: Callback<Outcome>) {
        self.commit(
            Write::forget(Section::Conversations, id, now(), Write::DeleteConversation),
            Action::ConversationRemoved(id),
            done,
        );
    }

    /// What erasing a person would remove, for the confirmation; writes nothing.
    pub fn plan_erasure(&self, person: PersonId, found: Callback<Option<PersonErasure>>) {
        let (store, state) = (self.store.clone(), self.state.clone());
        let library = self.library().clone();
        wasm_bindgen_futures::spawn_local(async move {
            match store.plan_person_erasure(&library, person, now()).await {
                Ok(plan) => found.emit(plan),
                Err(failure) => state.dispatch(Action::WriteFailed(failure)),
            }
        });
    }

    /// Erases a person and everything about them, in one transaction.
    pub fn erase_person(&self, plan: PersonErasure, done: Callback<Outcome>) {
        let commands = self.commands.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let writes = Write::person_erasure(&plan);
            let goals = plan.goals.clone();
            let applied = [Action::PersonErased(Box::new(plan))];
            done.emit(
                commands
                    .run_removing_check_ins_of(&goals, writes, applied)
                    .await,
            );
        });
    }
}
