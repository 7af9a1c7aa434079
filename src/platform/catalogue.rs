//! Fetches a language's catalogue file (see `i18n::fetched`): its name comes from
//! index.html's `<meta name="planner-catalogue-<tag>">`, written after each build. Its
//! reader is a small file of its own in the site's build, fetched with it: an English
//! visit needs neither.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::i18n::fetched::{self, CatalogueError};
use crate::i18n::Lang;

/// Reads a catalogue file's text into its messages.
type Parse = fn(&str) -> Result<Vec<String>, CatalogueError>;

#[cfg(feature = "split")]
#[leptos::wasm_split::wasm_split(planner_catalogue, wasm_split_path = ::leptos::wasm_split, fallible)]
fn reader() -> Result<Parse, leptos::wasm_split::SplitLoaderError> {
    Ok(parser())
}

#[cfg(not(feature = "split"))]
async fn reader() -> Result<Parse, std::convert::Infallible> {
    Ok(parser())
}

/// The reader checks each message's placeholders against the English one's, later
/// steps' messages included.
fn parser() -> Parse {
    crate::i18n::use_later_english();
    fetched::parse
}

/// Makes `lang` ready to show: at once when it is compiled in or already fetched, else
/// after its file has arrived and passed every check. `Err` leaves nothing changed.
pub async fn load(lang: Lang) -> Result<(), ()> {
    if fetched::ready(lang) {
        return Ok(());
    }
    let name = file_name(lang).ok_or(())?;
    let text = fetch_text(&name).await.ok_or(())?;
    let parse = reader().await.map_err(|_| ())?;
    let messages = parse(&text).map_err(|_| leptos::logging::warn!("catalogue {name} refused"))?;
    fetched::install(lang, messages);
    Ok(())
}

fn file_name(lang: Lang) -> Option<String> {
    let selector = format!("meta[name=\"planner-catalogue-{}\"]", lang.tag());
    let meta = web_sys::window()?
        .document()?
        .query_selector(&selector)
        .ok()??;
    let name = meta.get_attribute("content")?;
    fetched::valid_file_name(&name, lang).then_some(name)
}

async fn fetch_text(name: &str) -> Option<String> {
    let response = JsFuture::from(web_sys::window()?.fetch_with_str(name))
        .await
        .ok()?
        .dyn_into::<web_sys::Response>()
        .ok()?;
    if !response.ok() {
        return None;
    }
    let text = JsFuture::from(response.text().ok()?).await.ok()?;
    text.as_string()
        .filter(|t| t.len() <= fetched::MAX_CATALOGUE_BYTES)
}
