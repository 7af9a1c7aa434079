//! The rarely shown panels' bodies: a plan from a link or a file, another tab's newer
//! save, a confirmation. A file of their own in the site's build ("panels"), fetched the
//! first time one opens; their messages travel with it.

use leptos::prelude::*;

use super::context::{use_app, App, Pending, Viewing};
use super::incoming::{ask_save_as_mine, back_to_mine, own_plan_name, save_as_mine};
use super::notices::{load_example, start_over};
use super::panel::{Answer, Look, Style, TwoAnswerPanel};
use super::sync::{keep_mine, take_theirs};
use crate::i18n::{tf, Key};
use crate::platform::browser::focus_id;

/// A panel's body, with the later messages it names made available first.
pub fn later<V: IntoView>(body: fn() -> V) -> V {
    crate::i18n::use_later_english();
    body()
}

#[component]
pub fn BannerBody() -> impl IntoView {
    let app = use_app();
    let App { shell, saving, .. } = app;
    let text = Signal::derive(move || {
        match saving.viewing() {
            Some(Viewing::Link) => shell.t(Key::ViewingLink),
            Some(Viewing::File) => shell.t(Key::ViewingFile),
            Some(Viewing::Newer | Viewing::Unread | Viewing::Unkept) | None => "",
        }
        .to_string()
    });
    let keep = Answer::new(
        "save-as-mine",
        Style::Primary,
        shell.msg(Key::SaveAsMine),
        move || ask_save_as_mine(app),
    );
    let back = Answer::new(
        "back-to-mine",
        Style::Secondary,
        shell.msg(Key::BackToMine),
        move || back_to_mine(app),
    );
    // Over saved data that cannot be written (a newer version's, unread, not copied), a
    // plan from outside can be looked at, not made the user's.
    let can_keep = saving.ask(|s| s.may_make_mine());
    view! {
        <TwoAnswerPanel look=Look::BANNER text name=Signal::derive(shell.msg(Key::SharedPlanLabel))
            first=keep first_offered=can_keep second=back/>
    }
}

#[component]
pub fn ConflictBody() -> impl IntoView {
    let app = use_app();
    let shell = app.shell;
    let theirs = Answer::new(
        "conflict-theirs",
        Style::Primary,
        shell.msg(Key::ConflictTakeTheirs),
        move || take_theirs(app),
    );
    let text = Signal::derive(move || shell.t(Key::ConflictText).to_string());
    let mine = Answer::new(
        "conflict-mine",
        Style::Secondary,
        shell.msg(Key::ConflictKeepMine),
        move || keep_mine(app),
    );
    view! { <TwoAnswerPanel look=Look::CONFLICT text first=theirs second=mine/> }
}

#[component]
pub fn ConfirmBody() -> impl IntoView {
    let app = use_app();
    let shell = app.shell;
    // Focus the safe choice as soon as a confirmation opens.
    Effect::new(move |_| {
        if shell.pending.get().is_some() {
            focus_id("confirm-cancel");
        }
    });
    let question = move || match shell.pending.get() {
        Some(Pending::StartOver) => shell.t(Key::ConfirmStartOver).to_string(),
        Some(Pending::LoadExample) => shell.t(Key::ConfirmLoadExample).to_string(),
        Some(Pending::SaveAsMine) => tf(
            shell.lang.get(),
            Key::ConfirmSaveAsMine,
            &[("name", &own_plan_name(shell, app.doc))],
        ),
        None => String::new(),
    };
    let yes_label = move || match shell.pending.get() {
        Some(Pending::StartOver) => shell.t(Key::ConfirmStartOverYes),
        Some(Pending::SaveAsMine) => shell.t(Key::ConfirmSaveAsMineYes),
        _ => shell.t(Key::ConfirmLoadExampleYes),
    };
    let confirm = move || {
        match shell.pending.get_untracked() {
            Some(Pending::StartOver) => start_over(app),
            Some(Pending::LoadExample) => load_example(app),
            Some(Pending::SaveAsMine) => save_as_mine(app),
            None => {}
        }
        shell.pending.set(None);
    };
    let yes = Answer::new("confirm-yes", Style::Danger, yes_label, confirm);
    let cancel = Answer::new(
        "confirm-cancel",
        Style::Secondary,
        shell.msg(Key::Cancel),
        move || shell.pending.set(None),
    );
    view! { <TwoAnswerPanel look=Look::CONFIRM text=Signal::derive(question) first=yes second=cancel/> }
}
