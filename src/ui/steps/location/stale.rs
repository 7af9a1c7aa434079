//! Step 1's overlap hours and shifts, when they differ from what this step computed for
//! the same place: said here, with the fix (step 1 keeps its figures until the user
//! takes it).

use leptos::prelude::*;

use crate::domain::overlap::analysis::{stale_overlaps, Analysis, StaleOverlap};
use crate::domain::validate::format_day;
use crate::domain::Plan;
use crate::i18n::{option_name, tf, Key, Lang};
use crate::platform::format::number;
use crate::ui::context::{use_doc, use_shell};

/// What is out of date for one option: its overlap, its shift, or both.
fn item(lang: Lang, p: &Plan, x: &StaleOverlap) -> Option<String> {
    let o = p.business.options.get(x.option)?;
    let option = option_name(lang, Some(o));
    let mut parts = Vec::new();
    if (x.used_hours - x.computed_hours).abs() > 0.05 {
        parts.push(tf(
            lang,
            Key::StaleItem,
            &[
                ("option", &option),
                ("used", &number(x.used_hours, 1, lang.tag())),
                ("computed", &number(x.computed_hours, 1, lang.tag())),
            ],
        ));
    }
    match x.shift {
        Some(Some(s)) => parts.push(tf(
            lang,
            Key::StaleShiftItem,
            &[
                ("option", &option),
                ("hours", &format_day(s.start_min, s.end_min)),
            ],
        )),
        Some(None) => parts.push(tf(lang, Key::StaleNoShiftItem, &[("option", &option)])),
        None => {}
    }
    Some(parts.join("; "))
}

#[component]
pub fn StaleOverlap(analysis: Memo<Analysis>) -> impl IntoView {
    let shell = use_shell();
    let plan = use_doc().plan;
    let stale = Memo::new(move |_| analysis.with(|a| plan.with(|p| stale_overlaps(p, a))));
    let text = move || {
        let lang = shell.lang.get();
        let items = stale.with(|s| {
            plan.with(|p| {
                s.iter()
                    .filter_map(|x| item(lang, p, x))
                    .collect::<Vec<_>>()
                    .join("; ")
            })
        });
        tf(lang, Key::StaleOverlap, &[("items", &items)])
    };
    let fix = move |_| {
        let s = stale.get_untracked();
        plan.update(|p| {
            for x in &s {
                if let Some(o) = p.business.options.get_mut(x.option) {
                    x.apply(o);
                }
            }
        });
        shell.say(Key::StaleFixed, false);
    };
    view! {
        <div class="stale-overlap" id="overlap-stale" hidden=move || stale.with(Vec::is_empty)>
            <p class="warning" role="status">{text}</p>
            <button type="button" class="btn btn-secondary" id="use-computed-overlap" on:click=fix>
                {shell.msg(Key::StaleFix)}
            </button>
        </div>
    }
}
