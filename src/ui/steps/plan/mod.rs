//! Step 5: the plan document (summary, roadmap, governance, risks) and its exports.

mod cover;
mod document;
mod executive;
mod scenarios;
mod sections;
mod share;
mod summary;

use crate::ui::deferred::Deferred;
use leptos::prelude::*;

use crate::domain::overlap::calendar::{civil_from_days, MS_PER_DAY};
use crate::export::data::{csv, ics, json, At};
use crate::export::markdown::markdown;
use crate::i18n::Key;
use crate::platform::browser::{copy_text, download_text, now_iso, print_page};
use crate::platform::zones::rules;
use crate::ui::context::{use_doc, use_saving, use_shell, ListSave};
use crate::ui::steps::location::location_analysis;

/// The terms this step uses, for its glossary.
const TERMS: &[Key] = &[
    Key::GlossScorecard,
    Key::GlossCycleTime,
    Key::GlossDefectLeakage,
    Key::GlossEscalation,
];

#[component]
pub fn PlanStep() -> impl IntoView {
    let shell = use_shell();
    let doc = use_doc();
    let saving = use_saving();
    let plan = doc.plan;
    let analysis = location_analysis(plan);
    // The uncertainty run, once for the summary and the charts.
    let run = Memo::new(move |_| plan.with(|p| p.business.uncertainty_run()));
    let markdown_text = move || {
        let a = analysis.get_untracked();
        let lang = shell.lang.get_untracked();
        plan.with_untracked(|p| markdown(p, (!a.hq_unknown).then_some(&a), lang))
    };
    let download = move |_| {
        download_text(
            "offshoring-plan.md",
            "text/markdown;charset=utf-8",
            &markdown_text(),
        )
    };
    let download_json = move |_| {
        let a = analysis.get_untracked();
        let lang = shell.lang.get_untracked();
        let text =
            plan.with_untracked(|p| json(p, (!a.hq_unknown).then_some(&a), &now_iso(), lang));
        download_text("offshoring-plan.json", "application/json", &text);
    };
    let download_csv = move |_| {
        let text = plan.with_untracked(|p| csv(p, shell.lang.get_untracked()));
        download_text("offshoring-cost-table.csv", "text/csv;charset=utf-8", &text);
    };
    let download_ics = move |_| {
        let digits: String = now_iso()
            .chars()
            .filter(|c| c.is_ascii_digit())
            .take(14)
            .collect();
        let stamp = format!(
            "{}T{}Z",
            &digits[..8.min(digits.len())],
            &digits[8.min(digits.len())..]
        );
        let a = analysis.get_untracked();
        let text = plan.with_untracked(|p| {
            let l = &p.location;
            // The reviews at the start of the shared window with the recommended
            // location (headquarters' day when there is none), for an hour.
            let start_min = a
                .recommended
                .and_then(|id| a.results.iter().find(|r| r.id == id))
                .and_then(|r| r.window)
                .map_or(l.hq_start_min as i32, |w| w.hq_start_min);
            let zone = l.hq_zone.clone();
            let to_utc = |local: i64| {
                let year = civil_from_days(local.div_euclid(MS_PER_DAY)).0;
                rules(&zone, year).map_or(local, |r| r.to_utc(local))
            };
            let at = At {
                zone: &l.hq_zone,
                start_min,
                minutes: 60,
                to_utc: &to_utc,
            };
            let known = !a.hq_unknown && rules(&l.hq_zone, a.year).is_ok();
            ics(p, &stamp, shell.lang.get_untracked(), known.then_some(&at))
        });
        match text {
            Some(text) => download_text(
                "offshoring-reviews.ics",
                "text/calendar;charset=utf-8",
                &text,
            ),
            None => shell.notify(shell.t(Key::NeedStartDate).to_string(), true, None),
        }
    };
    let copy = move |_| {
        let ok = shell.t(Key::CopiedMarkdown).to_string();
        let failed = shell.t(Key::CopyFailed).to_string();
        copy_text(&markdown_text(), move |done| {
            shell.notify(if done { ok.clone() } else { failed.clone() }, !done, None)
        });
    };
    let read_only = move || saving.read_only();
    view! {
        <crate::ui::glossary::Glossary terms=TERMS/>
        <cover::Cover/>
        <summary::PlanStatus/>
        <div class="export-bar" role="group" aria-label=shell.msg(Key::ExportLabel)>
            <button type="button" class="btn btn-primary" id="download-markdown" on:click=download>
                {shell.msg(Key::DownloadMarkdown)}
            </button>
            <button type="button" class="btn btn-secondary" id="copy-markdown" on:click=copy>
                {shell.msg(Key::CopyMarkdown)}
            </button>
            <button type="button" class="btn btn-secondary" id="download-json" on:click=download_json>
                {shell.msg(Key::DownloadJson)}
            </button>
            <button type="button" class="btn btn-secondary" id="download-csv" on:click=download_csv>
                {shell.msg(Key::DownloadCsv)}
            </button>
            <button type="button" class="btn btn-secondary" id="download-ics" on:click=download_ics>
                {shell.msg(Key::DownloadIcs)}
            </button>
            <button type="button" class="btn btn-quiet" id="print-plan" on:click=move |_| print_page()>
                {shell.msg(Key::PrintPlan)}
            </button>
        </div>
        <executive::Executive analysis=analysis run=run/>
        // A plan opened read-only (shared, imported, newer) can still be exported,
        // printed, shared on and replaced by another file opened read-only: only what
        // would change it is disabled here, each in a fieldset of its own (the shell
        // leaves this step's fieldsets to it); the tables stay outside, focusable.
        <fieldset class="plain-fieldset" disabled=read_only>
            // A shared link opens here: at start-up, the rest follows the summary one task each.
            <Deferred><summary::PlanSummary/></Deferred>
        </fieldset>
        <Deferred><sections::Sections analysis=analysis run=run/></Deferred>
        <Deferred><document::Document analysis=analysis/></Deferred>
        <Deferred><share::ShareAndImport/></Deferred>
        // Storage holds a list this build must not write over: nothing here changes it.
        <fieldset class="plain-fieldset"
            disabled=move || read_only() || saving.list() == ListSave::Held>
            <Deferred><scenarios::ScenariosPanel/></Deferred>
        </fieldset>
    }
}
