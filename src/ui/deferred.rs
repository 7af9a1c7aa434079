//! Parts of the first page built in the tasks after it is first shown.

use std::cell::Cell;
use std::time::Duration;

use leptos::prelude::*;

thread_local! {
    /// True until the task that first mounts the app is over.
    static STARTING: Cell<bool> = const { Cell::new(true) };
}

/// Called (through a timer set before the first mount) once the first page is shown:
/// from then on `Deferred` builds its children at once.
pub fn started() {
    STARTING.with(|s| s.set(false));
}

/// True until the first page has been shown.
pub fn starting() -> bool {
    STARTING.with(Cell::get)
}

/// While the app starts, renders its children in a task of their own after the page is
/// shown, so the top of the first step can be read and used sooner; each `Deferred` is one
/// task, in page order, so the main thread is never held for long. After start-up the
/// children are built at once: no part of a step rebuilt later (undo, an example loaded)
/// is missing for a task, so the page does not shrink under the reader.
#[component]
pub fn Deferred(children: ChildrenFn) -> impl IntoView {
    if !starting() {
        return children().into_any();
    }
    let shown = RwSignal::new(false);
    set_timeout(move || shown.set(true), Duration::ZERO);
    view! { <Show when=move || shown.get()>{children()}</Show> }.into_any()
}
