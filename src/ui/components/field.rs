//! A labelled form field with its hint and its error, wired for screen readers.

use yew::prelude::*;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    Line,
    Text,
    /// A calendar day: the device's own date picker, `YYYY-MM-DD` underneath.
    Date,
    /// A day and a time of day on this device's clock (`YYYY-MM-DDTHH:MM` underneath).
    DateTime,
    /// A number as typed, with the decimal keypad on tablets ("49,90" is fine).
    Number,
    /// A web address: the address keyboard, no spelling correction or capitals.
    Url,
    /// A user name for a server, as typed: no capitals or corrections added.
    UserName,
    /// A password, hidden as typed, offered to the browser's password keeper.
    Password,
}

#[derive(Properties, PartialEq)]
pub struct FieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    pub kind: FieldKind,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<String>,
    #[prop_or_default]
    pub required: bool,
    pub on_change: Callback<String>,
}

#[component(Field)]
pub fn field(props: &FieldProps) -> Html {
    let hint_id = format!("{}-hint", props.id);
    let error_id = format!("{}-error", props.id);
    let described_by: Vec<&str> = [
        props.hint.as_ref().map(|_| hint_id.as_str()),
        props.error.as_ref().map(|_| error_id.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect();
    let described_by = (!described_by.is_empty()).then(|| described_by.join(" "));
    let invalid = props.error.is_some().then_some("true");
    let on_change = props.on_change.clone();
    let oninput = Callback::from(move |e: InputEvent| {
        let target = e
            .target_dyn_into::<web_sys::HtmlInputElement>()
            .map(|i| i.value());
        let value = target.or_else(|| {
            e.target_dyn_into::<web_sys::HtmlTextAreaElement>()
                .map(|t| t.value())
        });
        if let Some(value) = value {
            on_change.emit(value);
        }
    });
    let control = match props.kind {
        FieldKind::Line => html! {
            <input id={props.id.clone()} type="text" value={props.value.clone()} {oninput}
                required={props.required} aria-invalid={invalid} aria-describedby={described_by} />
        },
        FieldKind::Date => html! {
            <input id={props.id.clone()} type="date" value={props.value.clone()} {oninput}
                required={props.required} aria-invalid={invalid} aria-describedby={described_by} />
        },
        FieldKind::DateTime => html! {
            <input id={props.id.clone()} type="datetime-local" value={props.value.clone()} {oninput}
                required={props.required} aria-invalid={invalid} aria-describedby={described_by} />
        },
        FieldKind::Number => html! {
            <input id={props.id.clone()} type="text" inputmode="decimal" value={props.value.clone()} {oninput}
                required={props.required} aria-invalid={invalid} aria-describedby={described_by} />
        },
        FieldKind::Url => html! {
            <input id={props.id.clone()} type="url" inputmode="url" autocomplete="url" spellcheck="false"
                autocapitalize="off" value={props.value.clone()} {oninput}
                required={props.required} aria-invalid={invalid} aria-describedby={described_by} />
        },
        FieldKind::UserName => html! {
            <input id={props.id.clone()} type="text" autocomplete="username" spellcheck="false"
                autocapitalize="off" value={props.value.clone()} {oninput}
                required={props.required} aria-invalid={invalid} aria-describedby={described_by} />
        },
        FieldKind::Password => html! {
            <input id={props.id.clone()} type="password" autocomplete="current-password"
                value={props.value.clone()} {oninput}
                required={props.required} aria-invalid={invalid} aria-describedby={described_by} />
        },
        FieldKind::Text => html! {
            <textarea id={props.id.clone()} value={props.value.clone()} {oninput} rows="4"
                aria-invalid={invalid} aria-describedby={described_by} />
        },
    };
    html! {
        <div class={classes!("field", props.error.is_some().then_some("invalid"))}>
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            if let Some(hint) = &props.hint {
                <p class="hint" id={hint_id.clone()}>{ hint.clone() }</p>
            }
            { control }
            if let Some(error) = &props.error {
                <p class="field-error" id={error_id.clone()}>{ error.clone() }</p>
            }
        </div>
    }
}
