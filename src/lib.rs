//! The offshoring planner: a calculator that runs entirely in the browser.
//!
//! `domain` and `i18n` are pure Rust and tested natively; `platform` and `ui` exist only
//! in the WebAssembly build.

pub mod app;
pub mod domain;
pub mod export;
pub mod html;
pub mod i18n;
pub mod support;

#[cfg(target_arch = "wasm32")]
pub mod platform;
#[cfg(target_arch = "wasm32")]
pub mod ui;
