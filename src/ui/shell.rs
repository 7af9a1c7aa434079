//! The wizard shell: header, step list, the current step, Back and Next.

use leptos::ev;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;

use super::context::{use_app, use_doc, use_shell, App, NoticeAction, Pending};
use super::notices::Notices;
use super::panels::{ConfirmPanel, ConflictPanel, IncomingBanner};
use super::steps::{prefetch, StepPage, HEADING_ID};
use crate::app::route::step_from_query;
use crate::app::summary::step_complete;
use crate::app::Step;
use crate::html::steps::{step_items, STEP_ATTR};
use crate::i18n::{step_key, step_message, Key};
use crate::platform::browser::{focus_id, search, set_lang, set_title};
use crate::platform::embed;

#[component]
pub fn Planner() -> impl IntoView {
    let app = App::provide();
    let App { shell, saving, .. } = app;
    super::incoming::open_link_from_url(app);

    // The browser's Back and Forward buttons move between steps.
    let handle = window_event_listener(ev::popstate, move |_| {
        shell.step.set(step_from_query(&search()));
    });
    on_cleanup(move || handle.remove());
    // A share link pasted into the address bar of an open planner changes only the
    // fragment: no reload, so open it here.
    let hash = window_event_listener(ev::hashchange, move |_| {
        super::incoming::open_link_from_url(app);
    });
    on_cleanup(move || hash.remove());

    // Saving, other tabs and undo start in the task after the first paint, so their code
    // is not compiled before it. Saving starts by saving, so even an answer typed in that
    // moment is kept (it is only not an undo step).
    let applying = super::history::provide();
    let owner = Owner::current().unwrap_or_default();
    crate::platform::task_queue::after_this_task(move || {
        owner.with(|| {
            super::sync::install(app);
            super::history::install(app, applying);
        })
    });
    shell.embed.with_value(embed::apply);
    // Offline support, registered once the first page is shown; a downloaded new
    // version is offered, never forced.
    crate::platform::task_queue::after_this_task(move || {
        crate::platform::offline::register(move || {
            let text = shell.t(Key::UpdateReady).to_string();
            shell.notify(text, false, Some(NoticeAction::ReloadToUpdate));
        })
    });
    if shell.embedded() {
        // After the first render, so `.app` exists.
        Effect::new(move |_| embed::post_height_changes());
    }

    // Title and focus follow the step; focus moves only after the first render.
    Effect::new(move |previous: Option<Step>| {
        let step = shell.step.get();
        let lang = shell.lang.get();
        set_lang(lang.tag());
        set_title(&step_message(lang, Key::PageTitle, step));
        if previous.is_some_and(|p| p != step) {
            focus_id(HEADING_ID);
        }
        step
    });

    view! {
        <div class="app">
            <Header/>
            <div class="layout">
                <StepList/>
                <main class="main" id="main">
                    // Empty on almost every start, so built in the task after the page
                    // is first shown; a notice raised while starting appears then.
                    <super::deferred::Deferred>
                        <ConfirmPanel/>
                        <Notices/>
                        <ConflictPanel/>
                        <IncomingBanner/>
                    </super::deferred::Deferred>
                    // Read-only while viewing a plan that is not this browser's own; the
                    // plan step disables its own parts, so its exports stay usable.
                    <fieldset class="plain-fieldset" disabled=move || {
                        saving.read_only() && shell.step.get() != Step::Plan
                    }>
                        <StepPage/>
                    </fieldset>
                    <StepButtons/>
                </main>
            </div>
            <footer class="footer">
                <p>{shell.msg(Key::PrivacyNote)}</p>
                <Show when=move || !shell.embedded()>
                    <super::deferred::Deferred>
                        <super::embed_panel::EmbedPanel/>
                    </super::deferred::Deferred>
                </Show>
            </footer>
        </div>
    }
}

#[component]
fn Header() -> impl IntoView {
    let app = use_app();
    let App { shell, doc, saving } = app;
    let load_example = move |_| {
        if doc.plan.with_untracked(|p| p.is_blank()) {
            super::notices::load_example(app);
        } else {
            shell.pending.set(Some(Pending::LoadExample));
        }
    };
    view! {
        <header class="header">
            <div class="brand">
                <p class="brand-name">{shell.msg(Key::AppName)}</p>
                <p class="tagline">{shell.msg(Key::Tagline)}</p>
            </div>
            <div class="settings">
                <super::settings::LanguageSelect/>
                <super::settings::ThemeSelect/>
            </div>
            <div
                class="header-actions"
                role="group"
                aria-label=shell.msg(Key::ActionsLabel)
                hidden=move || saving.read_only()
            >
                <super::history::HistoryButtons/>
                <button type="button" class="btn btn-secondary" id="load-example" on:click=load_example>
                    {shell.msg(Key::LoadExample)}
                </button>
                <button
                    type="button"
                    class="btn btn-quiet"
                    id="start-over"
                    on:click=move |_| shell.pending.set(Some(Pending::StartOver))
                >
                    {shell.msg(Key::StartOver)}
                </button>
            </div>
        </header>
    }
}

#[component]
fn StepList() -> impl IntoView {
    let shell = use_shell();
    let doc = use_doc();
    let done = Memo::new(move |_| doc.plan.with(|p| Step::ALL.map(|s| step_complete(p, s))));
    let items = move || done.with(|d| step_items(shell.step.get(), d, shell.lang.get()));
    // One handler for the whole list: a plain click moves to the step in this page; with
    // Ctrl, Cmd or Shift the browser opens the link as usual.
    let click = move |e: ev::MouseEvent| {
        if e.ctrl_key() || e.meta_key() || e.shift_key() {
            return;
        }
        if let Some(step) = step_link_at(e.target()) {
            e.prevent_default();
            shell.go(step);
        }
    };
    // A pointer on or focus in a step's link fetches that step's file ahead.
    let heading_for = |target: Option<web_sys::EventTarget>| {
        if let Some(step) = step_link_at(target) {
            prefetch(step);
        }
    };
    view! {
        <nav class="steps" aria-label=shell.msg(Key::StepsNav)>
            <ol class="steps-list" inner_html=items on:click=click
                on:pointerover=move |e| heading_for(e.target()) on:focusin=move |e| heading_for(e.target())></ol>
        </nav>
    }
}

/// The step whose link holds `target`, if it is in one.
fn step_link_at(target: Option<web_sys::EventTarget>) -> Option<Step> {
    target
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest(&format!("a[{STEP_ATTR}]")).ok().flatten())
        .and_then(|a| a.get_attribute(STEP_ATTR))
        .and_then(|slug| Step::from_slug(&slug))
}

#[component]
fn StepButtons() -> impl IntoView {
    let shell = use_shell();
    let prev = move || shell.step.get().prev();
    let next = move || shell.step.get().next();
    view! {
        <div class="step-buttons">
            <Show when=move || prev().is_some() fallback=|| view! { <span></span> }>
                <button
                    type="button"
                    class="btn btn-secondary"
                    id="back"
                    on:click=move |_| {
                        if let Some(p) = prev() {
                            shell.go(p);
                        }
                    }
                >
                    <span aria-hidden="true">"← "</span>
                    {shell.msg(Key::Back)}
                </button>
            </Show>
            <Show when=move || next().is_some()>
                <button
                    type="button"
                    class="btn btn-primary"
                    id="next"
                    on:pointerenter=move |_| next().map(prefetch).unwrap_or_default()
                    on:focus=move |_| next().map(prefetch).unwrap_or_default()
                    on:click=move |_| {
                        if let Some(n) = next() {
                            shell.go(n);
                        }
                    }
                >
                    {shell.msg(Key::Next)}
                    ": "
                    {move || next().map(|n| shell.t(step_key(n)))}
                    <span aria-hidden="true">" →"</span>
                </button>
            </Show>
        </div>
    }
}
