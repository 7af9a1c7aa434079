//! The first step's glossary terms (its body, in the business step's disclosures file,
//! fetched when the glossary first opens; each later step lists its own terms in its
//! own file).

use leptos::prelude::*;

use crate::i18n::Key;
use crate::ui::glossary::GlossaryList;

const TERMS: &[Key] = &[
    Key::GlossFte,
    Key::GlossLoaded,
    Key::GlossAttrition,
    Key::GlossMobilisation,
    Key::GlossRework,
    Key::GlossBreakEven,
    Key::GlossPercentiles,
];

#[component]
pub fn GlossaryBody() -> impl IntoView {
    view! { <GlossaryList terms=TERMS/> }
}
