//! The example plan a visitor can load in one click: a US company, 8 engineers, 18 months.

use super::plan::{
    BusinessCase, EngagementAnswers, Goal, LocationAnswers, Plan, WorkNature, WorkSelection,
    WorkstreamKind,
};

pub fn example_plan() -> Plan {
    Plan {
        business: BusinessCase {
            primary_goal: Some(Goal::FasterDelivery),
            scope: "Ship the customer portal roadmap faster: new self-service features and \
                    the test automation behind them."
                .to_string(),
            team_size: 8,
            horizon_months: 18,
        },
        work: WorkSelection {
            selected: vec![
                WorkstreamKind::FeatureDevelopment,
                WorkstreamKind::QaAutomation,
                WorkstreamKind::Maintenance,
                WorkstreamKind::CoreArchitecture,
            ],
        },
        engagement: EngagementAnswers {
            nature: Some(WorkNature::OngoingProduct),
            horizon_months: 18,
        },
        location: LocationAnswers {
            hq_zone: "America/New_York".to_string(),
            hq_start_min: 9 * 60,
            hq_end_min: 17 * 60,
        },
    }
}
