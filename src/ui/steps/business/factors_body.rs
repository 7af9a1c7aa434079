//! The five-factor lens' body: how much each factor matters, with what good looks like.
//! In the disclosures' file (see `details.rs`), fetched when the lens first opens.

use leptos::prelude::*;

use crate::domain::cost::fit::{Factor, FactorWeights};
use crate::i18n::{factor_key, Key};
use crate::ui::context::{use_doc, use_shell};

const WEIGHT_LABELS: [Key; 5] = [
    Key::Weight1,
    Key::Weight2,
    Key::Weight3,
    Key::Weight4,
    Key::Weight5,
];

#[component]
pub fn FactorsBody() -> impl IntoView {
    let shell = use_shell();
    let doc = use_doc();
    let plan = doc.plan;
    let rows = Factor::ALL
        .into_iter()
        .map(|factor| {
            let id = format!("weight-{}", factor_slug(factor));
            let good_id = format!("{id}-good");
            let weight = Memo::new(move |_| plan.with(|p| p.business.weights.get(factor)));
            let options = (FactorWeights::MIN..=FactorWeights::MAX)
                .map(|w| {
                    view! {
                        <option
                            value=w.to_string()
                            selected=move || weight.get() == w
                        >
                            {move || format!("{w} · {}", shell.t(WEIGHT_LABELS[(w - 1) as usize]))}
                        </option>
                    }
                })
                .collect_view();
            view! {
                <div class="factor">
                    <div class="factor-text">
                        <label for=id.clone() class="factor-name">{move || shell.t(factor_key(factor))}</label>
                        <p class="hint">{move || shell.t(factor_question_key(factor))}</p>
                        <p class="factor-good" id=good_id.clone()>
                            <span class="factor-good-label">{shell.msg(Key::WhatGoodLooksLike)}</span>
                            " "
                            {move || shell.t(factor_good_key(factor))}
                        </p>
                    </div>
                    <select
                        id=id
                        aria-describedby=good_id
                        on:change=move |ev| {
                            if let Ok(w) = event_target_value(&ev).parse::<u8>() {
                                plan.update(|p| p.business.weights.set(factor, w));
                            }
                        }
                    >
                        {options}
                    </select>
                </div>
            }
        })
        .collect_view();
    view! {
        <p class="hint">{shell.msg(Key::FactorsHint)}</p>
        <div class="factors">{rows}</div>
    }
}

fn factor_slug(f: Factor) -> &'static str {
    match f {
        Factor::Speed => "speed",
        Factor::Capability => "capability",
        Factor::Stability => "stability",
        Factor::Quality => "quality",
        Factor::Control => "control",
    }
}

fn factor_question_key(f: Factor) -> Key {
    match f {
        Factor::Speed => Key::QuestionSpeed,
        Factor::Capability => Key::QuestionCapability,
        Factor::Stability => Key::QuestionStability,
        Factor::Quality => Key::QuestionQuality,
        Factor::Control => Key::QuestionControl,
    }
}

fn factor_good_key(f: Factor) -> Key {
    match f {
        Factor::Speed => Key::GoodSpeed,
        Factor::Capability => Key::GoodCapability,
        Factor::Stability => Key::GoodStability,
        Factor::Quality => Key::GoodQuality,
        Factor::Control => Key::GoodControl,
    }
}
