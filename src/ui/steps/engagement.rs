//! Step 3: the questions, the four models scored with their reasons, the comparison
//! table, the choice and its warnings.

use leptos::prelude::*;

use crate::ui::steps::TableWrap;

use crate::domain::cost::inputs::EngagementModel;
use crate::domain::engagement::{
    chosen_model, mismatches, recommended, score_models, Contract, EngagementAnswers, Level,
    Management, Stability,
};
use crate::domain::plan::ModelSync;
use crate::domain::validate::HORIZON;
use crate::domain::Plan;
use crate::i18n::{
    contract_key, driver_text, level_key, management_key, mismatch_key, model_key, option_name,
    stability_key, t, tf, Key,
};
use crate::ui::context::{use_doc, use_shell, Shell};
use crate::ui::fields::{CheckedInput, ChoiceSelect};

/// Updates an engagement answer and carries the model in force into the business case,
/// in one change (one Undo takes both back), and says which options it changed there.
fn answer(plan: RwSignal<Plan>, shell: Shell, f: impl FnOnce(&mut EngagementAnswers)) {
    let mut sync = ModelSync::default();
    plan.update(|p| {
        f(&mut p.engagement);
        sync = p.sync_model();
    });
    let Some(model) = sync.model else {
        return;
    };
    let lang = shell.lang.get_untracked();
    let named = |indices: &[usize]| {
        plan.with_untracked(|p| {
            indices
                .iter()
                .filter_map(|i| p.business.options.get(*i))
                .map(|o| option_name(lang, Some(o)))
                .collect::<Vec<_>>()
                .join(", ")
        })
    };
    let model = t(lang, model_key(model));
    for (indices, key) in [
        (&sync.changed, Key::ModelSyncChanged),
        (&sync.kept, Key::ModelSyncKept),
    ] {
        if !indices.is_empty() {
            let options = named(indices);
            let text = tf(lang, key, &[("options", &options), ("model", model)]);
            shell.notify(text, false, None);
        }
    }
}

crate::ui::fields::choice!(Level, Level::slug, Level::from_slug, level_key);
crate::ui::fields::choice!(
    Stability,
    Stability::slug,
    Stability::from_slug,
    stability_key
);
crate::ui::fields::choice!(
    Management,
    Management::slug,
    Management::from_slug,
    management_key
);
crate::ui::fields::choice!(Contract, Contract::slug, Contract::from_slug, contract_key);

macro_rules! select {
    ($id:literal, $label:expr, $field:ident) => {{
        let plan = use_doc().plan;
        let shell = use_shell();
        view! {
            <ChoiceSelect
                id=$id
                label=$label
                placeholder=Key::NotAnswered
                current=Signal::derive(move || plan.with(|p| p.engagement.$field))
                set=Callback::new(move |v| answer(plan, shell, |a| a.$field = v))
            />
        }
    }};
}

/// The terms this step uses, for its glossary.
const TERMS: &[Key] = &[
    Key::GlossDedicated,
    Key::GlossProject,
    Key::GlossOdc,
    Key::GlossSpecialist,
    Key::GlossTm,
    Key::GlossFixed,
];

#[component]
pub fn EngagementStep() -> impl IntoView {
    let shell = use_shell();
    let plan = use_doc().plan;
    view! {
        <crate::ui::glossary::Glossary terms=TERMS/>
        <p class="intro">{shell.msg(Key::EngagementIntro)}</p>
        <section class="panel" aria-labelledby="eq-heading">
            <h2 id="eq-heading">{shell.msg(Key::EngagementQuestions)}</h2>
            <div class="fields">
                {select!("nature", Key::Nature, nature)}
                {select!("leadership", Key::Leadership, leadership)}
                {select!("scope-stability", Key::ScopeStability, scope_stability)}
                {select!("continuity", Key::Continuity, continuity)}
                {select!("management", Key::ManagementLabel, management)}
                {select!("contract", Key::ContractLabel, contract)}
                <CheckedInput
                    id="engagement-horizon"
                    label=Key::EngagementHorizon
                    hint=Key::EngagementHorizonHint
                    inputmode="numeric"
                    current=Signal::derive(move || plan.with(|p| p.engagement.horizon_months.to_string()))
                    apply=Callback::new(move |text: String| {
                        let v = HORIZON.parse(&text)?;
                        // Set by the user: it no longer follows the plan's horizon.
                        answer(plan, shell, |a| {
                            a.horizon_months = v;
                            a.length_set = true;
                        });
                        Ok(())
                    })
                />
            </div>
        </section>
        <Scores/>
        <ModelTable/>
        <Choice/>
    }
}

#[component]
fn Scores() -> impl IntoView {
    let shell = use_shell();
    let doc = use_doc();
    let plan = doc.plan;
    let body = move || {
        let lang = shell.lang.get();
        let a = plan.with(|p| p.engagement.clone());
        let rec = recommended(&a);
        let rows = score_models(&a)
            .into_iter()
            .map(|s| {
                let reasons = s
                    .adjustments
                    .iter()
                    .map(|adj| view! { <li>{driver_text(lang, adj.points, adj.driver)}</li> })
                    .collect_view();
                let is_rec = rec == Some(s.model);
                let width = format!("{}%", s.score);
                view! {
                    <li class="model-score" class:recommended=is_rec>
                        <div class="model-score-head">
                            <span class="model-name">{t(lang, model_key(s.model))}</span>
                            {is_rec.then(|| view! { <span class="badge">{t(lang, Key::RecommendedBadge)}</span> })}
                            <span class="model-points">{format!("{}/100", s.score)}</span>
                        </div>
                        <div class="meter" aria-hidden="true"><span style:width=width></span></div>
                        <ul class="reasons">
                            <li>{tf(lang, Key::BaseScore, &[("n", "50")])}</li>
                            {reasons}
                        </ul>
                    </li>
                }
            })
            .collect_view();
        let summary = match rec {
            Some(m) => tf(
                lang,
                Key::RecommendedModel,
                &[("model", t(lang, model_key(m)))],
            ),
            None => t(lang, Key::AnswerNatureFirst).to_string(),
        };
        view! {
            <p class="recommendation" id="recommendation">{summary}</p>
            <ol class="model-scores" id="model-scores">{rows}</ol>
        }
    };
    view! {
        <section class="panel" aria-labelledby="scores-heading">
            <h2 id="scores-heading">{shell.msg(Key::ScoresHeading)}</h2>
            {body}
        </section>
    }
}

const TABLE: [(EngagementModel, [Key; 5]); 4] = [
    (
        EngagementModel::DedicatedTeam,
        [
            Key::TDedLead,
            Key::TDedGov,
            Key::TDedContract,
            Key::TDedRisk,
            Key::TDedBest,
        ],
    ),
    (
        EngagementModel::ProjectBased,
        [
            Key::TProjLead,
            Key::TProjGov,
            Key::TProjContract,
            Key::TProjRisk,
            Key::TProjBest,
        ],
    ),
    (
        EngagementModel::OffshoreDevelopmentCenter,
        [
            Key::TOdcLead,
            Key::TOdcGov,
            Key::TOdcContract,
            Key::TOdcRisk,
            Key::TOdcBest,
        ],
    ),
    (
        EngagementModel::SpecialistSupport,
        [
            Key::TSpecLead,
            Key::TSpecGov,
            Key::TSpecContract,
            Key::TSpecRisk,
            Key::TSpecBest,
        ],
    ),
];
const COLUMNS: [Key; 5] = [
    Key::ColLeadership,
    Key::ColGovernance,
    Key::ColContract,
    Key::ColRisk,
    Key::ColBestFor,
];

#[component]
fn ModelTable() -> impl IntoView {
    let shell = use_shell();
    let table = move || {
        let lang = shell.lang.get();
        let head = COLUMNS
            .iter()
            .map(|k| view! { <th scope="col">{t(lang, *k)}</th> })
            .collect_view();
        let rows = TABLE
            .iter()
            .map(|(m, cells)| {
                let tds = cells
                    .iter()
                    .zip(COLUMNS)
                    .map(|(c, col)| view! { <td data-label=t(lang, col)>{t(lang, *c)}</td> })
                    .collect_view();
                view! { <tr><th scope="row">{t(lang, model_key(*m))}</th>{tds}</tr> }
            })
            .collect_view();
        view! {
            <table class="figures models-table">
                <caption>{t(lang, Key::ModelsCaption)}</caption>
                <thead><tr><th scope="col">{t(lang, Key::ModelLabel)}</th>{head}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        }
    };
    view! {
        <section class="panel" aria-labelledby="models-heading">
            <h2 id="models-heading">{shell.msg(Key::ModelsHeading)}</h2>
            <TableWrap>{table}</TableWrap>
        </section>
    }
}

#[component]
fn Choice() -> impl IntoView {
    let shell = use_shell();
    let doc = use_doc();
    let plan = doc.plan;
    let warnings = move || {
        let lang = shell.lang.get();
        plan.with(|p| mismatches(&p.engagement))
            .into_iter()
            .map(|m| view! { <li>{t(lang, mismatch_key(m))}</li> })
            .collect_view()
    };
    let has_warnings = move || plan.with(|p| !mismatches(&p.engagement).is_empty());
    let flow = move || {
        let lang = shell.lang.get();
        plan.with(|p| chosen_model(&p.engagement))
            .map(|m| tf(lang, Key::ModelFlows, &[("model", t(lang, model_key(m)))]))
    };
    view! {
        <section class="panel" aria-labelledby="choice-heading">
            <h2 id="choice-heading">{shell.msg(Key::ChoiceHeading)}</h2>
            <div class="fields">
                <ChoiceSelect
                    id="chosen-model"
                    label=Key::ChosenModel
                    placeholder=Key::FollowRecommendation
                    current=Signal::derive(move || plan.with(|p| p.engagement.chosen))
                    set=Callback::new(move |m| answer(plan, shell, |a| a.chosen = m))
                />
            </div>
            <Show when=has_warnings>
                <div class="warning" id="model-warnings" role="note">
                    <p class="warning-title">{shell.msg(Key::MismatchTitle)}</p>
                    <ul>{warnings}</ul>
                </div>
            </Show>
            <p class="hint" id="model-flow">{flow}</p>
        </section>
    }
}
