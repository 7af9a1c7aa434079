//! Sharing the plan as a link, and opening a plan file (button or drag and drop).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::share::OpenError;
use crate::app::share::MAX_PLAN_BYTES;
use crate::i18n::Key;
use crate::platform::browser::{copy_text, read_file};
use crate::ui::context::{use_app, App};
use crate::ui::incoming::{open_error, open_file, share_url};

fn open(app: App, file: web_sys::File) {
    let App { shell, .. } = app;
    read_file(&file, MAX_PLAN_BYTES, move |result| match result {
        Ok(bytes) => open_file(app, bytes),
        Err(size) => {
            let e = OpenError::TooLarge {
                bytes: size.unwrap_or(0),
            };
            let msg = if size.is_some() {
                open_error(shell.lang.get_untracked(), &e)
            } else {
                shell.t(Key::ImportNotJson).to_string()
            };
            shell.notify(msg, true, None);
        }
    });
}

#[component]
pub fn ShareAndImport() -> impl IntoView {
    let app = use_app();
    let App { shell, doc, .. } = app;
    let link = RwSignal::new(String::new());
    let share = move |_| {
        let url = doc.plan.with_untracked(share_url);
        link.set(url.clone());
        let ok = shell.t(Key::LinkCopied).to_string();
        let failed = shell.t(Key::LinkCopyFailed).to_string();
        copy_text(&url, move |done| {
            shell.notify(if done { ok.clone() } else { failed.clone() }, !done, None)
        });
    };
    let on_pick = move |ev: leptos::ev::Event| {
        let input = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let Some(input) = input {
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                open(app, file);
            }
            input.set_value("");
        }
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        if let Some(file) = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            open(app, file);
        }
    };
    view! {
        <section class="panel share" aria-labelledby="share-heading">
            <h2 id="share-heading">{shell.msg(Key::ShareLinkLabel)}</h2>
            <p class="hint">{shell.msg(Key::ShareLinkHint)}</p>
            <button type="button" class="btn btn-secondary" id="share-link-button" on:click=share>{shell.msg(Key::ShareLink)}</button>
            <Show when=move || !link.get().is_empty()>
                <div class="field field-wide">
                    <label for="share-link">{shell.msg(Key::ShareLinkLabel)}</label>
                    <input id="share-link" type="text" readonly prop:value=move || link.get()/>
                </div>
            </Show>
            <div class="drop-zone" on:dragover=|ev: leptos::ev::DragEvent| ev.prevent_default() on:drop=on_drop>
                <label for="import-file" class="btn btn-secondary">{shell.msg(Key::ImportFile)}</label>
                <input id="import-file" class="visually-hidden" type="file" accept=".json,application/json" on:change=on_pick/>
                <span class="hint">{shell.msg(Key::DropHint)}</span>
            </div>
        </section>
    }
}
