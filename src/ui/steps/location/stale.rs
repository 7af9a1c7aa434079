//! Step 1's overlap hours, when they differ from what this step computed for the same
//! place: said here, with the fix (step 1 keeps its figure until the user takes it).

use leptos::prelude::*;

use crate::domain::overlap::analysis::{stale_overlaps, Analysis};
use crate::i18n::{option_name, tf, Key};
use crate::platform::format::number;
use crate::ui::context::{use_doc, use_shell};

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
                    .filter_map(|x| {
                        let o = p.business.options.get(x.option)?;
                        Some(tf(
                            lang,
                            Key::StaleItem,
                            &[
                                ("option", &option_name(lang, Some(o))),
                                ("used", &number(x.used_hours, 1, lang.tag())),
                                ("computed", &number(x.computed_hours, 1, lang.tag())),
                            ],
                        ))
                    })
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
                    o.overlap_hours = x.computed_hours;
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
