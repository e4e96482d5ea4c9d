//! Choosing a channel, for the script list's filter.

use crate::domain::Channel;
use crate::text::{channel, tr, Msg};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChannelSelectProps {
    pub id: AttrValue,
    /// `Any` means "all channels" here.
    pub value: Channel,
    pub on_change: Callback<Channel>,
}

#[component(ChannelSelect)]
pub fn channel_select(props: &ChannelSelectProps) -> Html {
    let on_change = props.on_change.clone();
    let onchange = Callback::from(move |e: Event| {
        if let Some(select) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
            let chosen = Channel::ALL
                .get(select.selected_index().max(0) as usize)
                .copied();
            on_change.emit(chosen.unwrap_or(Channel::Any));
        }
    });
    // The options follow Channel::ALL's order, so the selected index is the channel.
    html! {
        <div class="field">
            <label for={props.id.clone()}>{ tr(Msg::ChannelLabel) }</label>
            <select id={props.id.clone()} {onchange}>
                { for Channel::ALL.iter().map(|&c| html! {
                    <option selected={c == props.value}>
                        { if c == Channel::Any { tr(Msg::AllChannels) } else { channel(c) } }
                    </option>
                }) }
            </select>
        </div>
    }
}
