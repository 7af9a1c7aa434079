//! The names of every message. Adding one here makes every catalogue fail to compile
//! until it has the message too.

macro_rules! keys {
    ($($name:ident),* $(,)?) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Key { $($name),* }
        impl Key {
            pub const ALL: &'static [Key] = &[$(Key::$name),*];
        }
    };
}

keys! {
    AppName, Tagline, PrivacyNote, StepsNav, StepOf, PageTitle, StepDoneMark,
    StepBusiness, StepWork, StepEngagement, StepLocation, StepPlan,
    Back, Next, LoadExample, StartOver, ActionsLabel,
    ConfirmStartOver, ConfirmStartOverYes, ConfirmLoadExample, ConfirmLoadExampleYes, Cancel,
    ExampleLoaded, Cleared, Dismiss,
    StorageMemory, StorageUnreadable, StorageWriteFailed, DownloadBackup,
    LoadTooLarge, LoadNotJson, LoadWrongShape, LoadNewer, LoadOlder, LoadOutOfRange,
    BusinessIntro, PrimaryGoal, ChooseGoal, Scope, ScopeHint, TeamSize, TeamSizeHint,
    PlanHorizon, PlanHorizonHint,
    GoalFasterDelivery, GoalPlatformRebuild, GoalQaCoverage, GoalLowerRiskScaling,
    GoalScarceSkills, GoalCostStructure,
    WorkIntro, WorkLegend,
    WsFeatureDevelopment, WsQaAutomation, WsMaintenance, WsCloudMigration, WsModularPlatform,
    WsDevops, WsCoreArchitecture, WsProductStrategy, WsSecurityRiskAcceptance, WsUndefinedScope,
    EngagementIntro, Nature, ChooseNature, EngagementHorizon, EngagementHorizonHint,
    NatureOngoingProduct, NatureDefinedInitiative, NatureSecondHub, NatureSkillGap,
    LocationIntro, HqZone, HqZoneHint, WorkStart, WorkEnd, WorkHoursHint, WorkingHours,
    PlanIntro, SummaryHeading, NotAnswered, NoneTicked, EditAnswers, StillToAnswer,
    PlanComplete, Months, Engineers, HoursRange,
    ErrEmpty, ErrNotWhole, ErrRange, ErrTooLong, ErrBadTime, ErrEndBeforeStart, ErrBadZone,
    ErrTooMany, KeptLast, ErrNotANumber, ErrNegative, ErrRangeDecimal, ErrUnordered, ErrBadDate,
}
