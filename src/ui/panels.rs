//! The rarely shown panels: a plan from a link or a file, another tab's newer save, a
//! confirmation. Each shows while its moment lasts; their bodies (`panel_bodies.rs`)
//! share one file in the site's build, fetched the first time one opens.

use leptos::prelude::*;

use super::context::{use_saving, use_shell, Viewing};
use super::split::{shown_when, split_view};

/// Shown over a plan from a link or a file (its body is in the panels' file, see
/// `ConfirmPanel`).
#[component]
pub fn IncomingBanner() -> impl IntoView {
    let saving = use_saving();
    let incoming = move || saving.viewing().is_some_and(Viewing::is_incoming);
    shown_when(incoming, banner_body)
}

split_view!(
    banner_body,
    preload_banner_body,
    planner_panels,
    crate::ui::panel_bodies::later(crate::ui::panel_bodies::BannerBody)
);

/// The choice offered when another tab saved a newer plan (its body is in the panels'
/// file, see `ConfirmPanel`).
#[component]
pub fn ConflictPanel() -> impl IntoView {
    let saving = use_saving();
    shown_when(move || saving.conflict().is_some(), conflict_body)
}

split_view!(
    conflict_body,
    preload_conflict_body,
    planner_panels,
    crate::ui::panel_bodies::later(crate::ui::panel_bodies::ConflictBody)
);

/// The confirmation, when one is pending. Its body is in the panels' file (fetched the
/// first time any of the rarely shown panels opens; see `ui::split`).
#[component]
pub fn ConfirmPanel() -> impl IntoView {
    let shell = use_shell();
    shown_when(move || shell.pending.get().is_some(), confirm_body)
}

split_view!(
    confirm_body,
    preload_confirm_body,
    planner_panels,
    crate::ui::panel_bodies::later(crate::ui::panel_bodies::ConfirmBody)
);
