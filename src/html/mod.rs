//! Read-only views (the business results, the step list) as HTML text, in pure Rust. Each
//! is written only when its text changed: the step list with one `innerHTML` write, the
//! business results in place where only figures moved ([`patch`]), so a keystroke costs
//! one string comparison per section instead of a rebuilt DOM tree, and the views are
//! plain functions instead of generic components.
//!
//! Every text and attribute value is escaped here ([`Html`]); the markup uses classes and
//! SVG presentation attributes only, never inline `style`, which the CSP refuses.
//!
//! Only catalogue messages, slugs and formatted numbers reach these builders, never text a
//! user typed (a fetched catalogue is outside input too, and escaped like the rest), with one
//! exception: an option in a city of the user's own is named by that city, escaped like
//! every text here. Keep it so: any other typed text (a workstream, a metric target)
//! belongs in a Leptos text node, not here.

pub mod charts;
pub mod fit;
pub mod headline;
pub mod months;
pub mod patch;
pub mod results;
pub mod steps;
pub mod tornado;
pub mod years;

/// Formats numbers for the page's language and the plan's currency. The browser build
/// uses `Intl.NumberFormat`; tests use a plain formatter.
pub trait Numbers {
    fn money(&self, v: f64) -> String;
    /// Short money for chart axes ("$1.2M").
    fn money_compact(&self, v: f64) -> String;
    fn num(&self, v: f64, digits: u32) -> String;
    fn pct(&self, v: f64) -> String;
}

/// An HTML fragment being written. Tag and attribute names are the code's own
/// literals; text and attribute values are escaped.
#[derive(Default)]
pub struct Html {
    out: String,
}

impl Html {
    pub fn new() -> Html {
        Html::default()
    }

    /// `<tag name="value"…>`
    pub fn open(&mut self, tag: &str, attrs: &[(&str, &str)]) -> &mut Html {
        debug_assert!(is_name(tag) && attrs.iter().all(|(n, _)| is_name(n)));
        self.out.push('<');
        self.out.push_str(tag);
        for (name, value) in attrs {
            self.out.push(' ');
            self.out.push_str(name);
            self.out.push_str("=\"");
            escape_into(&mut self.out, value);
            self.out.push('"');
        }
        self.out.push('>');
        self
    }

    pub fn close(&mut self, tag: &str) -> &mut Html {
        self.out.push_str("</");
        self.out.push_str(tag);
        self.out.push('>');
        self
    }

    pub fn text(&mut self, text: &str) -> &mut Html {
        escape_into(&mut self.out, text);
        self
    }

    /// An element holding only text.
    pub fn leaf(&mut self, tag: &str, attrs: &[(&str, &str)], text: &str) -> &mut Html {
        self.open(tag, attrs).text(text).close(tag)
    }

    /// An element with no content (SVG shapes).
    pub fn empty(&mut self, tag: &str, attrs: &[(&str, &str)]) -> &mut Html {
        self.open(tag, attrs).close(tag)
    }

    pub fn finish(self) -> String {
        self.out
    }
}

fn is_name(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b':')
}

fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// A coordinate with one decimal, as SVG attributes take it.
/// Written from whole tenths, so the page carries no general float formatter.
pub fn coord(v: f64) -> String {
    if !v.is_finite() {
        return "0".into();
    }
    // Far beyond any chart; the clamp keeps the cast exact.
    let tenths = (v * 10.0).round().clamp(-1e15, 1e15) as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let t = tenths.unsigned_abs();
    format!("{sign}{}.{}", t / 10, t % 10)
}
