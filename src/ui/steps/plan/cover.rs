//! The document's title block: the plan's name, the company and the author (each
//! optional, edited here), the date and the planner's version. On paper it is the cover;
//! the page (and so a saved PDF) takes the plan's name as its title.

use leptos::prelude::*;

use crate::app::Step;
use crate::domain::overlap::calendar::days_from_civil;
use crate::domain::plan::{Governance, OWNER_MAX_CHARS};
use crate::domain::validate::{parse_date, text};
use crate::i18n::{step_message, t, tf, Key};
use crate::platform::browser::{now_iso, set_title};
use crate::platform::format::date;
use crate::ui::context::{use_doc, use_saving, use_shell};
use crate::ui::fields::CheckedInput;

/// A text field of the governance: id, label, and where its value lives.
pub type Field = (
    &'static str,
    Key,
    fn(&Governance) -> &String,
    fn(&mut Governance) -> &mut String,
);

const FIELDS: [Field; 3] = [
    (
        "plan-title",
        Key::CoverTitle,
        |g| &g.title,
        |g| &mut g.title,
    ),
    (
        "plan-company",
        Key::CoverCompany,
        |g| &g.company,
        |g| &mut g.company,
    ),
    (
        "plan-author",
        Key::CoverAuthor,
        |g| &g.author,
        |g| &mut g.author,
    ),
];

#[component]
pub fn Cover() -> impl IntoView {
    let shell = use_shell();
    let plan = use_doc().plan;
    let saving = use_saving();
    let title = Memo::new(move |_| {
        plan.with(|p| {
            let t0 = p.governance.title.trim();
            (!t0.is_empty()).then(|| t0.to_string())
        })
    });
    let shown = move || {
        title
            .get()
            .unwrap_or_else(|| t(shell.lang.get(), Key::MdTitle).to_string())
    };
    // A named plan names the page while it is shown: what a saved PDF is called. Set
    // after the shell's own title for the step (which follows the language too).
    Effect::new(move |_| {
        let lang = shell.lang.get();
        let name = title
            .get()
            .unwrap_or_else(|| step_message(lang, Key::PageTitle, Step::Plan));
        set_timeout(move || set_title(&name), std::time::Duration::ZERO);
    });
    let fields = text_fields(&FIELDS);
    let byline = move || {
        let lang = shell.lang.get();
        let today = parse_date(&now_iso()[..10.min(now_iso().len())])
            .map(|(y, m, d)| date(days_from_civil(y, m, d), lang.tag()))
            .unwrap_or_default();
        plan.with(|p| {
            let g = &p.governance;
            let mut parts: Vec<String> = [&g.company, &g.author]
                .into_iter()
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .collect();
            parts.push(today);
            parts.push(tf(
                lang,
                Key::CoverVersion,
                &[("version", env!("CARGO_PKG_VERSION"))],
            ));
            parts.join(" · ")
        })
    };
    view! {
        <section class="panel plan-cover" aria-labelledby="cover-heading">
            <p class="cover-title" id="cover-heading">{shown}</p>
            <p class="cover-byline" id="cover-byline">{byline}</p>
            <fieldset class="plain-fieldset cover-fields" disabled=move || saving.read_only()>
                <div class="fields">{fields}</div>
            </fieldset>
        </section>
    }
}

/// The governance's text fields, each checked for length before it is kept.
pub fn text_fields(fields: &'static [Field]) -> impl IntoView {
    let plan = use_doc().plan;
    fields
        .iter()
        .map(|&(id, label, get, set)| {
            view! {
                <CheckedInput
                    id=id
                    label=label
                    current=Signal::derive(move || plan.with(|p| get(&p.governance).clone()))
                    apply=Callback::new(move |v: String| {
                        text(&v, OWNER_MAX_CHARS)?;
                        plan.update(|p| *set(&mut p.governance) = v);
                        Ok(())
                    })
                />
            }
        })
        .collect_view()
}
