//! In-place updates of the HTML views (src/html/patch.rs): the edits found between two
//! fragments, applied to the elements the old one built, give what the new one builds.
//! Checked against a small tree parser of this file's own, on the real cost table,
//! charts and fit cards for many plans.

mod common;

use common::{fits_of, Plain};
use offshoring_planner::domain::cost::case::compute;
use offshoring_planner::domain::example::example_plan;
use offshoring_planner::domain::Plan;
use offshoring_planner::html::charts::{cumulative_cost, weights};
use offshoring_planner::html::fit::fit_cards;
use offshoring_planner::html::patch::{edits, Change};
use offshoring_planner::html::results::{cost_rows, names};
use offshoring_planner::html::Html;
use offshoring_planner::i18n::Lang;

fn changes(old: &str, new: &str) -> Option<Vec<Change>> {
    edits(old, new).map(|e| e.changes)
}

/// How many elements `old` builds, as the edits count them.
fn element_count(html: &str) -> Option<usize> {
    edits(html, html).map(|e| e.elements)
}

/// An element as a browser would hold it: tag, attributes, and either text or children.
#[derive(Clone, Debug, PartialEq)]
struct El {
    tag: String,
    attrs: Vec<(String, String)>,
    text: String,
    children: Vec<El>,
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// Parses a fragment (this project's own output) into its top-level elements.
fn parse(html: &str) -> Vec<El> {
    let mut stack = vec![El {
        tag: String::new(),
        attrs: vec![],
        text: String::new(),
        children: vec![],
    }];
    let mut rest = html;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("</") {
            let end = after.find('>').unwrap();
            let done = stack.pop().unwrap();
            assert_eq!(done.tag, &after[..end]);
            stack.last_mut().unwrap().children.push(done);
            rest = &after[end + 1..];
        } else if let Some(after) = rest.strip_prefix('<') {
            let end = after.find('>').unwrap();
            let inside = &after[..end];
            let (tag, mut attrs_text) = inside.split_once(' ').unwrap_or((inside, ""));
            let mut attrs = vec![];
            while let Some((name, tail)) = attrs_text.split_once("=\"") {
                let (value, tail) = tail.split_once('"').unwrap();
                attrs.push((name.trim().to_string(), unescape(value)));
                attrs_text = tail;
            }
            stack.push(El {
                tag: tag.to_string(),
                attrs,
                text: String::new(),
                children: vec![],
            });
            rest = &after[end + 1..];
        } else {
            let end = rest.find('<').unwrap_or(rest.len());
            stack
                .last_mut()
                .unwrap()
                .text
                .push_str(&unescape(&rest[..end]));
            rest = &rest[end..];
        }
    }
    assert_eq!(stack.len(), 1, "unclosed element");
    stack.pop().unwrap().children
}

/// How many elements, counted as `getElementsByTagName("*")` does.
fn count(els: &[El]) -> usize {
    els.iter().map(|e| 1 + count(&e.children)).sum()
}

/// Calls `f` on the element at `target` in document order; `seen` counts the elements
/// passed so far.
fn at(els: &mut [El], target: usize, seen: &mut usize, f: &mut dyn FnMut(&mut El)) -> bool {
    for e in els {
        if *seen == target {
            f(e);
            return true;
        }
        *seen += 1;
        if at(&mut e.children, target, seen, f) {
            return true;
        }
    }
    false
}

fn apply(old: &str, edits: &[Change]) -> Vec<El> {
    let mut tree = parse(old);
    for edit in edits {
        let found = match edit {
            Change::Text { element, text } => at(&mut tree, *element, &mut 0, &mut |e| {
                assert!(
                    e.children.is_empty(),
                    "text set on an element with children"
                );
                e.text = text.clone();
            }),
            Change::Attr {
                element,
                name,
                value,
            } => at(&mut tree, *element, &mut 0, &mut |e| {
                let slot = e.attrs.iter_mut().find(|(n, _)| n == name).unwrap();
                slot.1 = value.clone();
            }),
        };
        assert!(found, "no element {edit:?}");
    }
    tree
}

/// If `changes` finds edits, they turn `old`'s elements into `new`'s.
fn check(old: &str, new: &str) -> Option<usize> {
    let edits = changes(old, new)?;
    assert_eq!(
        apply(old, &edits),
        parse(new),
        "edits from\n{old}\nto\n{new}"
    );
    assert_eq!(element_count(old), Some(count(&parse(old))));
    Some(edits.len())
}

fn with_team(plan: &Plan, team: u32, rate: f64) -> Plan {
    let mut p = plan.clone();
    p.business.team_size = team;
    if let Some(o) = p.business.options.first_mut() {
        o.rate.likely = rate;
    }
    p
}

fn views(plan: &Plan) -> Vec<String> {
    let figs = compute(&plan.business.case_inputs());
    let list = names(plan, Lang::En);
    let fits = fits_of(plan, &figs);
    let h = plan.business.horizon_months;
    vec![
        cost_rows(&figs, &list, &fits, h, Lang::En, &Plain),
        cumulative_cost(&figs, &list, Lang::En, &Plain),
        fit_cards(&fits, &list, Lang::En, &Plain),
        weights(&plan.business.weights, Lang::En),
    ]
}

#[test]
fn a_new_figure_is_one_text_edit_and_equal_views_none() {
    let old = "<tr><th scope=\"row\">A</th><td data-label=\"Cost\">$10</td></tr>";
    let new = "<tr><th scope=\"row\">A</th><td data-label=\"Cost\">$12</td></tr>";
    assert_eq!(
        changes(old, new),
        Some(vec![Change::Text {
            element: 2,
            text: "$12".into()
        }])
    );
    assert_eq!(changes(old, old), Some(vec![]));
    assert_eq!(element_count(old), Some(3));
}

#[test]
fn attributes_and_escaped_text_are_edited_unescaped() {
    let old = "<svg viewBox=\"0 0 10 10\"><polyline points=\"1,2\"></polyline><text x=\"1\">a</text></svg>";
    let new = "<svg viewBox=\"0 0 10 10\"><polyline points=\"3,4\"></polyline><text x=\"1\">&lt;b&gt; &amp; &quot;c&quot; &#39;d&#39;</text></svg>";
    assert_eq!(
        changes(old, new),
        Some(vec![
            Change::Attr {
                element: 1,
                name: "points".into(),
                value: "3,4".into()
            },
            Change::Text {
                element: 2,
                text: "<b> & \"c\" 'd'".into()
            },
        ])
    );
    check(old, new).unwrap();
    // An escaped entity stays one: "&amp;lt;" is the text "&lt;".
    assert_eq!(
        changes("<b>x</b>", "<b>&amp;lt; &amp;</b>"),
        Some(vec![Change::Text {
            element: 0,
            text: "&lt; &".into()
        }])
    );
    // Text appears in an element that was empty: still a leaf.
    assert_eq!(check("<td></td>", "<td>x</td>"), Some(1));
}

#[test]
fn another_shape_gives_none() {
    let row = |cells: &str| format!("<tr>{cells}</tr>");
    let one = row("<td>1</td>");
    for other in [
        row("<td>1</td><td>2</td>"),          // another cell
        "<tr><th>1</th></tr>".to_string(),    // another tag
        row("<td class=\"negative\">1</td>"), // an attribute more
        row("<td><b>1</b></td>"),             // an element where text was
        format!("{one}{one}"),                // another row
        row("x<td>1</td>"),                   // text beside an element
    ] {
        assert_eq!(changes(&one, &other), None, "{other}");
        assert_eq!(changes(&other, &one), None, "{other}");
    }
    // The same attributes in another order are another shape too.
    assert_eq!(
        changes("<p a=\"1\" b=\"2\"></p>", "<p b=\"2\" a=\"1\"></p>"),
        None
    );
    // Mixed text may stay, not change.
    assert_eq!(
        changes("<p>a<b>c</b></p>", "<p>a<b>d</b></p>").map(|c| c.len()),
        Some(1)
    );
    assert_eq!(changes("<p>a<b>c</b></p>", "<p>z<b>c</b></p>"), None);
}

#[test]
fn anything_not_written_by_html_gives_none_and_never_panics() {
    let cases = [
        "<",
        "</",
        "<>",
        "</>",
        "<p",
        "<p>",
        "</p>",
        "<p a>x</p>",
        "<p a=\"1>x</p>",
        "<p a='1'>x</p>",
        "<p  a=\"1\">x</p>",
        "<p>x</q>",
        "<br/>",
        "<p>é</p></p>",
        "<é>x</é>",
        "<p a=\"é\">é</p>",
    ];
    let good = "<p a=\"1\">x</p>";
    for bad in cases {
        let _ = changes(bad, good);
        let _ = changes(good, bad);
        let _ = element_count(bad);
    }
    for bad in &cases[..13] {
        assert_eq!(changes(bad, good), None, "{bad}");
    }
    // Non-ASCII text and values are fine.
    assert_eq!(check("<p a=\"é\">é</p>", "<p a=\"ü\">ü</p>"), Some(2));
}

#[test]
fn real_views_update_in_place_as_figures_change() {
    let base = example_plan();
    let mut edited = 0;
    for (team, rate) in [
        (1, 10.0),
        (2, 35.5),
        (7, 42.0),
        (40, 80.0),
        (300, 5.0),
        (0, 0.0),
    ] {
        let before = views(&base);
        let after = views(&with_team(&base, team, rate));
        for (old, new) in before.iter().zip(&after) {
            edited += check(old, new).unwrap_or(0);
        }
    }
    assert!(
        edited > 50,
        "most figure changes are edits in place: {edited}"
    );
    // The same plan in the same language always has the same shape.
    for (a, b) in views(&base).iter().zip(&views(&base.clone())) {
        assert_eq!(changes(a, b), Some(vec![]));
    }
}

#[test]
fn html_written_by_the_builder_round_trips() {
    let mut h = Html::new();
    h.open("ul", &[("class", "a&b")])
        .leaf("li", &[], "<x>")
        .empty("hr", &[("data-x", "\"q\"")])
        .close("ul");
    let s = h.finish();
    assert_eq!(element_count(&s), Some(3));
    assert_eq!(changes(&s, &s), Some(vec![]));
}
