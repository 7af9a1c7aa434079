//! Plans that arrive from outside: a share link in the URL fragment, or an imported
//! file. They open read-only beside the user's own plan, which is only replaced by an
//! explicit "Save as my plan".

use leptos::prelude::*;

use super::split::{shown_when, split_view};
use super::state::{use_app, AppState, Pending, Viewing};
use crate::app::scenarios::Version;
use crate::app::share::{encode_link, looks_like_link, OpenError};
use crate::domain::Plan;
use crate::i18n::{scenario_name, t, tf, Key, Lang};
use crate::platform::browser::{clear_fragment, fragment, page_url_without_fragment};
use crate::platform::reader::with_reader;

/// The message for a link that could not be opened.
pub fn link_error(lang: Lang, e: &OpenError) -> String {
    match e {
        OpenError::NotAPlanLink => t(lang, Key::LinkUnknown).to_string(),
        OpenError::NewerLink => t(lang, Key::LinkNewer).to_string(),
        OpenError::TooLarge { .. } => t(lang, Key::LinkTooLarge).to_string(),
        OpenError::Damaged | OpenError::NotJson => t(lang, Key::LinkDamaged).to_string(),
        other => open_error(lang, other),
    }
}

/// The message for a file that could not be opened.
pub fn open_error(lang: Lang, e: &OpenError) -> String {
    match e {
        OpenError::NotAPlanLink | OpenError::Damaged | OpenError::NewerLink => {
            t(lang, Key::ImportNotJson).to_string()
        }
        OpenError::TooLarge { .. } => t(lang, Key::ImportTooLarge).to_string(),
        OpenError::NotJson => t(lang, Key::ImportNotJson).to_string(),
        OpenError::WrongShape(_) => t(lang, Key::ImportWrongShape).to_string(),
        OpenError::NewerVersion { version } => {
            tf(lang, Key::ImportNewer, &[("version", &version.to_string())])
        }
        OpenError::OutOfRange(f) => tf(lang, Key::ImportOutOfRange, &[("field", f.field)]),
    }
}

/// Shows a plan from outside read-only, keeping the user's own aside (and what the tab
/// showed instead of it, when storage held something it could not use).
pub fn show(state: AppState, plan: Plan, source: Viewing) {
    match state.viewing.get_untracked() {
        None => state.own_plan.set_value(Some(state.plan.get_untracked())),
        Some(v @ (Viewing::Newer | Viewing::Unread | Viewing::Unkept)) => {
            state.own_plan.set_value(Some(state.plan.get_untracked()));
            state.viewing_before.set_value(Some(v));
        }
        Some(Viewing::Link | Viewing::File) => {}
    }
    state.viewing.set(Some(source));
    state.replace_plan(plan);
}

/// Goes back from a plan from outside to what the tab showed before it.
pub fn back_to_mine(state: AppState) {
    let own = state.own_plan.get_value().unwrap_or_default();
    state.viewing.set(state.viewing_before.get_value());
    state.viewing_before.set_value(None);
    state.own_plan.set_value(None);
    state.replace_plan(own);
    clear_fragment();
}

/// "Save as my plan": asks first when the user has a plan of their own to lose.
pub fn ask_save_as_mine(state: AppState) {
    let own_blank = state
        .own_plan
        .with_value(|p| p.as_ref().is_none_or(Plan::is_blank));
    if own_blank {
        save_as_mine(state);
    } else {
        state.pending.set(Some(Pending::SaveAsMine));
    }
}

/// The name the user's own plan is kept under when a plan from outside replaces it.
pub fn own_plan_name(state: AppState) -> String {
    let lang = state.lang.get_untracked();
    state
        .scenarios
        .with_untracked(|s| scenario_name(lang, &s.active_name))
}

/// Makes the plan shown from a link or file the user's own. Their own plan, unless
/// blank, is kept as a saved scenario under its name, and Undo switches back to it;
/// with the list full nothing changes and the user is told.
pub fn save_as_mine(state: AppState) {
    let lang = state.lang.get_untracked();
    let own = state.own_plan.get_value().unwrap_or_default();
    let kept_name = own_plan_name(state);
    let text = if own.is_blank() {
        t(lang, Key::SavedAsMine).to_string()
    } else {
        let mut list = state.scenarios.get_untracked();
        let left = list.active_id;
        let new_name = t(lang, Key::SharedPlanLabel);
        if list.duplicate(&own, new_name, &kept_name).is_err() {
            let max = crate::app::scenarios::MAX_SCENARIOS.to_string();
            let text = tf(lang, Key::SaveAsMineFull, &[("max", &max)]);
            return state.notify(text, true, None);
        }
        let version = Version {
            plan: own,
            scenario: left,
        };
        state.history.update_value(|h| h.record_whole(version));
        state.history_tick.update(|t| *t = t.wrapping_add(1));
        state.scenarios.set(list);
        tf(lang, Key::SavedAsMineKept, &[("name", &kept_name)])
    };
    state.viewing.set(None);
    state.own_plan.set_value(None);
    clear_fragment();
    state.notify(text, false, None);
}

/// Opens the plan carried by the page's fragment, if there is one.
pub fn open_link_from_url(state: AppState) {
    let f = fragment();
    // Only a fragment meant as a plan link is read (and said if it cannot be opened).
    if !looks_like_link(&f) {
        return;
    }
    with_reader(move |reader| {
        let Some(reader) = reader else {
            return part_failed(state);
        };
        match (reader.link)(&f) {
            Ok(plan) => show(state, plan, Viewing::Link),
            Err(e) => state.notify(link_error(state.lang.get_untracked(), &e), true, None),
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
    let keep = move |_| ask_save_as_mine(state);
    let back = move |_| back_to_mine(state);
    // Over saved data that cannot be written (a newer version's, unread, not copied), a
    // plan from outside can be looked at, not made the user's.
    let can_keep = state.viewing_before.get_value().is_none();
    let text = move || match state.viewing.get() {
        Some(Viewing::Link) => state.t(Key::ViewingLink),
        Some(Viewing::File) => state.t(Key::ViewingFile),
        Some(Viewing::Newer | Viewing::Unread | Viewing::Unkept) | None => "",
    };
    view! {
        <div class="shared-banner" role="region" aria-label=state.msg(Key::SharedPlanLabel)>
            <p>{text}</p>
            <div class="notice-actions">
                <Show when=move || can_keep>
                    <button type="button" class="btn btn-primary" id="save-as-mine" on:click=keep>{state.msg(Key::SaveAsMine)}</button>
                </Show>
                <button type="button" class="btn btn-secondary" id="back-to-mine" on:click=back>{state.msg(Key::BackToMine)}</button>
            </div>
        </div>
    }
}
