//! Parts of a page built in the task after it is first shown.

use std::time::Duration;

use leptos::prelude::*;

/// Renders its children in the task after the page is shown: for parts the user does
/// not need to start (the results under the form, the glossary, the embed panel), so the
/// step's form can be used sooner. The children appear before the user can scroll to them.
#[component]
pub fn Later(children: ChildrenFn) -> impl IntoView {
    let shown = RwSignal::new(false);
    set_timeout(move || shown.set(true), Duration::ZERO);
    view! { <Show when=move || shown.get()>{children()}</Show> }
}
