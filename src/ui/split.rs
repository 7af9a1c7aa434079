//! Parts of the app in WebAssembly files of their own, fetched the first time they are
//! shown: the steps after the first, and the embed panel's body.
//!
//! With the `split` feature (the site's build), [`split_view!`] makes a function a split
//! point: `tools/postbuild/split.mjs` moves the code only it reaches into a file of its own.
//! Without the feature (the tests) it is the same function, already loaded. [`loaded`]
//! shows one: nothing until its file has arrived (at once when it already has), and a
//! failed fetch said in its place with "Try again".

use std::future::Future;

use leptos::prelude::*;

use super::context::use_shell;
use crate::i18n::Key;

/// `split_view!(name, preload, file_name, view)`: an async `name()` that builds `view`,
/// from a file of its own in the site's build, and an async `preload()` that only fetches
/// and instantiates that file. `file_name` names the file and must be unique.
// rustfmt re-indents an attribute's arguments inside a macro on every run: kept by hand.
#[rustfmt::skip]
macro_rules! split_view {
    ($name:ident, $preload:ident, $module:ident, $body:expr) => {
        #[cfg(feature = "split")]
        #[::leptos::wasm_split::wasm_split(
            $module,
            wasm_split_path = ::leptos::wasm_split,
            fallible,
            preload($preload)
        )]
        fn $name() -> Result<AnyView, ::leptos::wasm_split::SplitLoaderError> {
            Ok($body.into_any())
        }
        #[cfg(not(feature = "split"))]
        async fn $name() -> Result<AnyView, std::convert::Infallible> {
            Ok($body.into_any())
        }
        #[cfg(not(feature = "split"))]
        #[allow(dead_code)]
        async fn $preload() -> Result<(), std::convert::Infallible> {
            Ok(())
        }
    };
}
pub(crate) use split_view;

/// What `load` (a split view, say) builds, once its file is in; "Try again" after a
/// failed fetch runs it again.
pub fn loaded<F, Fut, E>(load: F) -> AnyView
where
    F: Fn() -> Fut + Clone + Send + Sync + 'static,
    Fut: Future<Output = Result<AnyView, E>> + Send + 'static,
{
    let retry = RwSignal::new(0u32);
    (move || {
        retry.track();
        let load = load.clone();
        Suspend::new(async move {
            match load().await {
                Ok(view) => view,
                Err(_) => view! { <LoadFailed retry/> }.into_any(),
            }
        })
    })
    .into_any()
}

/// A split view shown while `when` holds: fetched the first time it does.
pub fn shown_when<F, Fut, E>(when: impl Fn() -> bool + Send + Sync + 'static, load: F) -> AnyView
where
    F: Fn() -> Fut + Clone + Send + Sync + 'static,
    Fut: Future<Output = Result<AnyView, E>> + Send + 'static,
{
    view! { <Show when=when>{loaded(load.clone())}</Show> }.into_any()
}

/// Whether the user has done anything on the page yet (scrolled, pointed, pressed a key,
/// focused a field): from then on every part [`wanted_soon`] guards is shown at once.
static ACTED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Becomes true once the user does anything on the page, or at once when `target` is
/// within two screens' height of the top of the window when it is mounted (a tall
/// window, an embed sized to its content): a part below the first screen is fetched as
/// the user starts reading or answering, not by a visit that only looks at the top.
pub fn wanted_soon<E>(target: NodeRef<E>) -> ReadSignal<bool>
where
    E: leptos::html::ElementType,
    E::Output: wasm_bindgen::JsCast + Clone + 'static,
{
    use std::sync::atomic::Ordering;
    let wanted = RwSignal::new(ACTED.load(Ordering::Relaxed));
    let act = move |_| {
        ACTED.store(true, Ordering::Relaxed);
        if !wanted.get_untracked() {
            wanted.set(true);
        }
    };
    let handles: Vec<_> = [
        "scroll",
        "pointerdown",
        "keydown",
        "focusin",
        "wheel",
        "touchstart",
    ]
    .into_iter()
    .map(|name| window_event_listener_untyped(name, act))
    .collect();
    on_cleanup(move || handles.into_iter().for_each(|h| h.remove()));
    Effect::new(move |_| {
        use wasm_bindgen::JsCast;
        let Some(el) = target.get() else { return };
        let el: &web_sys::Element = el.unchecked_ref();
        let screen = web_sys::window()
            .and_then(|w| w.inner_height().ok())
            .and_then(|h| h.as_f64())
            .unwrap_or(0.0);
        if el.get_bounding_client_rect().top() < 2.0 * screen {
            wanted.set(true);
        }
    });
    wanted.read_only()
}

/// Said in place of a part whose file could not be fetched (offline before the service
/// worker had the files, say). Nothing the user typed is lost: the plan lives in the
/// app's state, not in the part.
#[component]
fn LoadFailed(retry: RwSignal<u32>) -> impl IntoView {
    let shell = use_shell();
    view! {
        <div class="notice notice-urgent" role="alert" data-testid="part-load-failed">
            <p class="notice-text">{shell.msg(Key::PartLoadFailed)}</p>
            <div class="notice-actions">
                <button type="button" class="btn" on:click=move |_| retry.update(|n| *n += 1)>
                    {shell.msg(Key::TryAgain)}
                </button>
            </div>
        </div>
    }
}
