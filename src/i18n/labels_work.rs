//! Names for the work selection and engagement model values.

use super::{t, tf, Key, Lang};
use crate::domain::engagement::{Contract, Driver, Level, Management, Mismatch, Stability};
use crate::domain::work::{Answer, Condition, KeepReason, Verdict, Workstream, WorkstreamKind};

/// The user's name for a workstream, or the catalogue's.
pub fn workstream_name(lang: Lang, w: &Workstream) -> String {
    match (w.name.trim().is_empty(), w.kind) {
        (true, Some(kind)) => t(lang, super::workstream_key(kind)).to_string(),
        _ => w.name.clone(),
    }
}

/// The question that checks a condition.
pub fn condition_question(c: Condition) -> Key {
    match c {
        Condition::AcceptanceCriteria => Key::QAcceptance,
        Condition::Documented => Key::QDocumented,
        Condition::OwnerReachable => Key::QOwner,
        Condition::ScopeDefined => Key::QScope,
        Condition::SpecsWritten => Key::QSpecs,
        Condition::TestStrategySet => Key::QTestStrategy,
        Condition::EscalationPath => Key::QEscalation,
        Condition::RollbackPlan => Key::QRollback,
        Condition::ApiContracts => Key::QApiContracts,
        Condition::ReleaseDecisionsInHouse => Key::QReleaseDecisions,
    }
}

/// The condition as a to-do item.
pub fn condition_todo(c: Condition) -> Key {
    match c {
        Condition::AcceptanceCriteria => Key::TodoAcceptance,
        Condition::Documented => Key::TodoDocumented,
        Condition::OwnerReachable => Key::TodoOwner,
        Condition::ScopeDefined => Key::TodoScope,
        Condition::SpecsWritten => Key::TodoSpecs,
        Condition::TestStrategySet => Key::TodoTestStrategy,
        Condition::EscalationPath => Key::TodoEscalation,
        Condition::RollbackPlan => Key::TodoRollback,
        Condition::ApiContracts => Key::TodoApiContracts,
        Condition::ReleaseDecisionsInHouse => Key::TodoReleaseDecisions,
    }
}

pub fn answer_key(a: Answer) -> Key {
    match a {
        Answer::Yes => Key::AnswerYes,
        Answer::No => Key::AnswerNo,
        Answer::Unsure => Key::AnswerUnsure,
    }
}

pub fn verdict_key(v: &Verdict) -> Key {
    match v {
        Verdict::Ready => Key::VerdictReady,
        Verdict::ReadyAsSpecialist => Key::VerdictSpecialist,
        Verdict::ReadyAfter(_) => Key::VerdictAfter,
        Verdict::KeepInHouse(_) => Key::VerdictKeep,
        Verdict::NotYet(_) => Key::VerdictNotYet,
    }
}

pub fn keep_reason(lang: Lang, r: KeepReason) -> &'static str {
    t(
        lang,
        match r {
            KeepReason::Catalogue(WorkstreamKind::ProductStrategy) => Key::KeepStrategy,
            KeepReason::Catalogue(WorkstreamKind::SecurityRiskAcceptance) => Key::KeepSecurity,
            KeepReason::Catalogue(_) => Key::KeepArchitecture,
            KeepReason::StrategicJudgement => Key::KeepStrategic,
        },
    )
}

pub fn level_key(l: Level) -> Key {
    match l {
        Level::Low => Key::LevelLow,
        Level::Medium => Key::LevelMedium,
        Level::High => Key::LevelHigh,
    }
}

pub fn stability_key(s: Stability) -> Key {
    match s {
        Stability::Stable => Key::ScopeStable,
        Stability::Evolving => Key::ScopeEvolving,
        Stability::Volatile => Key::ScopeVolatile,
    }
}

pub fn management_key(m: Management) -> Key {
    match m {
        Management::Internal => Key::MgmtInternal,
        Management::Shared => Key::MgmtShared,
        Management::External => Key::MgmtExternal,
    }
}

pub fn contract_key(c: Contract) -> Key {
    match c {
        Contract::TimeAndMaterials => Key::ContractTm,
        Contract::FixedPrice => Key::ContractFixed,
        Contract::Retainer => Key::ContractRetainer,
        Contract::DedicatedContract => Key::ContractDedicated,
    }
}

pub fn mismatch_key(m: Mismatch) -> Key {
    match m {
        Mismatch::OdcWithLowLeadership => Key::WarnOdcLeadership,
        Mismatch::FixedPriceUnstableScope => Key::WarnFixedPrice,
        Mismatch::OdcShortHorizon => Key::WarnOdcHorizon,
        Mismatch::ExternalManagementContinuity => Key::WarnExternalContinuity,
        Mismatch::SpecialistForOngoingProduct => Key::WarnSpecialistOngoing,
    }
}

/// "+20 the work is ongoing product development".
pub fn driver_text(lang: Lang, points: i32, d: Driver) -> String {
    let what = match d {
        Driver::Nature(n) => tf(
            lang,
            Key::DriverNature,
            &[("v", t(lang, super::nature_key(n)))],
        ),
        Driver::Leadership(l) => tf(lang, Key::DriverLeadership, &[("v", t(lang, level_key(l)))]),
        Driver::Scope(s) => tf(lang, Key::DriverScope, &[("v", t(lang, stability_key(s)))]),
        Driver::ShortHorizon => t(lang, Key::DriverShort).to_string(),
        Driver::MediumHorizon => t(lang, Key::DriverMedium).to_string(),
        Driver::LongHorizon => t(lang, Key::DriverLong).to_string(),
        Driver::Continuity(l) => tf(lang, Key::DriverContinuity, &[("v", t(lang, level_key(l)))]),
        Driver::Management(m) => tf(
            lang,
            Key::DriverManagement,
            &[("v", t(lang, management_key(m)))],
        ),
    };
    format!("{points:+} {what}")
}
