//! What changed between two fragments written by [`super::Html`], so the page can update
//! a view in place (a text here, an attribute there) instead of parsing the whole
//! fragment again: on a keystroke, the cost table and the charts keep their elements and
//! only the figures that moved are written.
//!
//! Only this module's own output is understood: tags with quoted, escaped attribute
//! values, escaped text, every element closed. Anything else, or two fragments of
//! different shape (another tag, another attribute, another number of rows, text where
//! an element was), gives `None`, and the caller writes the whole fragment.

/// One edit to the elements built from the old fragment. `element` counts the
/// fragment's elements in document order from 0, as `getElementsByTagName("*")` does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// The element holds only text (or nothing): its text becomes `text`.
    Text { element: usize, text: String },
    /// The attribute `name` of the element becomes `value`.
    Attr {
        element: usize,
        name: String,
        value: String,
    },
}

/// What turns the elements built from one fragment into those another builds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Edits {
    /// How many elements the old fragment builds: the page must hold as many for the
    /// edits to apply.
    pub elements: usize,
    /// In document order; none when the fragments are equal.
    pub changes: Vec<Change>,
}

/// The edits that turn the elements built from `old` into what `new` would build, or
/// `None` when the shapes differ. Each fragment is read once.
pub fn edits(old: &str, new: &str) -> Option<Edits> {
    let (a, b) = (nodes(old)?, nodes(new)?);
    if a.len() != b.len() {
        return None;
    }
    let mut out = Vec::new();
    let mut element = 0;
    for (x, y) in a.iter().zip(&b) {
        match (x, y) {
            (Node::Element(x), Node::Element(y)) => {
                element_changes(x, y, element, &mut out)?;
                element += 1;
            }
            (Node::Close(x), Node::Close(y)) if x == y => {}
            (Node::Text(x), Node::Text(y)) if x == y => {}
            _ => return None,
        }
    }
    Some(Edits {
        elements: element,
        changes: out,
    })
}

fn element_changes(x: &Element, y: &Element, index: usize, out: &mut Vec<Change>) -> Option<()> {
    if x.tag != y.tag || x.attrs.len() != y.attrs.len() || x.leaf.is_some() != y.leaf.is_some() {
        return None;
    }
    for ((name, old), (other, new)) in x.attrs.iter().zip(&y.attrs) {
        if name != other {
            return None;
        }
        if old != new {
            out.push(Change::Attr {
                element: index,
                name: (*name).to_string(),
                value: unescape(new),
            });
        }
    }
    if let (Some(old), Some(new)) = (x.leaf, y.leaf) {
        if old != new {
            out.push(Change::Text {
                element: index,
                text: unescape(new),
            });
        }
    }
    Some(())
}

struct Element<'a> {
    tag: &'a str,
    attrs: Vec<(&'a str, &'a str)>,
    /// The text of an element that holds only text; `None` if it holds elements.
    leaf: Option<&'a str>,
}

enum Node<'a> {
    Element(Element<'a>),
    Close(&'a str),
    /// Text beside elements (not an element's only content): must stay as it is.
    Text(&'a str),
}

enum Token<'a> {
    Open(&'a str, Vec<(&'a str, &'a str)>),
    Close(&'a str),
    Text(&'a str),
}

fn nodes(html: &str) -> Option<Vec<Node<'_>>> {
    let tokens = tokens(html)?;
    let mut out = Vec::with_capacity(tokens.len());
    let mut depth = 0usize;
    let mut i = 0;
    while i < tokens.len() {
        match &tokens[i] {
            Token::Open(tag, attrs) => {
                depth += 1;
                let (leaf, skip) = match (tokens.get(i + 1), tokens.get(i + 2)) {
                    (Some(Token::Close(t)), _) if t == tag => (Some(""), 0),
                    (Some(Token::Text(x)), Some(Token::Close(t))) if t == tag => (Some(*x), 1),
                    _ => (None, 0),
                };
                out.push(Node::Element(Element {
                    tag,
                    attrs: attrs.clone(),
                    leaf,
                }));
                i += skip;
            }
            Token::Close(tag) => {
                depth = depth.checked_sub(1)?;
                out.push(Node::Close(tag));
            }
            Token::Text(x) => out.push(Node::Text(x)),
        }
        i += 1;
    }
    (depth == 0).then_some(out)
}

fn tokens(html: &str) -> Option<Vec<Token<'_>>> {
    let mut out = Vec::new();
    let mut rest = html;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("</") {
            let end = find(after, b'>')?;
            let tag = &after[..end];
            if !is_name(tag) {
                return None;
            }
            out.push(Token::Close(tag));
            rest = &after[end + 1..];
        } else if let Some(after) = rest.strip_prefix('<') {
            let (token, left) = open_tag(after)?;
            out.push(token);
            rest = left;
        } else {
            let end = find(rest, b'<').unwrap_or(rest.len());
            out.push(Token::Text(&rest[..end]));
            rest = &rest[end..];
        }
    }
    Some(out)
}

/// `name attr="value"…>` after the `<`; returns the token and what follows the `>`.
fn open_tag(s: &str) -> Option<(Token<'_>, &str)> {
    let name_end = s.bytes().position(|b| b == b' ' || b == b'>')?;
    let tag = &s[..name_end];
    if !is_name(tag) {
        return None;
    }
    let mut rest = &s[name_end..];
    let mut attrs = Vec::new();
    loop {
        if let Some(after) = rest.strip_prefix('>') {
            return Some((Token::Open(tag, attrs), after));
        }
        let after = rest.strip_prefix(' ')?;
        let eq = find(after, b'=')?;
        let name = &after[..eq];
        if !is_name(name) {
            return None;
        }
        let value_start = after[eq + 1..].strip_prefix('"')?;
        let close = find(value_start, b'"')?;
        attrs.push((name, &value_start[..close]));
        rest = &value_start[close + 1..];
    }
}

/// Where the first `byte` (ASCII) is.
fn find(s: &str, byte: u8) -> Option<usize> {
    s.bytes().position(|b| b == byte)
}

fn is_name(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b':')
}

/// The inverse of the escaping [`super::Html`] does.
fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = find(rest, b'&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let (c, len) = [
            ("&amp;", '&'),
            ("&lt;", '<'),
            ("&gt;", '>'),
            ("&quot;", '"'),
            ("&#39;", '\''),
        ]
        .iter()
        .find(|(entity, _)| rest.starts_with(entity))
        .map_or(('&', 1), |(entity, c)| (*c, entity.len()));
        out.push(c);
        rest = &rest[len..];
    }
    out.push_str(rest);
    out
}
