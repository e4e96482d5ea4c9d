//! A labelled choice from a short list, with its error, wired like [`super::Field`].

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SelectFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    /// (value, what the person reads), in the order shown.
    pub options: Vec<(String, String)>,
    pub selected: String,
    #[prop_or_default]
    pub error: Option<String>,
    pub on_change: Callback<String>,
}

#[component(SelectField)]
pub fn select_field(props: &SelectFieldProps) -> Html {
    let error_id = format!("{}-error", props.id);
    let on_change = props.on_change.clone();
    let onchange = Callback::from(move |e: Event| {
        let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
        on_change.emit(select.value());
    });
    html! {
        <div class={classes!("field", props.error.is_some().then_some("invalid"))}>
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <select id={props.id.clone()} {onchange} aria-invalid={props.error.is_some().then_some("true")}
                aria-describedby={props.error.is_some().then(|| error_id.clone())}>
                { for props.options.iter().map(|(value, label)| html! {
                    <option value={value.clone()} selected={*value == props.selected}>{ label.clone() }</option>
                }) }
            </select>
            if let Some(error) = &props.error {
                <p class="field-error" id={error_id.clone()}>{ error.clone() }</p>
            }
        </div>
    }
}
