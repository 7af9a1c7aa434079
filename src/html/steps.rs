//! The list of steps beside the wizard: one link per step, the current one marked for
//! assistive technology, answered steps ticked. Built as text so the shell starts with one
//! view instead of five reactive items; clicks are handled once, on the list.

use super::Html;
use crate::app::Step;
use crate::i18n::{step_key, t, Key, Lang};

/// The attribute a step link carries its step's slug in.
pub const STEP_ATTR: &str = "data-step";

/// The `<li>` items of the step list.
pub fn step_items(current: Step, done: &[bool; 5], lang: Lang) -> String {
    let mut h = Html::new();
    for step in Step::ALL {
        let answered = done[step.index()];
        let class = match (step == current, answered) {
            (true, true) => "steps-item current done",
            (true, false) => "steps-item current",
            (false, true) => "steps-item done",
            (false, false) => "steps-item",
        };
        let href = format!("?step={}", step.slug());
        let number = (step.index() + 1).to_string();
        let mut link = vec![
            ("href", href.as_str()),
            ("class", "steps-link"),
            (STEP_ATTR, step.slug()),
        ];
        if step == current {
            link.push(("aria-current", "step"));
        }
        h.open("li", &[("class", class)]).open("a", &link);
        h.leaf(
            "span",
            &[("class", "steps-number"), ("aria-hidden", "true")],
            &number,
        );
        h.leaf("span", &[("class", "steps-name")], t(lang, step_key(step)));
        if answered {
            let mark = format!(" {}", t(lang, Key::StepDoneMark));
            h.leaf("span", &[("class", "visually-hidden")], &mark);
            h.leaf(
                "span",
                &[("class", "steps-check"), ("aria-hidden", "true")],
                "✓",
            );
        }
        h.close("a").close("li");
    }
    h.finish()
}
