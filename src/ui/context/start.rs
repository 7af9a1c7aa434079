//! Building the state when the page opens: the saved plan and scenarios, the step in the
//! URL, the language and theme, and the notices about anything that could not be used.

use crate::app::embed::{theme_of, EmbedParams, THEME_KEY};
use crate::app::persist::{LoadProblem, PLAN_KEY};
use crate::app::route::step_from_query;
use crate::app::scenarios::{Scenarios, SCENARIOS_KEY};
use crate::app::session::{Event, Viewing};
use leptos::prelude::*;

use crate::i18n::{fetched, load_problem, t, tf, Key, Lang};
use crate::platform::browser::{fragment, preferred_languages, search};
use crate::platform::plan_store::{self, Opened, ScenariosOpened};
use crate::platform::reader::reader;
use crate::platform::storage::Store;

use super::{App, Doc, NoticeAction, Replace, Saving, Shell};

/// Opens storage, restores the saved plan and scenarios, and reads the URL.
pub(super) fn open() -> App {
    let store = Store::open();
    // Loaded before the mount when anything needs reading (see `needs_reader`).
    let reader = reader();
    let embed = EmbedParams::parse_with(&search(), &Lang::TAGS, |link| {
        reader.and_then(|r| (r.preset)(link).ok())
    });
    let (plan, opened) = plan_store::open_with(&store, embed.starting_plan(), reader);
    let scenarios = plan_store::open_scenarios(&store, reader);
    let list = match &scenarios {
        ScenariosOpened::Fine(list) => list.clone(),
        _ => Scenarios::default(),
    };
    // A language whose messages could not be fetched starts in English (see ui::start).
    let wanted = initial_lang(&store, &embed);
    let lang = if fetched::ready(wanted) {
        wanted
    } else {
        Lang::En
    };
    let theme = store
        .get(THEME_KEY)
        .and_then(|t| theme_of(&t))
        .or(embed.theme);
    let app = App {
        shell: Shell::new(step_from_query(&search()), lang, theme, embed),
        doc: Doc::new(plan, list),
        saving: Saving::new(store.clone()),
    };
    if matches!(scenarios, ScenariosOpened::Unreadable { copied: false, .. }) {
        app.saving.apply(Event::ListHeld);
    }
    tell_about_storage(app, &store, lang != wanted, wanted);
    if reader.is_none() && search().contains("preset=") {
        app.shell.say(Key::PartLoadFailed, true);
    }
    if opened == Opened::NotRead || scenarios == ScenariosOpened::NotRead {
        app.saving.apply(Event::Guarded(Viewing::Unread));
        let text = t(lang, Key::SavedNotRead).to_string();
        app.shell.notify(text, true, Some(NoticeAction::Reload));
        return app;
    }
    if let ScenariosOpened::Unreadable {
        problem,
        kept,
        copied,
    } = scenarios
    {
        notify_unreadable(app, &problem, kept, copied, Replace::Scenarios);
    }
    match opened {
        Opened::Fine { revision } => app.saving.apply(Event::Restored { revision }),
        Opened::NotRead => {}
        Opened::Unreadable {
            problem,
            kept,
            copied,
        } => {
            if !copied {
                app.saving.apply(Event::Guarded(Viewing::Unkept));
            }
            notify_unreadable(app, &problem, kept, copied, Replace::Plan)
        }
        Opened::Newer { version, kept } => {
            app.saving.apply(Event::Guarded(Viewing::Newer));
            let text = tf(
                lang,
                Key::StorageNewer,
                &[("version", &version.to_string())],
            );
            app.shell
                .notify(text, true, Some(NoticeAction::DownloadKept(kept)));
        }
    }
    app
}

/// The notices about the language and storage as a whole.
fn tell_about_storage(app: App, store: &Store, lang_failed: bool, wanted: Lang) {
    if lang_failed {
        app.shell.notify(catalogue_failed(wanted), true, None);
    }
    let lang = app.shell.lang.get_untracked();
    if !store.is_persistent() {
        let text = t(lang, Key::StorageMemory).to_string();
        app.shell.notify(text, true, Some(NoticeAction::ExportPlan));
    }
    if store.started_full() {
        let text = t(lang, Key::StorageFullStart).to_string();
        app.shell.notify(text, true, Some(NoticeAction::ExportPlan));
    }
}

/// Says that saved data could not be used: kept aside (`copied`), or left as it is
/// until the user downloads it or replaces it.
fn notify_unreadable(app: App, problem: &LoadProblem, kept: String, copied: bool, what: Replace) {
    let lang = app.shell.lang.get_untracked();
    let reason = load_problem(lang, problem);
    let key = match (what, copied) {
        (Replace::Plan, true) => Key::StorageUnreadable,
        (Replace::Plan, false) => Key::StorageUnkept,
        (Replace::Scenarios, true) => Key::ScenariosUnreadable,
        (Replace::Scenarios, false) => Key::ScenariosUnkept,
    };
    let text = tf(lang, key, &[("reason", &reason)]);
    let action = if copied {
        NoticeAction::DownloadKept(kept)
    } else {
        NoticeAction::DownloadOrReplace(kept, what)
    };
    app.shell.notify(text, true, Some(action));
}

/// Where the user's language choice is kept.
pub const LANG_KEY: &str = "offshoring-planner.lang";

/// Said (in English, the language shown instead) when a language's messages did not arrive.
pub fn catalogue_failed(wanted: Lang) -> String {
    tf(
        Lang::En,
        Key::CatalogueFailed,
        &[("language", t(wanted, Key::LanguageName))],
    )
}

/// The language the app starts in (read before the first mount, to fetch its messages).
pub fn wanted_lang(store: &Store) -> Lang {
    let embed = EmbedParams::parse_with(&search(), &Lang::TAGS, |_| None);
    initial_lang(store, &embed)
}

/// Whether the first page has anything to read, so the JSON reader is fetched before the
/// mount: something saved, a shared plan in the fragment, an embedder's preset. (A
/// language's file has its own reader.)
pub fn needs_reader(store: &Store) -> bool {
    store.get(PLAN_KEY).is_some()
        || store.get(SCENARIOS_KEY).is_some()
        || crate::app::share::looks_like_link(&fragment())
        || search().contains("preset=")
}

/// The user's own choice, else the embedder's, else the browser's languages, else English.
fn initial_lang(store: &Store, embed: &EmbedParams) -> Lang {
    store
        .get(LANG_KEY)
        .and_then(|l| Lang::from_tag(&l))
        .or_else(|| embed.lang.and_then(Lang::from_tag))
        .or_else(|| {
            let preferred = preferred_languages();
            Lang::negotiate(preferred.iter().map(String::as_str))
        })
        .unwrap_or_default()
}
