//! The headline results beside the form (`html::headline`), kept in view while the
//! inputs change: a column on wide screens, a bar along the bottom on a phone.

use leptos::prelude::*;

use super::fmt::Labels;
use crate::domain::cost::case::CaseFigures;
use crate::domain::cost::fit::Fit;
use crate::domain::cost::uncertainty::RunResult;
use crate::html::headline::headline;
use crate::i18n::Key;
use crate::ui::context::use_shell;
use crate::ui::html_view::patched;

#[component]
pub fn Headline(
    figures: Memo<CaseFigures>,
    fits: Memo<Vec<Fit>>,
    run: RwSignal<Option<RunResult>>,
    labels: Labels,
) -> impl IntoView {
    let shell = use_shell();
    let html = Memo::new(move |_| {
        labels.with(|(fmt, names)| {
            figures.with(|figs| {
                fits.with(|fits| {
                    run.with(|r| headline(figs, fits, r.as_ref(), names, fmt.lang, fmt))
                })
            })
        })
    });
    view! {
        <aside class="headline" id="headline" aria-labelledby="headline-heading">
            <h2 id="headline-heading">{shell.msg(Key::HeadlineHeading)}</h2>
            <div use:patched=Signal::from(html)></div>
        </aside>
    }
}
