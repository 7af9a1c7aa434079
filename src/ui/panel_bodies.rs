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
    // Someone with no plan of their own (nothing but a blank one, no saved scenario)
    // has nothing to go back to; unless the plan shown cannot be made theirs.
    let has_own = saving
        .own_plan
        .with_value(|p| p.as_ref().is_some_and(|p| !p.is_blank()))
        || app.doc.scenarios.with_untracked(|s| !s.saved.is_empty());
    view! {
        <TwoAnswerPanel look=Look::BANNER text name=Signal::derive(shell.msg(Key::SharedPlanLabel))
            first=keep first_offered=can_keep second=back second_offered=has_own || !can_keep/>
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

/// "Convert every amount from USD to EUR at 1 USD = 0.8503 EUR (...), or only relabel?"
fn currency_question(app: App, to: crate::domain::business::Currency) -> String {
    let lang = app.shell.lang.get();
    app.doc.plan.with(|p| {
        let from = p.business.currency;
        let factor = crate::domain::fx::reference_rate(to) / p.business.fx();
        tf(
            lang,
            Key::ConfirmCurrency,
            &[
                ("from", from.code()),
                ("to", to.code()),
                (
                    "rate",
                    &crate::platform::format::number(factor, 4, lang.tag()),
                ),
                ("date", crate::domain::fx::REFERENCE_DATE),
            ],
        )
    })
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
        Some(Pending::Currency(c)) => currency_question(app, c),
        None => String::new(),
    };
    let yes_label = move || match shell.pending.get() {
        Some(Pending::StartOver) => shell.t(Key::ConfirmStartOverYes),
        Some(Pending::SaveAsMine) => shell.t(Key::ConfirmSaveAsMineYes),
        Some(Pending::Currency(_)) => shell.t(Key::CurrencyConvert),
        _ => shell.t(Key::ConfirmLoadExampleYes),
    };
    let confirm = move || {
        match shell.pending.get_untracked() {
            Some(Pending::StartOver) => start_over(app),
            Some(Pending::LoadExample) => load_example(app),
            Some(Pending::SaveAsMine) => save_as_mine(app),
            Some(Pending::Currency(c)) => app.doc.plan.update(|p| p.business.convert_to(c)),
            None => {}
        }
        shell.pending.set(None);
    };
    let yes = Answer::new("confirm-yes", Style::Danger, yes_label, confirm);
    // For a currency, the other answer keeps the amounts and changes only their label.
    let cancel_label = move || match shell.pending.get() {
        Some(Pending::Currency(_)) => shell.t(Key::CurrencyRelabel),
        _ => shell.t(Key::Cancel),
    };
    let cancel = Answer::new(
        "confirm-cancel",
        Style::Secondary,
        cancel_label,
        move || {
            if let Some(Pending::Currency(c)) = shell.pending.get_untracked() {
                app.doc.plan.update(|p| p.business.relabel(c));
            }
            shell.pending.set(None);
        },
    );
    view! { <TwoAnswerPanel look=Look::CONFIRM text=Signal::derive(question) first=yes second=cancel/> }
}
