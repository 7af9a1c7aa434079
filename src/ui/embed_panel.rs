//! "Embed on your site": the embedder picks options and copies a ready snippet. The
//! disclosure is in the main file; what it holds is a split view of its own, fetched the
//! first time it opens (only embedders open it).

use leptos::prelude::*;

use super::context::use_shell;
use super::split::split_view;
use crate::i18n::Key;

#[component]
pub fn EmbedPanel() -> impl IntoView {
    let shell = use_shell();
    let opened = RwSignal::new(false);
    view! {
        <details class="embed-panel" id="embed-panel" on:toggle=move |_| opened.set(true)>
            <summary>{shell.msg(Key::EmbedTitle)}</summary>
            {crate::ui::split::shown_when(move || opened.get(), embed_body)}
        </details>
    }
}

split_view!(embed_body, preload_embed_body, planner_embed_panel, body());

/// The body, with the later messages it names made available first.
fn body() -> impl IntoView {
    crate::i18n::use_later_english();
    view! { <super::embed_body::EmbedBody/> }
}
