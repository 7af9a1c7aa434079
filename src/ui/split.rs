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
