//! The fit cards and the weights chart (a file of its own in the site's build).

use leptos::prelude::*;

use super::charts::WeightsChart;
use super::state::FitState;
use crate::html::fit::fit_cards;
use crate::i18n::Key;
use crate::ui::context::use_shell;
use crate::ui::html_view::{deferred_html, patched};

#[component]
pub fn FitBody() -> impl IntoView {
    let shell = use_shell();
    let FitState { fits, labels } = expect_context();
    let cards = deferred_html(
        move || {
            fits.with(|_| ());
            labels.with(|_| ());
        },
        move || labels.with(|(fmt, names)| fits.with(|f| fit_cards(f, names, fmt.lang, fmt))),
    );
    view! {
        <p class="hint">{shell.msg(Key::FitHint)}</p>
        <div class="fit-cards" id="fit-cards" use:patched=Signal::from(cards)></div>
        <WeightsChart/>
    }
}
