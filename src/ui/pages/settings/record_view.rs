//! One record of any kind as a few labelled lines, for comparing two copies side by side.

use crate::domain::file::merge::Record;
use crate::text::{area_name, channel, money, role_name, tr, Msg};
use yew::prelude::*;

/// A name people recognise the record by.
pub fn record_title(record: &Record) -> String {
    match record {
        Record::Profile(_) => tr(Msg::BusinessProfile),
        Record::Area(a) => area_name(a),
        Record::Standard(s) => s.title.clone(),
        Record::Script(s) => s.title.clone(),
        Record::Value(v) => v.name.clone(),
        Record::Role(r) => role_name(r),
        Record::Rule(r) => r.situation.clone(),
    }
}

fn lines(record: &Record) -> Vec<(Msg<'static>, String)> {
    let list = |items: &[String]| items.join(" · ");
    match record {
        Record::Profile(p) => vec![
            (Msg::Vision, p.vision.clone()),
            (Msg::Slogan, p.slogan.clone()),
            (Msg::Promises, list(&p.promises)),
        ],
        Record::Area(a) => vec![(Msg::Title, area_name(a))],
        Record::Standard(s) => vec![
            (Msg::Title, s.title.clone()),
            (Msg::WhyItMatters, s.why.clone()),
            (Msg::Do, list(&s.dos)),
            (Msg::Dont, list(&s.donts)),
            (Msg::HowMeasured, s.measured_by.clone()),
            (Msg::Tags, list(&s.tags)),
        ],
        Record::Script(s) => {
            let steps: Vec<String> = s
                .steps
                .iter()
                .map(|st| {
                    if st.say.is_empty() {
                        st.act.clone()
                    } else {
                        st.say.clone()
                    }
                })
                .collect();
            vec![
                (Msg::Title, s.title.clone()),
                (Msg::Situation, s.situation.clone()),
                (Msg::ChannelLabel, channel(s.channel)),
                (Msg::Steps, list(&steps)),
            ]
        }
        Record::Value(v) => vec![
            (Msg::ValueName, v.name.clone()),
            (Msg::Meaning, v.meaning.clone()),
            (Msg::LooksLike, list(&v.looks_like)),
        ],
        Record::Role(r) => vec![(Msg::RoleLabel, role_name(r))],
        Record::Rule(r) => vec![
            (Msg::Situation, r.situation.clone()),
            (Msg::RuleMay, r.may.clone()),
            (Msg::Limit, r.limit.map(money).unwrap_or_default()),
            (Msg::Notes, r.notes.clone()),
        ],
    }
}

#[derive(Properties, PartialEq)]
pub struct RecordViewProps {
    pub record: Record,
}

/// The record's fields as a definition list; empty fields are left out.
#[component(RecordView)]
pub fn record_view(props: &RecordViewProps) -> Html {
    html! {
        <dl class="record-view">
            { for lines(&props.record).into_iter().filter(|(_, text)| !text.is_empty()).map(|(label, text)| html! {
                <>
                    <dt>{ tr(label) }</dt>
                    <dd class="long-text">{ text }</dd>
                </>
            }) }
        </dl>
    }
}
