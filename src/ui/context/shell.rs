//! The shell's context: the step shown, the language, the theme, notices, the pending
//! confirmation and what the embedder asked for.

use leptos::prelude::*;

use crate::app::embed::{EmbedParams, Theme};
use crate::app::route::query_with_step;
use crate::app::Step;
use crate::domain::Plan;
use crate::i18n::{t, Key, Lang};
use crate::platform::browser::{push_query, search};

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

/// A destructive action waiting for the user's confirmation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pending {
    StartOver,
    LoadExample,
    /// Make the plan shown from a link or file the user's own (their plan is kept).
    SaveAsMine,
    /// A new currency for the plan: convert its amounts, or only relabel them.
    Currency(crate::domain::business::Currency),
}

/// The shell's handle (see the module's comment): `use_shell()` in a component.
#[derive(Clone, Copy)]
pub struct Shell {
    pub step: RwSignal<Step>,
    pub lang: RwSignal<Lang>,
    pub notices: RwSignal<Vec<Notice>>,
    pub pending: RwSignal<Option<Pending>>,
    /// The theme in force: the user's choice, else the embedder's, else the browser's.
    pub theme: RwSignal<Option<Theme>>,
    /// What the embedder asked for (validated URL parameters).
    pub embed: StoredValue<EmbedParams>,
    next_notice: StoredValue<u32>,
}

impl Shell {
    pub fn new(step: Step, lang: Lang, theme: Option<Theme>, embed: EmbedParams) -> Self {
        Shell {
            step: RwSignal::new(step),
            lang: RwSignal::new(lang),
            notices: RwSignal::new(Vec::new()),
            pending: RwSignal::new(None),
            theme: RwSignal::new(theme),
            embed: StoredValue::new(embed),
            next_notice: StoredValue::new(0),
        }
    }

    /// A message in the current language (tracked: views re-render on language change).
    pub fn t(&self, key: Key) -> &'static str {
        t(self.lang.get(), key)
    }

    /// A view's text or attribute that follows the language: `{shell.msg(Key::Next)}`.
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

    /// Shows a message, without a button, in the current language.
    pub fn say(&self, key: Key, urgent: bool) {
        let text = t(self.lang.get_untracked(), key).to_string();
        self.notify(text, urgent, None);
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

    /// Whether the planner runs inside another site's page.
    pub fn embedded(&self) -> bool {
        self.embed.with_value(|e| e.embed)
    }
}

pub fn use_shell() -> Shell {
    expect_context::<Shell>()
}
