//! Components. They read and write the app's contexts (`context`) and call the domain and
//! the application rules; they hold no rule of their own.

mod context;
mod deferred;
mod embed_body;
mod embed_panel;
mod fields;
mod glossary;
mod history;
mod html_view;
mod incoming;
mod notices;
mod panel;
mod panel_bodies;
mod panels;
mod settings;
mod shell;
mod split;
mod steps;
mod sync;

/// Mounts the app on the page's body: at once, or, when it has something to read (a
/// saved plan, a link, a preset: see `platform::reader`) or its language is fetched at
/// run time, once those files are in. If they fail, the app starts anyway and says so
/// (in English, for a language), so the first page never shows a half-read state.
pub fn start() {
    console_error_panic_hook::set_once();
    // One storage probe for both questions (the app's state opens its own at the mount).
    let store = crate::platform::storage::Store::open();
    let lang = context::wanted_lang(&store);
    let read = context::needs_reader(&store) && crate::platform::reader::reader().is_none();
    if crate::i18n::fetched::ready(lang) && !read {
        mount();
    } else {
        // Leptos's executor starts with the mount, so this waits on the browser's own.
        wasm_bindgen_futures::spawn_local(async move {
            if read {
                let _ = crate::platform::reader::load().await;
            }
            let _ = crate::platform::catalogue::load(lang).await;
            mount();
        });
    }
}

fn mount() {
    // Set before the first mount, so it runs before the parts that mount defers.
    leptos::prelude::set_timeout(deferred::started, std::time::Duration::ZERO);
    leptos::mount::mount_to_body(shell::Planner);
    // index.html's outline of the first step, shown until now; in the same task, so the
    // two are never painted together.
    if let Some(boot) = leptos::prelude::document().get_element_by_id("boot") {
        boot.remove();
    }
}
