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

/// Mounts the app on the page's body.
pub fn start() {
    console_error_panic_hook::set_once();
    // Set before the first mount, so it runs before the parts that mount defers.
    leptos::prelude::set_timeout(later::started, std::time::Duration::ZERO);
    leptos::mount::mount_to_body(shell::App);
}
