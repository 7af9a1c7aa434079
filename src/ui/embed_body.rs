//! What "Embed on your site" holds: the embedder's options and the ready snippet (a file of
//! its own in the site's build, fetched the first time the disclosure opens).

use leptos::prelude::*;

use super::context::{use_doc, use_shell};
use crate::app::embed::colour::Rgb;
use crate::app::embed::{snippet, EmbedParams, Theme};
use crate::domain::business::Currency;
use crate::i18n::{t, Key, Lang};
use crate::platform::browser::{copy_text, page_url_without_fragment};

#[component]
pub fn EmbedBody() -> impl IntoView {
    let shell = use_shell();
    let doc = use_doc();
    let accent = RwSignal::new(String::new());
    let theme = RwSignal::new(String::new());
    let lang = RwSignal::new(String::new());
    let currency = RwSignal::new(String::new());
    let preset = RwSignal::new(false);
    let resize = RwSignal::new(true);
    let copied = RwSignal::new(None::<bool>);

    let accent_bad = move || {
        let a = accent.get();
        !a.trim().is_empty() && Rgb::parse_hex(a.trim()).is_none()
    };
    let code = move || {
        let params = EmbedParams {
            embed: true,
            accent: Rgb::parse_hex(accent.get().trim()),
            theme: match theme.get().as_str() {
                "light" => Some(Theme::Light),
                "dark" => Some(Theme::Dark),
                _ => None,
            },
            lang: Lang::TAGS.into_iter().find(|t| *t == lang.get()),
            currency: Currency::from_code(&currency.get()),
            preset: preset
                .get()
                .then(|| doc.plan.with(crate::app::embed::Preset::of)),
        };
        snippet(
            &page_url_without_fragment(),
            &params,
            shell.t(Key::AppName),
            resize.get(),
        )
    };
    let copy = move |_| copy_text(&code(), move |ok| copied.set(Some(ok)));

    view! {
            <p class="hint">{shell.msg(Key::EmbedIntro)}</p>
            <div class="embed-options">
                <div class="field">
                    <label for="embed-accent">{shell.msg(Key::EmbedAccent)}</label>
                    <input
                        id="embed-accent"
                        type="text"
                        placeholder="#1f5fae"
                        maxlength="7"
                        aria-invalid=move || accent_bad().then_some("true")
                        aria-describedby=move || accent_bad().then_some("embed-accent-error")
                        prop:value=move || accent.get()
                        on:input=move |e| accent.set(event_target_value(&e))
                    />
                    <Show when=accent_bad>
                        <p class="field-error" id="embed-accent-error">{shell.msg(Key::EmbedAccentBad)}</p>
                    </Show>
                </div>
                <Choice id="embed-theme" label=Key::EmbedTheme value=theme
                    options=keyed(&[("", Key::EmbedFollowBrowser), ("light", Key::ThemeLight), ("dark", Key::ThemeDark)])/>
                <Choice id="embed-currency" label=Key::EmbedCurrency value=currency
                    options=keyed(&[("", Key::EmbedUserChooses), ("USD", Key::CurrencyUsd), ("EUR", Key::CurrencyEur), ("GBP", Key::CurrencyGbp)])/>
                <Choice id="embed-lang" label=Key::EmbedLanguage value=lang options=languages()/>
            </div>
            <label class="check">
                <input type="checkbox" id="embed-preset" prop:checked=move || preset.get()
                    on:change=move |e| preset.set(event_target_checked(&e))/>
                <span>{shell.msg(Key::EmbedPreset)}</span>
            </label>
            <label class="check">
                <input type="checkbox" id="embed-resize" prop:checked=move || resize.get()
                    on:change=move |e| resize.set(event_target_checked(&e))/>
                <span>{shell.msg(Key::EmbedResize)}</span>
            </label>
            <label for="embed-code" class="embed-code-label">{shell.msg(Key::EmbedCode)}</label>
            <textarea id="embed-code" readonly rows="5" prop:value=code></textarea>
            <div class="notice-actions">
                <button type="button" class="btn btn-secondary" id="embed-copy" on:click=copy>
                    {shell.msg(Key::EmbedCopy)}
                </button>
                <span role="status" class="hint">
                    {move || copied.get().map(|ok| shell.t(if ok { Key::EmbedCopied } else { Key::EmbedCopyFailed }))}
                </span>
            </div>
            <p class="hint">{shell.msg(Key::EmbedHosting)}</p>
    }
}

/// How an option is named: a message in the page's language, or a language's own name.
#[derive(Clone, Copy)]
enum Name {
    Message(Key),
    Language(Lang),
}

fn keyed(options: &[(&'static str, Key)]) -> Vec<(&'static str, Name)> {
    options
        .iter()
        .map(|(v, k)| (*v, Name::Message(*k)))
        .collect()
}

/// "Follow the visitor's browser", then every language, each named in itself.
fn languages() -> Vec<(&'static str, Name)> {
    let mut list = vec![("", Name::Message(Key::EmbedFollowBrowser))];
    list.extend(Lang::ALL.into_iter().map(|l| (l.tag(), Name::Language(l))));
    list
}

/// A select over fixed options, held in a local signal.
#[component]
fn Choice(
    id: &'static str,
    label: Key,
    value: RwSignal<String>,
    options: Vec<(&'static str, Name)>,
) -> impl IntoView {
    let shell = use_shell();
    let items = options
        .into_iter()
        .map(|(v, name)| {
            let text = move || match name {
                Name::Message(k) => shell.t(k),
                Name::Language(l) => t(l, Key::LanguageName),
            };
            view! { <option value=v selected=move || value.get() == v>{text}</option> }
        })
        .collect_view();
    view! {
        <div class="field">
            <label for=id>{move || shell.t(label)}</label>
            <select id=id on:change=move |e| value.set(event_target_value(&e))>{items}</select>
        </div>
    }
}
