//! The plan as Markdown: renders cleanly on GitHub, Confluence and Notion.

use super::tables::{cost_table, location_table, weights_line, work_table, Cells};
use super::text::{escape_markdown as esc, money_plain};
use crate::domain::cost::case::compute;
use crate::domain::cost::inputs::USUAL_DAY;
use crate::domain::engagement::score_models;
use crate::domain::overlap::analysis::Analysis;
use crate::domain::validate::format_day;
use crate::domain::Plan;
use crate::i18n::*;

use super::markdown_blocks::{cells, render, Ctx};

/// The whole plan. `analysis` is the location step's result, when the browser computed it.
pub fn markdown(plan: &Plan, analysis: Option<&Analysis>, lang: Lang) -> String {
    let tr = |k: Key| t(lang, k);
    let b = &plan.business;
    let code = b.currency.code();
    let case = b.case_inputs();
    let figs = compute(&case);
    let run = b.uncertainty_run();
    let names: Vec<String> = std::iter::once(option_name(lang, None))
        .chain(b.options.iter().map(|o| option_name(lang, Some(o))))
        .collect();
    // The lead option: the vendor option with the best five-factor fit (first of equals).
    let lead = crate::domain::decision::lead(&figs, &b.fits(&figs)).map(|l| l.index + 1);
    let location = analysis.and_then(|a| {
        let id = a.recommended?;
        let c = plan.location.candidates.iter().find(|c| c.id == id)?;
        let r = a.results.iter().find(|r| r.id == id)?;
        Some((
            candidate_name(lang, c),
            r.overlap.as_ref().ok()?.typical,
            r.window,
        ))
    });
    let mut out = format!("# {}\n\n", tr(Key::MdTitle));
    if !b.scope.trim().is_empty() {
        out.push_str(&format!("{}\n\n", esc(&b.scope)));
    }
    let c = Ctx {
        plan,
        lang,
        b,
        code,
        figs: &figs,
        run: &run,
        names: &names,
        lead,
        location: &location,
        analysis,
    };
    for section in SECTIONS {
        section(c, &mut out);
    }
    out
}

type Section = fn(Ctx, &mut String);

use super::markdown_plan::{
    assumptions, checklists, governance, risks, roadmap_section, scorecard,
};
use super::markdown_summary::summary;

const SECTIONS: [Section; 11] = [
    summary,
    business,
    work,
    engagement,
    locations,
    roadmap_section,
    governance,
    checklists,
    scorecard,
    risks,
    assumptions,
];

/// Business case.
fn business(c: Ctx, out: &mut String) {
    out.push_str(&format!("\n## {}\n\n", t(c.lang, Key::StepBusiness)));
    out.push_str(&render(cost_table(c.plan, &cells!(c)), c.lang));
    out.push_str(&format!("\n{}\n", weights_line(c.plan, c.lang)));
    out.push_str(&format!(
        "\n**{}:** {}\n",
        t(c.lang, Key::MdCurrency),
        currency_line(c.b, c.names, c.lang)
    ));
    for (i, o) in c.b.options.iter().enumerate() {
        if let Some(s) = o.shift {
            let pct = |v: f64| super::text::num_plain(c.lang, v * 100.0, 1);
            out.push_str(&format!(
                "\n**{}, {}:** {} ({}–{}); {}\n",
                t(c.lang, Key::ShiftPremium),
                c.names[i + 1],
                pct(s.premium.likely),
                pct(s.premium.low),
                pct(s.premium.high),
                tf(
                    c.lang,
                    Key::ShiftReason,
                    &[
                        ("hours", &format_day(s.start_min, s.end_min)),
                        ("usual", &format_day(USUAL_DAY.0, USUAL_DAY.1)),
                    ],
                )
            ));
        }
    }
    super::markdown_summary::uncertainty_table(c, out);
    super::markdown_summary::years_table(c, out);
    super::markdown_plan::sensitivity_section(c, out);
}

/// Work selection.
fn work(c: Ctx, out: &mut String) {
    out.push_str(&format!("\n## {}\n\n", t(c.lang, Key::StepWork)));
    out.push_str(&render(work_table(c.plan, &cells!(c)), c.lang));
}

/// Engagement model.
fn engagement(c: Ctx, out: &mut String) {
    let Ctx { plan, lang, .. } = c;
    let tr = |k: Key| t(lang, k);
    out.push_str(&format!("\n## {}\n\n", tr(Key::StepEngagement)));
    for s in score_models(&plan.engagement) {
        let why = s
            .adjustments
            .iter()
            .map(|a| driver_text(lang, a.points, a.driver))
            .collect::<Vec<_>>()
            .join("; ");
        out.push_str(&format!(
            "- **{}** {}/100{}\n",
            tr(model_key(s.model)),
            s.score,
            if why.is_empty() {
                String::new()
            } else {
                format!(": {why}")
            }
        ));
    }
}

/// Locations.
fn locations(c: Ctx, out: &mut String) {
    if let Some(a) = c.analysis {
        out.push_str(&format!("\n## {}\n\n", t(c.lang, Key::StepLocation)));
        out.push_str(&render(location_table(c.plan, a, &cells!(c)), c.lang));
    }
}

/// "EUR; 1 USD = 0.8503 EUR (reference rate of 2026-05-08); contracts: Colombia ·
/// Dedicated team in COP": the plan's currency, its rate, and each contract in another.
fn currency_line(
    b: &crate::domain::business::BusinessCase,
    names: &[String],
    lang: Lang,
) -> String {
    let code = b.currency.code();
    let rate = super::text::num_plain(lang, b.fx(), 2);
    let mut line = format!(
        "{code}; 1 USD = {rate} {code} ({})",
        if b.usd_rate.is_some() {
            "user".to_string()
        } else {
            crate::domain::fx::REFERENCE_DATE.to_string()
        }
    );
    let contracts: Vec<String> = b
        .options
        .iter()
        .enumerate()
        .filter(|(_, o)| o.contract.code() != code)
        .map(|(i, o)| format!("{}: {}", names[i + 1], o.contract.code()))
        .collect();
    if !contracts.is_empty() {
        line.push_str(&format!("; {}", contracts.join(", ")));
    }
    line
}
