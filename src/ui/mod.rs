//! Components. They read and write the one plan state and call the domain; they hold no
//! business rules.

mod embed_panel;
mod fields;
mod glossary;
mod history;
mod later;
mod notices;
mod settings;
mod shared;
mod shell;
mod split;
mod state;
mod steps;
mod sync;

/// Mounts the app on the page's body: at once, or, when its language is fetched at run
/// time, once that language's file is in (or has failed: the app then starts in English
/// and says so), so the first page never shows in the wrong language.
pub fn start() {
    console_error_panic_hook::set_once();
    let lang = state::wanted_lang();
    if crate::i18n::fetched::ready(lang) {
        mount();
    } else {
        // Leptos's executor starts with the mount, so this waits on the browser's own.
        wasm_bindgen_futures::spawn_local(async move {
            let _ = crate::platform::catalogue::load(lang).await;
            mount();
        });
    }
}

fn mount() {
    // Set before the first mount, so it runs before the parts that mount defers.
    leptos::prelude::set_timeout(later::started, std::time::Duration::ZERO);
    leptos::mount::mount_to_body(shell::App);
}
