//! The five steps and how the current one is carried in the URL query (`?step=work`),
//! so reloads and the browser's Back button keep the user where they were, on any static
//! host and inside an iframe.

/// The wizard's steps, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Step {
    #[default]
    Business,
    Work,
    Engagement,
    Location,
    Plan,
}

impl Step {
    pub const ALL: [Step; 5] = [
        Step::Business,
        Step::Work,
        Step::Engagement,
        Step::Location,
        Step::Plan,
    ];

    /// Zero-based position.
    pub fn index(self) -> usize {
        match self {
            Step::Business => 0,
            Step::Work => 1,
            Step::Engagement => 2,
            Step::Location => 3,
            Step::Plan => 4,
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            Step::Business => "business",
            Step::Work => "work",
            Step::Engagement => "engagement",
            Step::Location => "location",
            Step::Plan => "plan",
        }
    }

    pub fn from_slug(s: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|st| st.slug() == s)
    }

    pub fn next(self) -> Option<Step> {
        Step::ALL.get(self.index() + 1).copied()
    }

    pub fn prev(self) -> Option<Step> {
        self.index().checked_sub(1).map(|i| Step::ALL[i])
    }
}

/// Longest query string we look at; anything longer is ignored rather than scanned.
const MAX_QUERY: usize = 4096;

/// Reads the step from a URL query (`?a=b&step=work`). Unknown or missing: the first step.
pub fn step_from_query(search: &str) -> Step {
    query_pairs(search)
        .find(|(k, _)| *k == "step")
        .and_then(|(_, v)| Step::from_slug(v))
        .unwrap_or_default()
}

/// Returns the query with `step` set to the given step, keeping every other parameter
/// (for example `embed=1`) as it was. The result starts with `?`.
pub fn query_with_step(search: &str, step: Step) -> String {
    let mut parts: Vec<String> = query_pairs(search)
        .filter(|(k, _)| *k != "step" && !k.is_empty())
        .map(|(k, v)| {
            if v.is_empty() {
                k.to_string()
            } else {
                format!("{k}={v}")
            }
        })
        .collect();
    parts.push(format!("step={}", step.slug()));
    format!("?{}", parts.join("&"))
}

fn query_pairs(search: &str) -> impl Iterator<Item = (&str, &str)> {
    let search = if search.len() > MAX_QUERY { "" } else { search };
    search
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| p.split_once('=').unwrap_or((p, "")))
}
