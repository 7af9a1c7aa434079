//! The Markdown's executive summary (the decision, as on screen) and the business case's
//! two figure tables: P10, P50 and P90 of every option, and the lead option's years.

use super::decision::decision_text;
use super::markdown_blocks::{table, Ctx};
use super::text::{escape_markdown as esc, money_plain, num_plain, savings_with_spread, Plain};
use crate::domain::decision::decide;
use crate::domain::validate::parse_date;
use crate::html::results::{chance_text, UNCERTAINTY_COLUMNS};
use crate::html::years::year_name;
use crate::html::Numbers;
use crate::i18n::*;

/// Executive summary: the recommendation, the key figures, then the supporting lines.
pub(super) fn summary(c: Ctx, out: &mut String) {
    let Ctx {
        plan,
        lang,
        b,
        code,
        run,
        names,
        location,
        ..
    } = c;
    let tr = |k: Key| t(lang, k);
    let n = Plain { lang, code };
    out.push_str(&format!("## {}\n\n", tr(Key::MdSummary)));
    let d = decide(
        plan,
        location.as_ref().map(|(_, typ, _)| *typ as f64 / 60.0),
    );
    let start = parse_date(&b.start_date)
        .ok()
        .map(|(y, m, day)| format!("{y}-{m:02}-{day:02}"));
    let text = decision_text(plan, &d, run, start, &n, lang);
    out.push_str(&format!(
        "**{}:** {}\n\n",
        tr(Key::ExecRecommendation),
        esc(&text.recommendation)
    ));
    for k in &text.kpis {
        let note = k
            .note
            .as_ref()
            .map(|x| format!(" ({x})"))
            .unwrap_or_default();
        out.push_str(&format!("- **{}: {}**{note}\n", tr(k.label), k.value));
    }
    out.push('\n');
    let none = || tr(Key::NotAnswered).to_string();
    let lead = d.lead.map(|l| {
        let spread = run.options.get(l.index + 1).and_then(|o| o.savings);
        let m = |v: f64| money_plain(v, code, lang);
        format!(
            "{} — {} {}, {} {}",
            names[l.index + 1],
            tr(Key::ColTotalCost),
            m(l.cost),
            tr(Key::ColSavings),
            savings_with_spread(lang, l.savings, spread, m)
        )
    });
    let rows = [
        (
            Key::PrimaryGoal,
            b.primary_goal.map(|g| tr(goal_key(g)).to_string()),
        ),
        (Key::MdLocation, location_text(c)),
        (Key::MdLeadOption, lead),
        (Key::ExecFit, text.fit.as_deref().map(esc)),
        // The planner's own sentence: nothing in it for Markdown to misread.
        (Key::MdFlip, text.flip),
    ];
    for (k, v) in rows {
        out.push_str(&format!("- **{}:** {}\n", tr(k), v.unwrap_or_else(none)));
    }
    for (label, items) in [(Key::ExecAsk, &text.ask), (Key::ExecTopRisks, &text.risks)] {
        out.push_str(&format!("- **{}:**", tr(label)));
        if items.is_empty() {
            out.push_str(&format!(" {}\n", none()));
        }
        for (i, item) in items.iter().enumerate() {
            let mark = if label == Key::ExecTopRisks {
                format!("{}.", i + 1)
            } else {
                "-".to_string()
            };
            out.push_str(&format!("\n    {mark} {}", esc(item)));
        }
        if !items.is_empty() {
            out.push('\n');
        }
    }
}

/// "Colombia (7 h, window 10:00–17:00)".
fn location_text(c: Ctx) -> Option<String> {
    let (name, typ, window) = c.location.as_ref()?;
    let window = window
        .map(|w| {
            format!(
                ", {} {}–{}",
                t(c.lang, Key::MdWindow),
                super::markdown_plan::clock(w.hq_start_min),
                super::markdown_plan::clock(w.hq_end_min)
            )
        })
        .unwrap_or_default();
    Some(format!(
        "{} ({} h{window})",
        esc(name),
        number_in(c.lang, *typ as f64 / 60.0)
    ))
}

/// P10, P50 and P90 of cost and savings, and the chance of saving, for every option.
pub(super) fn uncertainty_table(c: Ctx, out: &mut String) {
    let n = Plain {
        lang: c.lang,
        code: c.code,
    };
    let tr = |k: Key| t(c.lang, k);
    out.push_str(&format!(
        "\n### {}\n\n",
        tf(
            c.lang,
            Key::MdUncertaintyTable,
            &[("trials", &num_plain(c.lang, c.run.trials as f64, 0))]
        )
    ));
    let dash = || "—".to_string();
    let rows = c
        .run
        .options
        .iter()
        .zip(c.names)
        .enumerate()
        .map(|(i, (o, name))| {
            // In-house is what the others are measured against: no savings of its own.
            let s = o.savings.filter(|_| i > 0);
            let chance = o.chance_of_saving.filter(|_| i > 0);
            vec![
                esc(name),
                n.money(o.cost.p10),
                n.money(o.cost.p50),
                n.money(o.cost.p90),
                s.map_or_else(dash, |s| n.money(s.p10)),
                s.map_or_else(dash, |s| n.money(s.p50)),
                s.map_or_else(dash, |s| n.money(s.p90)),
                chance.map_or_else(dash, |x| chance_text(x, c.lang, &n, false)),
            ]
        })
        .collect();
    let head: Vec<&str> = UNCERTAINTY_COLUMNS.iter().map(|k| tr(*k)).collect();
    out.push_str(&table(&head, rows));
}

/// The lead option's cost case a year at a time (fiscal years once the plan has a start
/// date), with the whole horizon and its net present value.
pub(super) fn years_table(c: Ctx, out: &mut String) {
    let Some(i) = c.lead else { return };
    let n = Plain {
        lang: c.lang,
        code: c.code,
    };
    let Some(y) = c.b.years(c.figs).into_iter().nth(i) else {
        return;
    };
    let rows = y.fiscal.unwrap_or(y.plan);
    out.push_str(&format!(
        "\n### {}\n\n",
        tf(c.lang, Key::MdYearsTable, &[("option", &esc(&c.names[i]))])
    ));
    let mut body: Vec<Vec<String>> = Vec::new();
    let mut total = [0.0; 5];
    for r in &rows {
        let values = r.figures();
        for (t, v) in total.iter_mut().zip(values) {
            *t += v;
        }
        body.push(year_row(
            year_name(r.year, c.lang),
            values,
            n.money(r.discounted_savings),
            &n,
        ));
    }
    let npv = tf(c.lang, Key::NpvN, &[("npv", &n.money(y.npv))]);
    body.push(year_row(
        t(c.lang, Key::YearsTotal).to_string(),
        total,
        npv,
        &n,
    ));
    let head: Vec<&str> = crate::html::years::YEAR_COLUMNS
        .iter()
        .map(|k| t(c.lang, *k))
        .collect();
    out.push_str(&table(&head, body));
}

fn year_row(name: String, v: [f64; 5], discounted: String, n: &Plain) -> Vec<String> {
    vec![
        name,
        n.money(v[0]),
        n.money(v[1]),
        n.num(v[2], 1),
        n.money(v[3]),
        n.money(v[4]),
        discounted,
    ]
}
