//! People, goals, the question bank, host conversations, reflections and praise.

use super::*;
use crate::domain::sorting;

impl Library {
    /// Everyone who holds a role, active or not.
    pub fn people_in_role(&self, id: RoleId) -> Vec<&Person> {
        self.staff
            .people
            .iter()
            .filter(|p| p.role_id == id)
            .collect()
    }

    pub fn person(&self, id: PersonId) -> Option<&Person> {
        self.staff.people.iter().find(|p| p.id == id)
    }

    /// People by name; those who left last.
    pub fn people_by_name(&self) -> Vec<&Person> {
        let mut people: Vec<&Person> = self.staff.people.iter().collect();
        sorting::sort_by_cached_key(&mut people, |p| (!p.active, fold(&p.name), p.created));
        people
    }

    pub fn reflection(&self, id: ReflectionId) -> Option<&Reflection> {
        self.staff.reflections.iter().find(|r| r.id == id)
    }

    pub fn praise(&self, id: PraiseId) -> Option<&Praise> {
        self.staff.praise.iter().find(|p| p.id == id)
    }

    pub fn conversation(&self, id: ConversationId) -> Option<&HostConversation> {
        self.staff.conversations.iter().find(|c| c.id == id)
    }

    pub fn goal(&self, id: GoalId) -> Option<&Goal> {
        self.staff.goals.iter().find(|g| g.id == id)
    }

    pub fn goal_summary(&self, id: GoalId) -> Option<&GoalSummary> {
        self.staff.summaries.iter().find(|s| s.goal_id == id)
    }

    pub fn questions_in_order(&self) -> Vec<&Question> {
        let mut questions: Vec<&Question> = self.staff.questions.iter().collect();
        sorting::sort_by_key(&mut questions, |q| (q.order, q.created));
        questions
    }

    pub fn next_question_order(&self) -> u32 {
        self.staff
            .questions
            .iter()
            .map(|q| q.order.saturating_add(1))
            .max()
            .unwrap_or(0)
    }

    pub fn move_question(
        &self,
        id: QuestionId,
        direction: Direction,
        now: Timestamp,
    ) -> Vec<Question> {
        let ids: Vec<QuestionId> = self.questions_in_order().iter().map(|q| q.id).collect();
        let Some(new_ids) = moved(&ids, id, direction) else {
            return Vec::new();
        };
        let sequence = new_ids
            .iter()
            .filter_map(|id| self.staff.questions.iter().find(|q| q.id == *id))
            .cloned();
        touched(renumber(sequence), now, |q, t| q.updated = t)
    }

    pub fn with_people_saved(&mut self, saved: Vec<Person>) {
        upsert(&mut self.staff.people, saved, |p| p.id);
    }

    pub fn with_goals_saved(&mut self, saved: Vec<Goal>) {
        upsert(&mut self.staff.goals, saved, |g| g.id);
    }

    /// Fresh summaries (after start-up, a check-in, or a new day) replace older ones.
    pub fn with_summaries(&mut self, fresh: Vec<GoalSummary>) {
        upsert(&mut self.staff.summaries, fresh, |s| s.goal_id);
    }

    pub fn with_questions_saved(&mut self, saved: Vec<Question>) {
        upsert(&mut self.staff.questions, saved, |q| q.id);
    }

    pub fn with_question_removed(&mut self, id: QuestionId) {
        self.staff.questions.retain(|q| q.id != id);
    }

    pub fn with_conversations_saved(&mut self, saved: Vec<HostConversation>) {
        upsert(&mut self.staff.conversations, saved, |c| c.id);
    }

    pub fn with_conversation_removed(&mut self, id: ConversationId) {
        self.staff.conversations.retain(|c| c.id != id);
    }

    pub fn with_reflections_saved(&mut self, saved: Vec<Reflection>) {
        upsert(&mut self.staff.reflections, saved, |r| r.id);
    }

    pub fn with_reflection_removed(&mut self, id: ReflectionId) {
        self.staff.reflections.retain(|r| r.id != id);
    }

    pub fn with_praise_saved(&mut self, saved: Vec<Praise>) {
        upsert(&mut self.staff.praise, saved, |p| p.id);
    }

    pub fn with_praise_removed(&mut self, id: PraiseId) {
        self.staff.praise.retain(|p| p.id != id);
    }
}
