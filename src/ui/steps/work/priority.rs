//! The prioritised list and the suggested pilot.

use leptos::prelude::*;

use crate::domain::work::{pilot, prioritise};
use crate::i18n::{t, tf, verdict_key, workstream_name, Key};
use crate::ui::context::{use_doc, use_shell};

#[component]
pub fn Priorities() -> impl IntoView {
    let shell = use_shell();
    let doc = use_doc();
    let plan = doc.plan;
    let list = move || {
        let lang = shell.lang.get();
        plan.with(|p| {
            prioritise(&p.work)
                .into_iter()
                .filter_map(|r| {
                    let w = p.work.workstreams.iter().find(|w| w.id == r.id)?;
                    let text = tf(
                        lang,
                        Key::PriorityItem,
                        &[
                            ("name", &workstream_name(lang, w)),
                            ("value", &w.value.to_string()),
                            ("gov", &format!("{:.0}%", r.governability * 100.0)),
                            ("priority", &format!("{:.1}", r.priority)),
                            ("verdict", t(lang, verdict_key(&r.judgement.verdict))),
                        ],
                    );
                    Some(view! { <li>{text}</li> })
                })
                .collect_view()
        })
    };
    let pilot_text = move || {
        let lang = shell.lang.get();
        plan.with(|p| match pilot(&p.work) {
            None => t(lang, Key::PilotNone).to_string(),
            Some(pl) => {
                let name = p
                    .work
                    .workstreams
                    .iter()
                    .find(|w| w.id == pl.id)
                    .map(|w| workstream_name(lang, w))
                    .unwrap_or_default();
                let args = [
                    ("name", name.as_str()),
                    ("value", &pl.value.to_string()),
                    ("gov", &format!("{:.0}%", pl.governability * 100.0)),
                ];
                tf(
                    lang,
                    if pl.ready_now {
                        Key::PilotReady
                    } else {
                        Key::PilotAfter
                    },
                    &args,
                )
            }
        })
    };
    view! {
        <section class="panel" aria-labelledby="priority-heading">
            <h2 id="priority-heading">{shell.msg(Key::PriorityHeading)}</h2>
            <p class="hint">{shell.msg(Key::PriorityHint)}</p>
            <ol class="priority-list" id="priority-list">{list}</ol>
            <h3>{shell.msg(Key::PilotHeading)}</h3>
            <p class="pilot" id="pilot">{pilot_text}</p>
        </section>
    }
}
