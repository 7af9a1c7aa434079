//! Plans that arrive from outside: a share link in the URL fragment, or an imported
//! file. They open read-only beside the user's own plan, which is only replaced by an
//! explicit "Save as my plan".

use leptos::prelude::*;

use super::split::{shown_when, split_view};
use super::state::{use_app, AppState, Viewing};
use crate::domain::share::{encode_link, OpenError, LINK_TAG};
use crate::domain::Plan;
use crate::i18n::{t, tf, Key, Lang};
use crate::platform::browser::{clear_fragment, fragment, page_url_without_fragment};
use crate::platform::reader::with_reader;

/// The message for a link or file that could not be opened.
pub fn open_error(lang: Lang, e: &OpenError) -> String {
    match e {
        OpenError::NotAPlanLink | OpenError::Damaged => t(lang, Key::LinkDamaged).to_string(),
        OpenError::NewerLink => t(lang, Key::LinkNewer).to_string(),
        OpenError::TooLarge { .. } => t(lang, Key::ImportTooLarge).to_string(),
        OpenError::NotJson => t(lang, Key::ImportNotJson).to_string(),
        OpenError::WrongShape(_) => t(lang, Key::ImportWrongShape).to_string(),
        OpenError::NewerVersion { version } => {
            tf(lang, Key::ImportNewer, &[("version", &version.to_string())])
        }
        OpenError::OutOfRange(f) => tf(lang, Key::ImportOutOfRange, &[("field", f.field)]),
    }
}

/// Shows a plan from outside read-only, keeping the user's own aside.
pub fn show(state: AppState, plan: Plan, source: Viewing) {
    if state.viewing.get_untracked().is_none() {
        state.own_plan.set_value(Some(state.plan.get_untracked()));
    }
    state.viewing.set(Some(source));
    state.replace_plan(plan);
}

/// Whether a fragment may carry a plan (`#p…`): only then is it read.
pub fn is_link(fragment: &str) -> bool {
    fragment.trim_start_matches('#').starts_with('p') && fragment.len() >= 3
}

/// Opens the plan carried by the page's fragment, if there is one.
pub fn open_link_from_url(state: AppState) {
    let f = fragment();
    if !is_link(&f) {
        return;
    }
    with_reader(move |reader| {
        let Some(reader) = reader else {
            return part_failed(state);
        };
        match (reader.link)(&f) {
            Ok(plan) => show(state, plan, Viewing::Link),
            Err(OpenError::NotAPlanLink) if !f.contains(LINK_TAG) => {}
            Err(e) => state.notify(open_error(state.lang.get_untracked(), &e), true, None),
        }
    });
}

/// Reads an imported file's bytes.
pub fn open_file(state: AppState, bytes: Vec<u8>) {
    with_reader(move |reader| {
        let Some(reader) = reader else {
            return part_failed(state);
        };
        match (reader.file)(&bytes) {
            Ok(plan) => show(state, plan, Viewing::File),
            Err(e) => state.notify(open_error(state.lang.get_untracked(), &e), true, None),
        }
    });
}

/// Said when the JSON reader, needed for what the user asked, could not be fetched.
pub fn part_failed(state: AppState) {
    let text = state.t(Key::PartLoadFailed).to_string();
    state.notify(text, true, None);
}

/// The link that opens this plan anywhere (the plan rides in the fragment, which
/// browsers never send to a server).
pub fn share_url(plan: &Plan) -> String {
    format!(
        "{}?step=plan#{}",
        page_url_without_fragment(),
        encode_link(plan)
    )
}

/// Shown over a plan from a link or a file (its body is in the panels' file, see
/// `ConfirmPanel`).
#[component]
pub fn SharedBanner() -> impl IntoView {
    let state = use_app();
    let shared = move || matches!(state.viewing.get(), Some(Viewing::Link | Viewing::File));
    shown_when(shared, banner_body)
}

split_view!(
    banner_body,
    preload_banner_body,
    planner_panels,
    BannerBody()
);

#[component]
fn BannerBody() -> impl IntoView {
    let state = use_app();
    let keep = move |_| {
        state.viewing.set(None);
        state.own_plan.set_value(None);
        clear_fragment();
        state.notify(state.t(Key::SavedAsMine).to_string(), false, None);
    };
    let back = move |_| {
        let own = state.own_plan.get_value().unwrap_or_default();
        state.viewing.set(None);
        state.own_plan.set_value(None);
        state.replace_plan(own);
        clear_fragment();
    };
    let text = move || match state.viewing.get() {
        Some(Viewing::Link) => state.t(Key::ViewingLink),
        Some(Viewing::File) => state.t(Key::ViewingFile),
        Some(Viewing::Newer | Viewing::Unread) | None => "",
    };
    view! {
        <div class="shared-banner" role="region" aria-label=state.msg(Key::SharedPlanLabel)>
            <p>{text}</p>
            <div class="notice-actions">
                <button type="button" class="btn btn-primary" id="save-as-mine" on:click=keep>{state.msg(Key::SaveAsMine)}</button>
                <button type="button" class="btn btn-secondary" id="back-to-mine" on:click=back>{state.msg(Key::BackToMine)}</button>
            </div>
        </div>
    }
}
