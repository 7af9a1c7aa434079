//! Display settings in the header: the theme (and, with more than one, the language).

use leptos::prelude::*;

use super::context::{use_app, use_saving, use_shell, App};
use crate::app::embed::{theme_of, THEME_KEY};
use crate::i18n::{fetched, t, Key, Lang};
use crate::platform::embed::set_theme;

/// Follow the browser, or fix light or dark. The choice is kept in this browser.
#[component]
pub fn ThemeSelect() -> impl IntoView {
    let shell = use_shell();
    let saving = use_saving();
    Effect::new(move |_| set_theme(shell.theme.get()));
    let change = move |ev| {
        let value = event_target_value(&ev);
        let theme = theme_of(&value);
        shell.theme.set(theme);
        let store = saving.store.get_value();
        match theme {
            Some(t) => {
                let _ = store.set(THEME_KEY, t.slug());
            }
            None => store.remove(THEME_KEY),
        }
    };
    let current = move || shell.theme.get().map(|t| t.slug()).unwrap_or("");
    let options = [
        ("", Key::ThemeAuto),
        ("light", Key::ThemeLight),
        ("dark", Key::ThemeDark),
    ]
    .into_iter()
    .map(|(v, k)| view! { <option value=v selected=move || current() == v>{move || shell.t(k)}</option> })
    .collect_view();
    view! {
        <div class="setting">
            <label for="theme">{shell.msg(Key::ThemeLabel)}</label>
            <select id="theme" on:change=change>{options}</select>
        </div>
    }
}

/// The app's languages, each named in itself. Switching keeps every answer.
#[component]
pub fn LanguageSelect() -> impl IntoView {
    let App { shell, saving, .. } = use_app();
    let switch = move |lang: Lang| {
        shell.lang.set(lang);
        let _ = saving
            .store
            .get_value()
            .set(super::context::LANG_KEY, lang.tag());
    };
    let change = move |ev: leptos::ev::Event| {
        let Some(lang) = Lang::from_tag(&event_target_value(&ev)) else {
            return;
        };
        if fetched::ready(lang) {
            return switch(lang);
        }
        // A language fetched at run time switches once its messages are in; if they do not
        // arrive, the menu goes back to the language shown and a notice says why.
        let menu = ev.target();
        leptos::task::spawn_local(async move {
            if crate::platform::catalogue::load(lang).await.is_ok() {
                return switch(lang);
            }
            let shown = shell.lang.get_untracked().tag();
            if let Some(menu) = menu {
                let _ = js_sys::Reflect::set(&menu, &"value".into(), &shown.into());
            }
            shell.notify(super::context::catalogue_failed(lang), true, None);
        });
    };
    let options = Lang::ALL
        .into_iter()
        .map(|l| {
            view! {
                <option value=l.tag() lang=l.tag() selected=move || shell.lang.get() == l>
                    {t(l, Key::LanguageName)}
                </option>
            }
        })
        .collect_view();
    view! {
        <div class="setting">
            <label for="language">{shell.msg(Key::LanguageLabel)}</label>
            <select id="language" on:change=change>{options}</select>
        </div>
    }
}
