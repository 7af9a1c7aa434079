//! The app state every component reads: the plan, the current step, notices.

use crate::domain::cost::uncertainty::RunResult;
use leptos::prelude::*;

use crate::app::embed::{theme_of, EmbedParams, Theme, THEME_KEY};
use crate::app::history::History;
use crate::app::persist::LoadProblem;
use crate::app::persist::PLAN_KEY;
use crate::app::route::{query_with_step, step_from_query};
use crate::app::scenarios::SCENARIOS_KEY;
use crate::app::scenarios::{Scenarios, Version};
use crate::app::Step;
use crate::domain::Plan;
use crate::i18n::{fetched, load_problem, t, tf, Key, Lang};
use crate::platform::browser::{fragment, preferred_languages, push_query, search};
use crate::platform::intl::browser_time_zone;
use crate::platform::plan_store::{self, Opened, ScenariosOpened};
use crate::platform::reader::reader;
use crate::platform::storage::Store;

/// Something the user should know about, shown above the step.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub id: u32,
    pub text: String,
    /// Important problems are announced assertively; confirmations politely.
    pub urgent: bool,
    pub action: Option<NoticeAction>,
}

/// The button a notice offers.
#[derive(Clone, Debug, PartialEq)]
pub enum NoticeAction {
    /// Download a kept copy of saved data this build could not use.
    DownloadKept(String),
    /// Download the plan in this tab as JSON (when it cannot be saved).
    ExportPlan,
    /// Switch to the new version of the app that has been downloaded.
    ReloadToUpdate,
    /// Load the page again.
    Reload,
    /// Saved data that could not be read nor copied aside: download it, or replace it
    /// (the user's decision; until then nothing is written over it).
    DownloadOrReplace(String, Replace),
}

/// Which saved value a [`NoticeAction::DownloadOrReplace`] replaces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Replace {
    Plan,
    Scenarios,
}

/// Whether the list of scenarios in this tab is the one stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListSave {
    /// Stored as shown (or nothing to store yet).
    Saved,
    /// The latest change to the list was refused by the browser: it lives in this tab.
    NotSaved,
    /// Storage holds a list this build could not read nor copy aside (or a newer
    /// version's): the list is not changed or written until the user decides.
    Held,
}

/// The state of the latest save, for the indicator in the header.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveStatus {
    /// Everything is saved in this browser.
    Saved,
    /// The latest change could not be saved (quota, refusal, conflict).
    NotSaved,
    /// Storage is blocked: the plan lives only in this tab.
    MemoryOnly,
    /// A plan shown read-only: nothing is saved.
    ReadOnly,
}

/// A destructive action waiting for the user's confirmation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pending {
    StartOver,
    LoadExample,
    /// Make the plan shown from a link or file the user's own (their plan is kept).
    SaveAsMine,
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub plan: RwSignal<Plan>,
    pub step: RwSignal<Step>,
    pub lang: RwSignal<Lang>,
    /// Bumped whenever the plan is replaced as a whole, so fields reload their text.
    pub epoch: RwSignal<u32>,
    pub notices: RwSignal<Vec<Notice>>,
    pub pending: RwSignal<Option<Pending>>,
    pub store: StoredValue<Store>,
    /// A plan opened from a link or a file, shown read-only; the user's own plan waits in
    /// `own_plan` and is never overwritten without "Save as my plan".
    pub viewing: RwSignal<Option<Viewing>>,
    pub own_plan: StoredValue<Option<Plan>>,
    /// What the tab was showing before the plan from outside, when not the user's own
    /// saved plan (`Viewing::Newer`, `Unread`, `Unkept`): "Back to my plan" returns to it.
    pub viewing_before: StoredValue<Option<Viewing>>,
    pub scenarios: RwSignal<Scenarios>,
    /// Whether `scenarios` is what storage holds.
    pub list_save: RwSignal<ListSave>,
    /// The revision of the saved plan this tab last read or wrote.
    pub revision: StoredValue<u64>,
    /// Another tab saved this revision after ours: nothing is saved until the user chooses.
    pub conflict: RwSignal<Option<u64>>,
    /// The scenario this tab's plan belongs to, once another tab switched the list to
    /// another one; until this tab's plan is saved or replaced (see `sync`).
    pub switched_from: StoredValue<Option<u32>>,
    /// Earlier and undone versions of the plan, for Undo and Redo.
    pub history: StoredValue<History<Version>>,
    /// Bumped when `history` changes, so the buttons update.
    pub history_tick: RwSignal<u32>,
    /// What happened to the latest change: shown as "Saved" and so on.
    pub save_status: RwSignal<SaveStatus>,
    /// The theme in force: the user's choice, else the embedder's, else the browser's.
    pub theme: RwSignal<Option<Theme>>,
    /// What the embedder asked for (validated URL parameters).
    pub embed: StoredValue<EmbedParams>,
    /// The latest uncertainty run: kept while the business step is rebuilt (undo, an
    /// example loaded), so its results keep their place until the new run is in.
    pub uncertainty: RwSignal<Option<RunResult>>,
    next_notice: StoredValue<u32>,
}

/// Where a plan shown read-only came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Viewing {
    Link,
    File,
    /// The saved plan was written by a newer build: shown, never saved over.
    Newer,
    /// Something is saved but could not be read (the JSON reader did not load): a blank
    /// plan is shown and nothing is saved over what is stored.
    Unread,
    /// The saved plan is unreadable and there was no room to copy it aside: a blank plan
    /// is shown read-only, and nothing is saved over it until the user chooses to.
    Unkept,
}

impl AppState {
    /// Opens storage, restores the saved plan and reads the step from the URL.
    pub fn new() -> Self {
        let store = Store::open();
        // Loaded before the mount when anything needs reading (see `needs_reader`).
        let reader = reader();
        let embed = EmbedParams::parse_with(&search(), &Lang::TAGS, |link| {
            reader.and_then(|r| (r.preset)(link).ok())
        });
        let (mut plan, opened) = plan_store::open_with(&store, embed.starting_plan(), reader);
        let scenarios = plan_store::open_scenarios(&store, reader);
        let (list, list_save) = match &scenarios {
            ScenariosOpened::Fine(list) => (list.clone(), ListSave::Saved),
            ScenariosOpened::Unreadable { copied: false, .. } => {
                (Scenarios::default(), ListSave::Held)
            }
            _ => (Scenarios::default(), ListSave::Saved),
        };
        fill_browser_zone(&mut plan);
        // A language whose messages could not be fetched starts in English (see ui::start).
        let wanted = initial_lang(&store, &embed);
        let lang = if fetched::ready(wanted) {
            wanted
        } else {
            Lang::En
        };
        let state = AppState {
            plan: RwSignal::new(plan),
            step: RwSignal::new(step_from_query(&search())),
            lang: RwSignal::new(lang),
            epoch: RwSignal::new(0),
            notices: RwSignal::new(Vec::new()),
            pending: RwSignal::new(None),
            store: StoredValue::new(store.clone()),
            viewing: RwSignal::new(None),
            own_plan: StoredValue::new(None),
            viewing_before: StoredValue::new(None),
            scenarios: RwSignal::new(list),
            list_save: RwSignal::new(list_save),
            revision: StoredValue::new(0),
            conflict: RwSignal::new(None),
            switched_from: StoredValue::new(None),
            history: StoredValue::new(History::default()),
            history_tick: RwSignal::new(0),
            save_status: RwSignal::new(if store.is_persistent() {
                SaveStatus::Saved
            } else {
                SaveStatus::MemoryOnly
            }),
            theme: RwSignal::new(
                store
                    .get(THEME_KEY)
                    .and_then(|t| theme_of(&t))
                    .or(embed.theme),
            ),
            embed: StoredValue::new(embed),
            uncertainty: RwSignal::new(None),
            next_notice: StoredValue::new(0),
        };
        if lang != wanted {
            state.notify(catalogue_failed(wanted), true, None);
        }
        if !store.is_persistent() {
            let text = state.t(Key::StorageMemory).to_string();
            state.notify(text, true, Some(NoticeAction::ExportPlan));
        }
        if store.started_full() {
            let text = state.t(Key::StorageFullStart).to_string();
            state.notify(text, true, Some(NoticeAction::ExportPlan));
        }
        if reader.is_none() && search().contains("preset=") {
            let text = state.t(Key::PartLoadFailed).to_string();
            state.notify(text, true, None);
        }
        if opened == Opened::NotRead || scenarios == ScenariosOpened::NotRead {
            state.viewing.set(Some(Viewing::Unread));
            let text = state.t(Key::SavedNotRead).to_string();
            state.notify(text, true, Some(NoticeAction::Reload));
            return state;
        }
        if let ScenariosOpened::Unreadable {
            problem,
            kept,
            copied,
        } = scenarios
        {
            state.notify_unreadable(&problem, kept, copied, Replace::Scenarios);
        }
        match opened {
            Opened::Fine { revision } => state.revision.set_value(revision),
            Opened::NotRead => {}
            Opened::Unreadable {
                problem,
                kept,
                copied,
            } => {
                if !copied {
                    state.viewing.set(Some(Viewing::Unkept));
                }
                state.notify_unreadable(&problem, kept, copied, Replace::Plan)
            }
            Opened::Newer { version, kept } => {
                state.viewing.set(Some(Viewing::Newer));
                let lang = state.lang.get_untracked();
                let text = tf(
                    lang,
                    Key::StorageNewer,
                    &[("version", &version.to_string())],
                );
                state.notify(text, true, Some(NoticeAction::DownloadKept(kept)));
            }
        }
        state
    }

    /// A message in the current language (tracked: views re-render on language change).
    pub fn t(&self, key: Key) -> &'static str {
        t(self.lang.get(), key)
    }

    /// A view's text or attribute that follows the language: `{state.msg(Key::Next)}`.
    /// Every call returns the same closure type, so all the views that show a message
    /// share one copy of the code that builds and updates it (a `move ||` closure each
    /// would be a type, and a copy of that code, of its own).
    pub fn msg(self, key: Key) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
        move || self.t(key)
    }

    /// Shows a notice.
    pub fn notify(&self, text: String, urgent: bool, action: Option<NoticeAction>) {
        let id = self.next_notice.get_value();
        self.next_notice.set_value(id.wrapping_add(1));
        self.notices.update(|n| {
            n.retain(|old| old.text != text);
            n.push(Notice {
                id,
                text,
                urgent,
                action,
            });
        });
    }

    /// Says that saved data could not be used: kept aside (`copied`), or left as it is
    /// until the user downloads it or replaces it.
    fn notify_unreadable(&self, problem: &LoadProblem, kept: String, copied: bool, what: Replace) {
        let lang = self.lang.get_untracked();
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
        self.notify(text, true, Some(action));
    }

    pub fn dismiss(&self, id: u32) {
        self.notices.update(|n| n.retain(|x| x.id != id));
    }

    /// Goes to a step and records it in the URL and the browser history.
    pub fn go(&self, step: Step) {
        if self.step.get_untracked() != step {
            self.step.set(step);
            push_query(&query_with_step(&search(), step));
        }
    }

    /// The plan a new user starts from: blank, or the embedder's preset.
    pub fn starting_plan(&self) -> Plan {
        self.embed.with_value(|e| e.starting_plan())
    }

    /// Replaces the whole plan (example, start over) and reloads every field.
    /// The scenario the plan shown is the plan of: the active one, unless another tab
    /// switched the list away from it and this tab has not followed yet.
    pub fn shown_scenario(&self) -> u32 {
        self.switched_from
            .get_value()
            .unwrap_or_else(|| self.scenarios.with_untracked(|s| s.active_id))
    }

    pub fn replace_plan(&self, mut plan: Plan) {
        fill_browser_zone(&mut plan);
        self.plan.set(plan);
        self.epoch.update(|e| *e = e.wrapping_add(1));
    }
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

/// A plan without a headquarters zone gets the browser's own as a starting point.
fn fill_browser_zone(plan: &mut Plan) {
    if plan.location.hq_zone.is_empty() {
        if let Some(zone) = browser_time_zone() {
            plan.location.hq_zone = zone;
        }
    }
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
