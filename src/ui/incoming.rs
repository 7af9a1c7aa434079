//! Plans that arrive from outside: a share link in the URL fragment, or an imported
//! file. They open read-only beside the user's own plan, which is only replaced by an
//! explicit "Save as my plan".

use leptos::prelude::*;

use super::context::{App, Doc, Event, Pending, Shell, Viewing};
use crate::app::scenarios::Version;
use crate::app::share::{encode_link, looks_like_link, OpenError};
use crate::domain::Plan;
use crate::i18n::{scenario_name, t, tf, Key, Lang};
use crate::platform::browser::{clear_fragment, fragment, page_url_without_fragment};
use crate::platform::reader::{with_reader, Reader};

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
pub fn show(app: App, plan: Plan, source: Viewing) {
    let App { doc, saving, .. } = app;
    if saving.ask(|s| s.sets_own_aside()) {
        saving.own_plan.set_value(Some(doc.plan.get_untracked()));
    }
    saving.apply(Event::Incoming(source));
    doc.replace_plan(plan);
}

/// Goes back from a plan from outside to what the tab showed before it.
pub fn back_to_mine(app: App) {
    let own = app.saving.own_plan.get_value().unwrap_or_default();
    app.saving.apply(Event::BackToMine);
    app.saving.own_plan.set_value(None);
    app.doc.replace_plan(own);
    clear_fragment();
}

/// "Save as my plan": asks first when the user has a plan of their own to lose.
pub fn ask_save_as_mine(app: App) {
    let own_blank = app
        .saving
        .own_plan
        .with_value(|p| p.as_ref().is_none_or(Plan::is_blank));
    if own_blank {
        save_as_mine(app);
    } else {
        app.shell.pending.set(Some(Pending::SaveAsMine));
    }
}

/// The name the user's own plan is kept under when a plan from outside replaces it.
pub fn own_plan_name(shell: Shell, doc: Doc) -> String {
    let lang = shell.lang.get_untracked();
    doc.scenarios
        .with_untracked(|s| scenario_name(lang, &s.active_name))
}

/// Makes the plan shown from a link or file the user's own. Their own plan, unless
/// blank, is kept as a saved scenario under its name, and Undo switches back to it;
/// with the list full nothing changes and the user is told.
pub fn save_as_mine(app: App) {
    let App { shell, doc, saving } = app;
    let lang = shell.lang.get_untracked();
    let own = saving.own_plan.get_value().unwrap_or_default();
    let kept_name = own_plan_name(shell, doc);
    let text = if own.is_blank() {
        t(lang, Key::SavedAsMine).to_string()
    } else {
        let mut list = doc.scenarios.get_untracked();
        let left = list.active_id;
        let new_name = t(lang, Key::SharedPlanLabel);
        if list.duplicate(&own, new_name, &kept_name).is_err() {
            let max = crate::app::scenarios::MAX_SCENARIOS.to_string();
            let text = tf(lang, Key::SaveAsMineFull, &[("max", &max)]);
            return shell.notify(text, true, None);
        }
        let version = Version {
            plan: own,
            scenario: left,
        };
        doc.edit_history(|h| {
            h.record_whole(version);
            true
        });
        doc.scenarios.set(list);
        tf(lang, Key::SavedAsMineKept, &[("name", &kept_name)])
    };
    saving.apply(Event::MadeMine);
    saving.own_plan.set_value(None);
    clear_fragment();
    shell.notify(text, false, None);
}

/// Opens the plan carried by the page's fragment, if there is one.
pub fn open_link_from_url(app: App) {
    let f = fragment();
    // Only a fragment meant as a plan link is read (and said if it cannot be opened).
    if looks_like_link(&f) {
        open_from(app, Viewing::Link, move |r| (r.link)(&f), link_error);
    }
}

/// Reads an imported file's bytes.
pub fn open_file(app: App, bytes: Vec<u8>) {
    open_from(app, Viewing::File, move |r| (r.file)(&bytes), open_error);
}

/// Shows the plan `read` finds, or says why there is none in the words `why` gives.
fn open_from(
    app: App,
    source: Viewing,
    read: impl FnOnce(Reader) -> Result<Plan, OpenError> + 'static,
    why: fn(Lang, &OpenError) -> String,
) {
    with_reader_or_say(app.shell, move |reader| match read(reader) {
        Ok(plan) => show(app, plan, source),
        Err(e) => {
            let text = why(app.shell.lang.get_untracked(), &e);
            app.shell.notify(text, true, None);
        }
    });
}

/// Runs `f` with the JSON reader, fetched first if need be; if it cannot be fetched, says
/// so and does nothing else.
pub fn with_reader_or_say(shell: Shell, f: impl FnOnce(Reader) + 'static) {
    with_reader(move |reader| match reader {
        Some(r) => f(r),
        None => part_failed(shell),
    });
}

/// Said when the JSON reader, needed for what the user asked, could not be fetched.
pub fn part_failed(shell: Shell) {
    shell.say(Key::PartLoadFailed, true);
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
