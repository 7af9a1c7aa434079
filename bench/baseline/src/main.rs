//! A heading and a button: the least a Leptos page can show and answer with.

use leptos::prelude::*;

#[component]
fn App() -> impl IntoView {
    let count = RwSignal::new(0);
    view! {
        <main>
            <h1 id="step-heading">"Baseline"</h1>
            <button id="next" on:click=move |_| count.update(|c| *c += 1)>
                "Clicked " {move || count.get()} " times"
            </button>
        </main>
    }
}

fn main() {
    leptos::mount::mount_to_body(App);
}
