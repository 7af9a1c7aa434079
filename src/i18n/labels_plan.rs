//! Names for the plan document's values.

use super::{t, Key, Lang};
use crate::domain::roadmap::{Milestone, Phase, Risk, RiskDriver};

pub fn phase_key(p: Phase) -> Key {
    match p {
        Phase::BusinessCase => Key::PhaseBusiness,
        Phase::Workstreams => Key::PhaseWorkstreams,
        Phase::Model => Key::PhaseModel,
        Phase::Governance => Key::PhaseGovernance,
        Phase::Standards => Key::PhaseStandards,
        Phase::Onboarding => Key::PhaseOnboarding,
        Phase::Scorecard => Key::PhaseScorecard,
    }
}

pub fn milestone_key(m: Milestone) -> Key {
    match m {
        Milestone::BusinessCaseWritten => Key::MsBusinessCase,
        Milestone::PilotChosen => Key::MsPilot,
        Milestone::ContractSigned => Key::MsContract,
        Milestone::GovernanceSet => Key::MsGovernanceSet,
        Milestone::StandardsWritten => Key::MsStandards,
        Milestone::FirstSprint => Key::MsFirstSprint,
        Milestone::KnowledgeTransferReview => Key::MsKnowledge,
        Milestone::GovernanceReview => Key::MsGovernanceReview,
        Milestone::FirstScorecardReview => Key::MsScorecard,
        Milestone::HealthCheck => Key::MsHealthCheck,
    }
}

pub fn risk_key(r: Risk) -> Key {
    match r {
        Risk::CommunicationGaps => Key::RiskCommunication,
        Risk::TimeZoneFriction => Key::RiskTimeZone,
        Risk::QualityDrift => Key::RiskQuality,
        Risk::WeakContext => Key::RiskContext,
    }
}

pub fn risk_fix_key(r: Risk) -> Key {
    match r {
        Risk::CommunicationGaps => Key::FixCommunication,
        Risk::TimeZoneFriction => Key::FixTimeZone,
        Risk::QualityDrift => Key::FixQuality,
        Risk::WeakContext => Key::FixContext,
    }
}

pub fn risk_driver_key(d: RiskDriver) -> Key {
    match d {
        RiskDriver::SpecsUnclear => Key::RdSpecsUnclear,
        RiskDriver::SpecsMostlyClear => Key::RdSpecsMostly,
        RiskDriver::PilotMissingCriteria => Key::RdPilotCriteria,
        RiskDriver::OverlapAtMostOneHour => Key::RdOverlapOne,
        RiskDriver::OverlapUnderThree => Key::RdOverlapThree,
        RiskDriver::OverlapUnderFive => Key::RdOverlapFive,
        RiskDriver::HighAttrition => Key::RdAttrition,
        RiskDriver::ReworkFromSpecs => Key::RdRework,
        RiskDriver::VendorManaged => Key::RdVendorManaged,
        RiskDriver::VagueGoal => Key::RdVagueGoal,
        RiskDriver::ContinuityMatters => Key::RdContinuity,
    }
}

/// A milestone's name, with the holiday it was moved off when it was: "Week 8
/// governance review (moved from 2027-02-15: Washington's Birthday at headquarters)".
pub fn milestone_text(
    lang: Lang,
    m: crate::domain::roadmap::Milestone,
    moved: Option<&crate::domain::roadmap::Moved>,
    date: &dyn Fn(i64) -> String,
) -> String {
    let name = t(lang, milestone_key(m));
    match moved {
        Some(x) => format!(
            "{name} ({})",
            super::tf(
                lang,
                Key::MsMoved,
                &[
                    ("date", &date(x.from)),
                    ("holiday", x.holiday.text(lang == Lang::Es))
                ]
            )
        ),
        None => name.to_string(),
    }
}
