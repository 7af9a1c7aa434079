//! Display settings in the header: the theme (and, with more than one, the language).

use leptos::prelude::*;

use super::state::use_app;
use crate::app::embed::{theme_of, THEME_KEY};
use crate::i18n::{fetched, t, Key, Lang};
use crate::platform::embed::set_theme;

/// Follow the browser, or fix light or dark. The choice is kept in this browser.
#[component]
pub fn ThemeSelect() -> impl IntoView {
    let state = use_app();
    Effect::new(move |_| set_theme(state.theme.get()));
    let change = move |ev| {
        let value = event_target_value(&ev);
        let theme = theme_of(&value);
        state.theme.set(theme);
        let store = state.store.get_value();
        match theme {
            Some(t) => {
                let _ = store.set(THEME_KEY, t.slug());
            }
            None => store.remove(THEME_KEY),
        }
    };
    let current = move || state.theme.get().map(|t| t.slug()).unwrap_or("");
    let options = [
        ("", Key::ThemeAuto),
        ("light", Key::ThemeLight),
        ("dark", Key::ThemeDark),
    ]
    .into_iter()
    .map(|(v, k)| view! { <option value=v selected=move || current() == v>{move || state.t(k)}</option> })
    .collect_view();
    view! {
        <div class="setting">
            <label for="theme">{state.msg(Key::ThemeLabel)}</label>
            <select id="theme" on:change=change>{options}</select>
        </div>
    }
}

/// The app's languages, each named in itself. Switching keeps every answer.
#[component]
pub fn LanguageSelect() -> impl IntoView {
    let state = use_app();
    let switch = move |lang: Lang| {
        state.lang.set(lang);
        let _ = state
            .store
            .get_value()
            .set(super::state::LANG_KEY, lang.tag());
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
            let shown = state.lang.get_untracked().tag();
            if let Some(menu) = menu {
                let _ = js_sys::Reflect::set(&menu, &"value".into(), &shown.into());
            }
            state.notify(super::state::catalogue_failed(lang), true, None);
        });
    };
    let options = Lang::ALL
        .into_iter()
        .map(|l| {
            view! {
                <option value=l.tag() lang=l.tag() selected=move || state.lang.get() == l>
                    {t(l, Key::LanguageName)}
                </option>
            }
        })
        .collect_view();
    view! {
        <div class="setting">
            <label for="language">{state.msg(Key::LanguageLabel)}</label>
            <select id="language" on:change=change>{options}</select>
        </div>
    }
}
