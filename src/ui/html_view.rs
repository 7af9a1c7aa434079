//! The one entry point for views written as HTML text (`crate::html`) rather than as
//! Leptos views: the cost and uncertainty tables, the fit cards and the charts, where
//! measurement showed that building a string and patching it is quicker than a view
//! per cell. `patched` keeps an element equal to such a string: the first write, or one
//! that changes the view's shape, sets `innerHTML`; after that only the texts and
//! attributes that changed are set, so a keystroke does not make the browser parse and
//! build the cost table or a chart again. `deferred_html` builds the string for a
//! secondary view in a task of its own. (The step list in the header is the only other
//! `inner_html`: written once per language from `crate::html::steps`.)

use leptos::prelude::*;
use web_sys::Element;

use crate::html::patch::{edits, Change};
use crate::platform::task_queue::after_this_task;

/// Directive: `<tbody use:patched=html>` keeps the element's content equal to `html`,
/// which must come from `crate::html`'s builders (every text and value escaped there):
/// never text a user typed.
pub fn patched(el: Element, html: Signal<String>) {
    Effect::new(move |old: Option<String>| {
        html.with(|new| {
            write(&el, old.as_deref(), new);
            new.clone()
        })
    });
}

fn write(el: &Element, old: Option<&str>, new: &str) {
    // In place only if `new` has the same shape as `old` and the page still holds
    // exactly what `old` built (nothing else wrote to it); the page's elements are only
    // listed once the shapes match.
    let Some(edits) = old.and_then(|old| edits(old, new)) else {
        el.set_inner_html(new);
        return;
    };
    let all = el.get_elements_by_tag_name("*");
    if edits.elements != all.length() as usize {
        el.set_inner_html(new);
        return;
    }
    for edit in edits.changes {
        match edit {
            Change::Text { element, text } => {
                if let Some(e) = all.item(element as u32) {
                    set_text(&e, &text);
                }
            }
            Change::Attr {
                element,
                name,
                value,
            } => {
                if let Some(e) = all.item(element as u32) {
                    let _ = e.set_attribute(&name, &value);
                }
            }
        }
    }
}

/// Rewrites the element's one text node where it has one: cheaper per keystroke than
/// `textContent`, which replaces the node (docs/performance.md).
fn set_text(e: &Element, text: &str) {
    match e.first_child() {
        Some(node)
            if node.node_type() == web_sys::Node::TEXT_NODE && node.next_sibling().is_none() =>
        {
            node.set_node_value(Some(text));
        }
        _ => e.set_text_content(Some(text)),
    }
}

/// HTML for a secondary view (a chart, the fit cards), built in a task of its own after
/// its sources change: the cost table answers the keystroke (and the first load) first,
/// and a burst of keystrokes builds the view once.
pub fn deferred_html(
    track: impl Fn() + 'static,
    build: impl Fn() -> String + Copy + 'static,
) -> RwSignal<String> {
    // While the app starts, the first build waits for its own task too; later (a step
    // rebuilt) it is built at once, so the page keeps its height and scroll position.
    let at_once = !crate::ui::deferred::starting();
    let html = RwSignal::new(if at_once {
        untrack(build)
    } else {
        String::new()
    });
    let generation = StoredValue::new(0u32);
    let apply = move || {
        let new = untrack(build);
        if html.with_untracked(|h| *h != new) {
            html.set(new);
        }
    };
    Effect::new(move |built: Option<()>| {
        track();
        if built.is_none() && at_once {
            return;
        }
        let g = generation.get_value().wrapping_add(1);
        generation.set_value(g);
        after_this_task(move || {
            if generation.try_get_value() == Some(g) {
                apply();
            }
        });
    });
    html
}
