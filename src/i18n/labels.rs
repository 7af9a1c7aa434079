//! Which message names each domain value, and the text of domain errors.

use super::{t, tf, Key, Lang};
use crate::app::persist::LoadProblem;
use crate::app::Step;
use crate::domain::plan::{Goal, WorkNature, WorkstreamKind};
use crate::domain::validate::FieldError;

pub fn step_key(step: Step) -> Key {
    match step {
        Step::Business => Key::StepBusiness,
        Step::Work => Key::StepWork,
        Step::Engagement => Key::StepEngagement,
        Step::Location => Key::StepLocation,
        Step::Plan => Key::StepPlan,
    }
}

pub fn goal_key(goal: Goal) -> Key {
    match goal {
        Goal::FasterDelivery => Key::GoalFasterDelivery,
        Goal::PlatformRebuild => Key::GoalPlatformRebuild,
        Goal::QaCoverage => Key::GoalQaCoverage,
        Goal::LowerRiskScaling => Key::GoalLowerRiskScaling,
        Goal::ScarceSkills => Key::GoalScarceSkills,
        Goal::CostStructure => Key::GoalCostStructure,
    }
}

pub fn workstream_key(kind: WorkstreamKind) -> Key {
    match kind {
        WorkstreamKind::FeatureDevelopment => Key::WsFeatureDevelopment,
        WorkstreamKind::QaAutomation => Key::WsQaAutomation,
        WorkstreamKind::Maintenance => Key::WsMaintenance,
        WorkstreamKind::CloudMigration => Key::WsCloudMigration,
        WorkstreamKind::ModularPlatform => Key::WsModularPlatform,
        WorkstreamKind::Devops => Key::WsDevops,
        WorkstreamKind::CoreArchitecture => Key::WsCoreArchitecture,
        WorkstreamKind::ProductStrategy => Key::WsProductStrategy,
        WorkstreamKind::SecurityRiskAcceptance => Key::WsSecurityRiskAcceptance,
        WorkstreamKind::UndefinedScope => Key::WsUndefinedScope,
    }
}

pub fn nature_key(nature: WorkNature) -> Key {
    match nature {
        WorkNature::OngoingProduct => Key::NatureOngoingProduct,
        WorkNature::DefinedInitiative => Key::NatureDefinedInitiative,
        WorkNature::SecondHub => Key::NatureSecondHub,
        WorkNature::SkillGap => Key::NatureSkillGap,
    }
}

/// The message for a refused field value.
pub fn field_error(lang: Lang, err: FieldError) -> String {
    let n = |v: u32| v.to_string();
    match err {
        FieldError::Empty => t(lang, Key::ErrEmpty).to_string(),
        FieldError::NotWholeNumber => t(lang, Key::ErrNotWhole).to_string(),
        FieldError::OutOfRange { min, max } => {
            tf(lang, Key::ErrRange, &[("min", &n(min)), ("max", &n(max))])
        }
        FieldError::TooLong { max } => tf(lang, Key::ErrTooLong, &[("max", &n(max))]),
        FieldError::BadTime => t(lang, Key::ErrBadTime).to_string(),
        FieldError::NotANumber => t(lang, Key::ErrNotANumber).to_string(),
        FieldError::Negative => t(lang, Key::ErrNegative).to_string(),
        FieldError::OutOfRangeDecimal { min, max } => tf(
            lang,
            Key::ErrRangeDecimal,
            &[
                ("min", &number_in(lang, min)),
                ("max", &number_in(lang, max)),
            ],
        ),
        FieldError::Unordered => t(lang, Key::ErrUnordered).to_string(),
        FieldError::BadDate => t(lang, Key::ErrBadDate).to_string(),
        FieldError::Duplicate => t(lang, Key::ErrDuplicate).to_string(),
        FieldError::EndBeforeStart => t(lang, Key::ErrEndBeforeStart).to_string(),
        FieldError::BadZone => t(lang, Key::ErrBadZone).to_string(),
        FieldError::BadCountry => t(lang, Key::ErrBadCountry).to_string(),
        FieldError::TooMany { max } => tf(lang, Key::ErrTooMany, &[("max", &n(max))]),
    }
}

/// Why a saved plan could not be read, as a clause for the notice.
pub fn load_problem(lang: Lang, problem: &LoadProblem) -> String {
    match problem {
        LoadProblem::TooLarge { bytes } => {
            // Integer arithmetic: formatting a float here would bring the float printer
            // into the first load.
            let tenths = bytes / 100_000;
            let mb = format!("{}.{}", tenths / 10, tenths % 10);
            tf(lang, Key::LoadTooLarge, &[("size", &mb)])
        }
        LoadProblem::Newer { version } => {
            tf(lang, Key::LoadNewer, &[("version", &version.to_string())])
        }
        LoadProblem::NotJson => t(lang, Key::LoadNotJson).to_string(),
        LoadProblem::WrongShape(_) => t(lang, Key::LoadWrongShape).to_string(),
        LoadProblem::OlderUnknownVersion { version } => {
            tf(lang, Key::LoadOlder, &[("version", &version.to_string())])
        }
        LoadProblem::OutOfRange(inv) => tf(lang, Key::LoadOutOfRange, &[("field", inv.field)]),
    }
}

/// A scenario's name as shown: "Unnamed plan" when it has none, so no list row, picker
/// or question ever names a blank.
pub fn scenario_name(lang: Lang, name: &str) -> String {
    if name.trim().is_empty() {
        t(lang, Key::UnnamedPlan).to_string()
    } else {
        name.to_string()
    }
}

/// A message about a step, with `{n}`, `{total}` and `{name}` filled.
pub fn step_message(lang: Lang, key: Key, step: Step) -> String {
    let n = (step.index() + 1).to_string();
    let total = Step::ALL.len().to_string();
    let name = t(lang, step_key(step));
    tf(lang, key, &[("n", &n), ("total", &total), ("name", name)])
}

/// A number without needless decimals, with thousands separators: 144,570 or 1.25.
/// A number written the way a language writes it (`1,234.5` in English, `1.234,5` in
/// Spanish), from the catalogue's `NumberDecimal` and `NumberGroup`.
/// "Month 3", or "Not within 18 months" when the option does not break even.
pub fn break_even_text(lang: Lang, month: Option<u32>, horizon: u32) -> String {
    match month {
        Some(m) => tf(lang, Key::MonthN, &[("n", &m.to_string())]),
        None => tf(lang, Key::NotWithin, &[("n", &horizon.to_string())]),
    }
}

pub fn number_in(lang: Lang, v: f64) -> String {
    let (decimal, group) = separators(lang);
    plain_number(v)
        .chars()
        .map(|c| match c {
            '.' => decimal,
            ',' => group,
            c => c,
        })
        .collect()
}

/// The decimal and group separators of a language.
pub fn separators(lang: Lang) -> (char, char) {
    let first = |k| t(lang, k).chars().next();
    (
        first(Key::NumberDecimal).unwrap_or('.'),
        first(Key::NumberGroup).unwrap_or(','),
    )
}

/// A number in English form (`1,234.5`); see [`number_in`] for other languages.
pub fn plain_number(v: f64) -> String {
    let rounded = (v * 100.0).round() / 100.0;
    let whole = rounded.trunc() as i64;
    let frac = ((rounded - whole as f64).abs() * 100.0).round() as i64;
    let digits = whole.abs().to_string();
    let mut grouped = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    let sign = if rounded < 0.0 { "-" } else { "" };
    match frac {
        0 => format!("{sign}{grouped}"),
        f if f % 10 == 0 => format!("{sign}{grouped}.{}", f / 10),
        f => format!("{sign}{grouped}.{f:02}"),
    }
}

/// The example plan with its free text (scope, metric targets, owners) in a language.
pub fn example_plan_in(lang: Lang, today: Option<(i32, u32, u32)>) -> crate::domain::Plan {
    let mut plan = match today {
        Some(day) => crate::domain::example::example_from(day),
        None => crate::domain::example::example_plan(),
    };
    plan.governance.title = t(lang, Key::ExTitle).to_string();
    plan.business.scope = t(lang, Key::ExScope).to_string();
    for (m, key) in plan
        .business
        .metrics
        .iter_mut()
        .zip([Key::ExTargetCycle, Key::ExTargetDefects])
    {
        m.target = t(lang, key).to_string();
    }
    let g = &mut plan.governance;
    g.owner_priorities = t(lang, Key::ExOwnerPriorities).to_string();
    g.owner_decisions = t(lang, Key::ExOwnerDecisions).to_string();
    g.owner_escalation = t(lang, Key::ExOwnerEscalation).to_string();
    g.owner_done = t(lang, Key::ExOwnerDone).to_string();
    plan
}
