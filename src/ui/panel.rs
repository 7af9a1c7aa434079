//! The panels that put one question with two answers to the user: another tab's save
//! (`sync`), a plan from outside (`incoming`) and a confirmation (`notices`).

use leptos::prelude::*;

/// One of a panel's two answers.
pub struct Answer {
    pub id: &'static str,
    class: &'static str,
    pub label: Signal<&'static str>,
    pub run: Callback<()>,
}

/// How an answer's button looks.
#[derive(Clone, Copy)]
pub enum Style {
    /// The answer the panel suggests.
    Primary,
    /// The other answer.
    Secondary,
    /// An answer that replaces the user's plan.
    Danger,
}

impl Answer {
    pub fn new(
        id: &'static str,
        style: Style,
        label: impl Fn() -> &'static str + Send + Sync + 'static,
        run: impl Fn() + Send + Sync + 'static,
    ) -> Self {
        Answer {
            id,
            class: match style {
                Style::Primary => "btn btn-primary",
                Style::Secondary => "btn btn-secondary",
                Style::Danger => "btn btn-danger",
            },
            label: Signal::derive(label),
            run: Callback::new(move |()| run()),
        }
    }

    fn view(self) -> impl IntoView {
        let run = self.run;
        view! {
            <button type="button" class=self.class id=self.id on:click=move |_| run.run(())>
                {self.label}
            </button>
        }
    }
}

/// What a two-answer panel looks like: its element's class and role, the class (and
/// id) of its text, and the class of the row of buttons.
pub struct Look {
    pub class: &'static str,
    pub role: &'static str,
    pub text_class: Option<&'static str>,
    pub text_id: Option<&'static str>,
    pub actions_class: &'static str,
}

impl Look {
    /// Another tab saved the plan: an urgent notice.
    pub const CONFLICT: Look = Look {
        class: "notice notice-urgent conflict",
        role: "alert",
        text_class: Some("notice-text"),
        text_id: None,
        actions_class: "notice-actions",
    };
    /// A plan from a link or a file: a named region above the step.
    pub const BANNER: Look = Look {
        class: "shared-banner",
        role: "region",
        text_class: None,
        text_id: None,
        actions_class: "notice-actions",
    };
    /// A confirmation: a group named by its question.
    pub const CONFIRM: Look = Look {
        class: "confirm",
        role: "group",
        text_class: Some("confirm-question"),
        text_id: Some("confirm-question"),
        actions_class: "confirm-actions",
    };
}

/// A question and two answers; `first_offered: false` (`second_offered: false`) leaves
/// the first (second) answer out.
#[component]
pub fn TwoAnswerPanel(
    look: Look,
    #[prop(into)] text: Signal<String>,
    /// The panel's accessible name, when its text is not (a region's label).
    #[prop(optional, into)]
    name: Option<Signal<&'static str>>,
    first: Answer,
    #[prop(default = true)] first_offered: bool,
    second: Answer,
    #[prop(default = true)] second_offered: bool,
) -> impl IntoView {
    // A group is named by its question; a region by `name`.
    let labelled_by = name.is_none().then_some(look.text_id).flatten();
    view! {
        <div class=look.class role=look.role aria-label=name aria-labelledby=labelled_by>
            <p class=look.text_class id=look.text_id>{text}</p>
            <div class=look.actions_class>
                {first_offered.then(|| first.view())}
                {second_offered.then(|| second.view())}
            </div>
        </div>
    }
}
