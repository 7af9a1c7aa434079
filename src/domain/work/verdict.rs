//! Verdicts on workstreams, the prioritised list and the pilot.

use super::{Answer, Base, Condition, WorkSelection, Workstream, WorkstreamKind};

/// Why a workstream stays in-house.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeepReason {
    /// The catalogue keeps this kind in-house.
    Catalogue(WorkstreamKind),
    /// It needs constant strategic judgement or executive input.
    StrategicJudgement,
}

/// The verdict on one workstream.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    Ready,
    ReadyAsSpecialist,
    /// Ready once the listed conditions hold: the to-do list.
    ReadyAfter(Vec<Condition>),
    KeepInHouse(Vec<KeepReason>),
    /// Not yet: the scope must be defined internally first.
    NotYet(Vec<Condition>),
}

/// The verdict with what drove it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Judgement {
    pub verdict: Verdict,
    /// Conditions that hold.
    pub met: Vec<Condition>,
    /// Moved against the guide's advice, with the risk accepted.
    pub accepted_risk: bool,
}

/// Judges one workstream from the catalogue and its answers.
pub fn judge(w: &Workstream) -> Judgement {
    let conditions = w.conditions();
    let met: Vec<Condition> = conditions
        .iter()
        .copied()
        .filter(|c| w.answers.get(*c) == Answer::Yes)
        .collect();
    let missing: Vec<Condition> = conditions
        .iter()
        .copied()
        .filter(|c| !met.contains(c))
        .collect();
    let mut keep = Vec::new();
    if let (Base::KeepInHouse, Some(kind)) = (w.base(), w.kind) {
        keep.push(KeepReason::Catalogue(kind));
    }
    if w.answers.strategic_judgement == Answer::Yes {
        keep.push(KeepReason::StrategicJudgement);
    }
    let judgement = |verdict, accepted_risk| Judgement {
        verdict,
        met: met.clone(),
        accepted_risk,
    };
    if !keep.is_empty() && !w.risk_accepted {
        return judgement(Verdict::KeepInHouse(keep), false);
    }
    let accepted_risk = !keep.is_empty();
    let scope_missing = w.answers.scope_defined != Answer::Yes;
    if w.base() == Base::NotYet && scope_missing || w.answers.scope_defined == Answer::No {
        return judgement(
            Verdict::NotYet(vec![Condition::ScopeDefined]),
            accepted_risk,
        );
    }
    let verdict = match (missing.is_empty(), w.base()) {
        (false, _) => Verdict::ReadyAfter(missing),
        (true, Base::Specialist) => Verdict::ReadyAsSpecialist,
        (true, _) => Verdict::Ready,
    };
    judgement(verdict, accepted_risk)
}

/// A workstream's place in the prioritised list.
#[derive(Clone, Debug, PartialEq)]
pub struct Ranked {
    pub id: u32,
    pub judgement: Judgement,
    /// Share of its conditions that hold, 0 to 1.
    pub governability: f64,
    /// value x governability, 0 to 5.
    pub priority: f64,
}

/// The ticked workstreams that may move (not kept in-house, not "not yet"), highest
/// priority first; ties keep the list's order.
pub fn prioritise(sel: &WorkSelection) -> Vec<Ranked> {
    let mut ranked: Vec<Ranked> = sel
        .selected()
        .map(|w| {
            let j = judge(w);
            let governability = j.met.len() as f64 / w.conditions().len() as f64;
            Ranked {
                id: w.id,
                priority: w.value as f64 * governability,
                governability,
                judgement: j,
            }
        })
        .filter(|r| {
            !matches!(
                r.judgement.verdict,
                Verdict::KeepInHouse(_) | Verdict::NotYet(_)
            )
        })
        .collect();
    ranked.sort_by(|a, b| b.priority.total_cmp(&a.priority));
    ranked
}

/// The suggested pilot, and whether it is ready now or only after its to-dos.
#[derive(Clone, Debug, PartialEq)]
pub struct Pilot {
    pub id: u32,
    pub ready_now: bool,
    pub value: u8,
    pub governability: f64,
}

/// The first governable workstream: the highest-priority one that is ready now, or if
/// none is, the highest-priority one that will be ready after its to-dos.
pub fn pilot(sel: &WorkSelection) -> Option<Pilot> {
    let ranked = prioritise(sel);
    let ready = |r: &&Ranked| {
        matches!(
            r.judgement.verdict,
            Verdict::Ready | Verdict::ReadyAsSpecialist
        )
    };
    let pick = ranked.iter().find(ready).or_else(|| ranked.first())?;
    let value = sel
        .workstreams
        .iter()
        .find(|w| w.id == pick.id)
        .map(|w| w.value)?;
    Some(Pilot {
        id: pick.id,
        ready_now: ready(&pick),
        value,
        governability: pick.governability,
    })
}

/// Workstreams moved against the guide's advice: the plan records them as accepted risks.
pub fn accepted_risks(sel: &WorkSelection) -> Vec<u32> {
    sel.selected()
        .filter(|w| judge(w).accepted_risk)
        .map(|w| w.id)
        .collect()
}
