//! Embedding on other sites: the whitelisted URL parameters an embedder may set, the
//! preset of defaults they may carry, and the snippet they paste. Anything not on the
//! whitelist, or malformed, is ignored and never reaches the page.

pub mod colour;

use serde::{Deserialize, Serialize};

use crate::app::share::{pack, unpack, OpenError};
use crate::domain::business::Currency;
use crate::domain::cost::inputs::{Assumptions, VendorOption};
use crate::domain::overlap::locations::Candidate;
use crate::domain::Plan;
use colour::Rgb;

/// Longest query string read for embed parameters (a preset rides in it).
pub const MAX_EMBED_QUERY: usize = 16 * 1024;
/// The message the app posts to its parent: only its height.
pub const RESIZE_MESSAGE: &str = "planner:resize";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
}

impl Theme {
    pub fn slug(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// What an embedder asked for, validated.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EmbedParams {
    /// `embed=1`: compact header, transparent background, height posted to the parent.
    pub embed: bool,
    pub accent: Option<Rgb>,
    pub theme: Option<Theme>,
    /// A language tag, only if it is one of the app's languages.
    pub lang: Option<&'static str>,
    pub currency: Option<Currency>,
    /// Defaults for a new plan (rates, assumptions, locations), from `preset=p2.…`.
    pub preset: Option<Preset>,
}

impl EmbedParams {
    /// Reads the whitelisted parameters from a query string; `langs` are the app's
    /// language tags. The first valid value of each parameter wins.
    pub fn parse(search: &str, langs: &[&'static str]) -> EmbedParams {
        Self::parse_with(search, langs, |link| Preset::decode(link).ok())
    }

    /// [`parse`](Self::parse), with the preset read by `preset` (the app passes the
    /// share-link reader once it is loaded, or nothing when the preset is not wanted).
    pub fn parse_with(
        search: &str,
        langs: &[&'static str],
        preset: impl Fn(&str) -> Option<Preset>,
    ) -> EmbedParams {
        let mut p = EmbedParams::default();
        if search.len() > MAX_EMBED_QUERY {
            return p;
        }
        for pair in search.trim_start_matches('?').split('&') {
            let (key, raw) = pair.split_once('=').unwrap_or((pair, ""));
            let Some(value) = percent_decode(raw) else {
                continue;
            };
            let value = value.as_str();
            match key {
                "embed" => p.embed |= value == "1" || value == "true",
                "accent" => p.accent = p.accent.or_else(|| Rgb::parse_hex(value)),
                "theme" => p.theme = p.theme.or(theme_of(value)),
                "lang" => {
                    p.lang = p
                        .lang
                        .or_else(|| langs.iter().copied().find(|l| *l == value))
                }
                "currency" => p.currency = p.currency.or_else(|| Currency::from_code(value)),
                "preset" if p.preset.is_none() => p.preset = preset(value),
                _ => {}
            }
        }
        p
    }

    /// The plan a new user starts from: the preset (or the blank plan) with the currency.
    pub fn starting_plan(&self) -> Plan {
        let mut plan = Plan::default();
        if let Some(p) = &self.preset {
            p.apply(&mut plan);
        }
        if let Some(c) = self.currency {
            // A fresh plan's amounts are the US-dollar defaults: converted.
            plan.business.convert_to(c);
        }
        plan
    }

    /// The query string that asks for these options (`embed=1` first), for the snippet.
    pub fn query(&self) -> String {
        let mut parts = vec!["embed=1".to_string()];
        if let Some(a) = self.accent {
            parts.push(format!("accent={}", &a.hex()[1..]));
        }
        if let Some(t) = self.theme {
            parts.push(format!("theme={}", t.slug()));
        }
        if let Some(l) = self.lang {
            parts.push(format!("lang={l}"));
        }
        if let Some(c) = self.currency {
            parts.push(format!("currency={}", c.code()));
        }
        if let Some(p) = &self.preset {
            parts.push(format!("preset={}", p.encode()));
        }
        format!("?{}", parts.join("&"))
    }
}

/// Where the user's own theme choice is kept (`light` or `dark`; absent: follow the
/// browser).
pub const THEME_KEY: &str = "offshoring-planner.theme";

/// Reads a theme name; anything else is `None`.
pub fn theme_of(value: &str) -> Option<Theme> {
    match value {
        "light" => Some(Theme::Light),
        "dark" => Some(Theme::Dark),
        _ => None,
    }
}

/// Decodes `%XX` escapes; `None` for a malformed escape or bytes that are not UTF-8.
/// Values longer than the query bound never get here.
pub fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = text.get(i + 1..i + 3)?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// The part of a plan an embedder presets: currency, cost assumptions, vendor rate card,
/// working hours and the locations compared. Goals, scope and answers stay the user's:
/// this type has no field for them, so a preset that carries a whole plan loses the rest
/// when it is read (unknown fields are dropped, not refused, so presets made by a newer
/// version with more defaults still give these).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Preset {
    pub business: PresetBusiness,
    pub location: PresetLocation,
}

/// The business case's part of a [`Preset`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct PresetBusiness {
    pub currency: Currency,
    pub assumptions: Assumptions,
    pub options: Vec<VendorOption>,
}

/// The location step's part of a [`Preset`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct PresetLocation {
    pub hq_start_min: u16,
    pub hq_end_min: u16,
    pub candidates: Vec<Candidate>,
}

/// A field a preset leaves out keeps a new plan's default.
impl Default for Preset {
    fn default() -> Self {
        Preset::of(&Plan::default())
    }
}

impl Default for PresetBusiness {
    fn default() -> Self {
        Preset::default().business
    }
}

impl Default for PresetLocation {
    fn default() -> Self {
        Preset::default().location
    }
}

impl Preset {
    /// The preset part of a plan.
    pub fn of(plan: &Plan) -> Preset {
        let (b, l) = (&plan.business, &plan.location);
        Preset {
            business: PresetBusiness {
                currency: b.currency,
                assumptions: b.assumptions.clone(),
                options: b.options.clone(),
            },
            location: PresetLocation {
                hq_start_min: l.hq_start_min,
                hq_end_min: l.hq_end_min,
                candidates: l.candidates.clone(),
            },
        }
    }

    /// Writes the preset's fields into `plan`, leaving every other field as it is.
    pub fn apply(&self, plan: &mut Plan) {
        let (b, l) = (&self.business, &self.location);
        plan.business.currency = b.currency;
        plan.business.assumptions = b.assumptions.clone();
        plan.business.options = b.options.clone();
        plan.location.hq_start_min = l.hq_start_min;
        plan.location.hq_end_min = l.hq_end_min;
        plan.location.candidates = l.candidates.clone();
    }

    /// The `preset=` value: compressed with its checksum, in the share links' `p2.` form.
    pub fn encode(&self) -> String {
        pack(crate::support::json::write(self).as_bytes())
    }

    /// Reads a `preset=` value (`p1.` or `p2.`); refused unless the plan it gives a new
    /// user passes every check.
    pub fn decode(text: &str) -> Result<Preset, OpenError> {
        let bytes = unpack(text)?;
        let value = crate::support::json::parse_bytes(&bytes).ok_or(OpenError::Damaged)?;
        if !value.is_object() {
            return Err(OpenError::WrongShape("preset".into()));
        }
        let preset: Preset =
            crate::support::json::read(value).map_err(|e| OpenError::WrongShape(e.to_string()))?;
        let mut plan = Plan::default();
        preset.apply(&mut plan);
        plan.check().map_err(OpenError::OutOfRange)?;
        Ok(preset)
    }
}

/// Escapes text for an HTML attribute value in double quotes.
fn attr(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The HTML an embedder pastes: an iframe (titled, lazy) and, optionally, the resizer
/// script served next to the app. `app_url` is the app's address without query or
/// fragment, ending in `/`.
pub fn snippet(app_url: &str, params: &EmbedParams, title: &str, resize: bool) -> String {
    let src = format!("{app_url}{}", params.query());
    let mut html = format!(
        "<iframe src=\"{}\" title=\"{}\" loading=\"lazy\" allow=\"clipboard-write\" \
         data-planner-embed style=\"width:100%;height:900px;border:0\"></iframe>",
        attr(&src),
        attr(title)
    );
    if resize {
        html.push_str(&format!(
            "\n<script src=\"{}\" async></script>",
            attr(&format!("{app_url}embed.js"))
        ));
    }
    html
}
