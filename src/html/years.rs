//! The cost case a year at a time, as HTML (see the module above): each option's rows,
//! its switching costs, and a chart of each option's savings per plan year.

use super::charts::{line, svg_open, tick, title_desc, COLOURS, W};
use super::results::name_at;
use super::{coord, Html, Numbers};
use crate::domain::cost::model::SwitchingTotals;
use crate::domain::cost::years::{Year, YearRow};
use crate::i18n::{t, tf, Key, Lang};

/// The name of a year: "Year 1", or "FY2027 (2026-07 to 2027-06)".
pub fn year_name(year: Year, lang: Lang) -> String {
    match year {
        Year::Plan(n) => tf(lang, Key::YearN, &[("n", &n.to_string())]),
        Year::Fiscal { name, first, last } => tf(
            lang,
            Key::FiscalYearN,
            &[
                ("name", &name.to_string()),
                ("from", &month_name(first)),
                ("to", &month_name(last)),
            ],
        ),
    }
}

/// A month as `2026-07`: the same in every language.
fn month_name((year, month): (i32, u32)) -> String {
    format!("{year}-{month:02}")
}

/// The columns of a year table, in order.
pub const YEAR_COLUMNS: [Key; 7] = [
    Key::ColYear,
    Key::ColTotalCost,
    Key::ColInhouseCost,
    Key::ColCapacity,
    Key::ColSavings,
    Key::ColSpendDifference,
    Key::ColDiscounted,
];

fn cell(h: &mut Html, lang: Lang, column: Key, text: &str) {
    h.leaf("td", &[("data-label", t(lang, column))], text);
}

/// One option's rows, then a total row with its net present value.
pub fn year_rows(rows: &[YearRow], npv: f64, lang: Lang, n: &dyn Numbers) -> String {
    let mut h = Html::new();
    let mut total = [0.0; 5];
    for r in rows {
        h.open("tr", &[])
            .leaf("th", &[("scope", "row")], &year_name(r.year, lang));
        let values = r.figures();
        for (i, v) in values.iter().enumerate() {
            total[i] += v;
        }
        cell(&mut h, lang, Key::ColTotalCost, &n.money(r.cost));
        cell(&mut h, lang, Key::ColInhouseCost, &n.money(r.inhouse_cost));
        cell(&mut h, lang, Key::ColCapacity, &n.num(r.capacity, 1));
        cell(&mut h, lang, Key::ColSavings, &n.money(r.savings));
        cell(
            &mut h,
            lang,
            Key::ColSpendDifference,
            &n.money(r.spend_difference),
        );
        cell(
            &mut h,
            lang,
            Key::ColDiscounted,
            &n.money(r.discounted_savings),
        );
        h.close("tr");
    }
    h.open("tr", &[("class", "total")])
        .leaf("th", &[("scope", "row")], t(lang, Key::YearsTotal));
    cell(&mut h, lang, Key::ColTotalCost, &n.money(total[0]));
    cell(&mut h, lang, Key::ColInhouseCost, &n.money(total[1]));
    cell(&mut h, lang, Key::ColCapacity, &n.num(total[2], 1));
    cell(&mut h, lang, Key::ColSavings, &n.money(total[3]));
    cell(&mut h, lang, Key::ColSpendDifference, &n.money(total[4]));
    let npv_text = tf(lang, Key::NpvN, &[("npv", &n.money(npv))]);
    cell(&mut h, lang, Key::ColDiscounted, &npv_text);
    h.close("tr");
    h.finish()
}

/// One option's switching costs as list items; the exit says whether it is counted.
pub fn switching_items(s: &SwitchingTotals, lang: Lang, n: &dyn Numbers) -> String {
    let mut h = Html::new();
    let items = [
        (Key::SwitchSelection, s.selection),
        (Key::SwitchTransfer, s.transfer),
        (Key::SwitchTravel, s.travel),
        (Key::SwitchSeverance, s.severance),
    ];
    for (k, v) in items {
        h.leaf("li", &[], &format!("{}: {}", t(lang, k), n.money(v)));
    }
    let exit = if s.exit_counted {
        Key::SwitchExitCounted
    } else {
        Key::SwitchExitNotCounted
    };
    h.leaf("li", &[], &tf(lang, exit, &[("exit", &n.money(s.exit))]));
    h.leaf(
        "li",
        &[("class", "total")],
        &tf(lang, Key::SwitchTotal, &[("total", &n.money(s.counted()))]),
    );
    h.finish()
}

const H: f64 = 240.0;
const LEFT: f64 = 72.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 30.0;

/// Savings at equal output per plan year, one bar per option in each year (first index
/// of `names` is in-house, which has none and is skipped).
pub fn years_chart(
    per_option: &[Vec<YearRow>],
    names: &[String],
    lang: Lang,
    n: &dyn Numbers,
) -> String {
    let years = per_option.iter().map(Vec::len).max().unwrap_or(0);
    if per_option.len() < 2 || years == 0 {
        return String::new();
    }
    let values = || per_option.iter().skip(1).flatten().map(|r| r.savings);
    let hi = values().fold(0.0, f64::max);
    let lo = values().fold(0.0, f64::min);
    let span = (hi - lo).max(1.0);
    let y = |v: f64| TOP + (H - TOP - BOTTOM) * (hi - v) / span;
    let group = (W - LEFT - 8.0) / years as f64;
    let bars = per_option.len() - 1;
    let bar = (group * 0.8 / bars as f64).max(2.0);
    let desc = per_option
        .iter()
        .enumerate()
        .skip(1)
        .map(|(i, rows)| {
            let each = rows
                .iter()
                .map(|r| format!("{} {}", year_name(r.year, lang), n.money(r.savings)))
                .collect::<Vec<_>>()
                .join(", ");
            format!("{}: {each}", name_at(names, i))
        })
        .collect::<Vec<_>>()
        .join("; ");
    let mut h = Html::new();
    svg_open(&mut h, "chart", H, "yc");
    title_desc(&mut h, "yc", t(lang, Key::ChartYearsTitle), &desc);
    line(
        &mut h,
        (LEFT, y(0.0), W - 8.0, y(0.0)),
        &[("class", "axis")],
    );
    tick(&mut h, LEFT - 6.0, y(hi) + 4.0, "end", &n.money_compact(hi));
    tick(
        &mut h,
        LEFT - 6.0,
        y(0.0) + 4.0,
        "end",
        &n.money_compact(0.0),
    );
    if lo < 0.0 {
        tick(&mut h, LEFT - 6.0, y(lo) + 4.0, "end", &n.money_compact(lo));
    }
    for year in 0..years {
        let x0 = LEFT + group * year as f64 + group * 0.1;
        let label = tf(lang, Key::YearN, &[("n", &(year + 1).to_string())]);
        tick(&mut h, x0 + group * 0.4, H - 10.0, "middle", &label);
        for (b, rows) in per_option.iter().skip(1).enumerate() {
            let Some(r) = rows.get(year) else { continue };
            let (top, bottom) = (y(r.savings.max(0.0)), y(r.savings.min(0.0)));
            h.empty(
                "rect",
                &[
                    ("x", &coord(x0 + bar * b as f64)),
                    ("y", &coord(top)),
                    ("width", &coord(bar * 0.9)),
                    ("height", &coord((bottom - top).max(1.0))),
                    ("fill", COLOURS[(b + 1) % COLOURS.len()]),
                ],
            );
        }
    }
    h.close("svg");
    h.open("ul", &[("class", "legend"), ("aria-hidden", "true")]);
    for (i, name) in names.iter().enumerate().skip(1) {
        let swatch = format!("swatch swatch-{}", i % COLOURS.len());
        h.open("li", &[])
            .empty("span", &[("class", &swatch)])
            .text(name)
            .close("li");
    }
    h.close("ul");
    h.finish()
}
