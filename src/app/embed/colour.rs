//! An embedder's accent colour, made safe to read: the shades the app uses are derived so
//! that text on them and text in them keeps WCAG AA contrast in both themes.

/// A colour from a `#rrggbb` or `#rgb` hex string.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// Parses `rrggbb`, `rgb`, with or without a leading `#`. Anything else is `None`.
    pub fn parse_hex(text: &str) -> Option<Rgb> {
        let hex = text.strip_prefix('#').unwrap_or(text);
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let digit = |i: usize, len: usize| u8::from_str_radix(&hex[i..i + len], 16).ok();
        match hex.len() {
            6 => Some(Rgb(digit(0, 2)?, digit(2, 2)?, digit(4, 2)?)),
            3 => {
                let d = |i| digit(i, 1).map(|v| v * 17);
                Some(Rgb(d(0)?, d(1)?, d(2)?))
            }
            _ => None,
        }
    }

    /// `#rrggbb`, lower case.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// WCAG relative luminance.
    pub fn luminance(self) -> f64 {
        let lin = |c: u8| {
            let s = c as f64 / 255.0;
            if s <= 0.04045 {
                s / 12.92
            } else {
                // x^2.4 = x^2 x (x^2)^(1/5)
                let x2 = ((s + 0.055) / 1.055).powi(2);
                x2 * crate::support::root::nth_root(x2, 5)
            }
        };
        0.2126 * lin(self.0) + 0.7152 * lin(self.1) + 0.0722 * lin(self.2)
    }

    /// Mixes `amount` (0 to 1) of `other` into this colour.
    pub fn mix(self, other: Rgb, amount: f64) -> Rgb {
        let m = |a: u8, b: u8| (a as f64 + (b as f64 - a as f64) * amount).round() as u8;
        Rgb(m(self.0, other.0), m(self.1, other.1), m(self.2, other.2))
    }
}

/// WCAG contrast ratio between two colours (1 to 21).
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (a.luminance(), b.luminance());
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

const WHITE: Rgb = Rgb(255, 255, 255);
const BLACK: Rgb = Rgb(0, 0, 0);
/// The page backgrounds of the two themes (the darker surface of each, the worst case).
pub const LIGHT_BG: Rgb = Rgb(0xf6, 0xf7, 0xf9);
pub const DARK_BG: Rgb = Rgb(0x12, 0x16, 0x1c);
/// Text contrast the app keeps (WCAG 2.2 AA for normal text).
pub const MIN_CONTRAST: f64 = 4.5;

/// The accent shades for one theme.
#[derive(Clone, Debug, PartialEq)]
pub struct Shades {
    /// Buttons, links, the current step.
    pub accent: Rgb,
    /// Hover states and headings in the accent colour.
    pub strong: Rgb,
    /// Tinted panels.
    pub soft: Rgb,
    /// Text on the accent.
    pub on_accent: Rgb,
}

/// The accent shades for a light and a dark page: the colour is darkened (light theme) or
/// lightened (dark theme) only as far as needed to read at [`MIN_CONTRAST`] on the page.
pub fn palette(base: Rgb) -> (Shades, Shades) {
    let light = shades(base, LIGHT_BG, BLACK, WHITE);
    let dark = shades(base, DARK_BG, WHITE, DARK_BG);
    (light, dark)
}

fn shades(base: Rgb, bg: Rgb, toward: Rgb, soft_base: Rgb) -> Shades {
    let accent = until_readable(base, bg, toward);
    let strong = until_readable(accent.mix(toward, 0.2), bg, toward);
    let on_accent = if contrast(WHITE, accent) >= contrast(DARK_BG, accent) {
        WHITE
    } else {
        DARK_BG
    };
    Shades {
        accent,
        strong,
        soft: soft_base.mix(accent, 0.12),
        on_accent,
    }
}

/// Moves `c` toward `toward` in 2% steps until it reads on `bg`.
fn until_readable(c: Rgb, bg: Rgb, toward: Rgb) -> Rgb {
    (0..=50)
        .map(|i| c.mix(toward, i as f64 * 0.02))
        .find(|m| contrast(*m, bg) >= MIN_CONTRAST)
        .unwrap_or(toward)
}
