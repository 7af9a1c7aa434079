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
    Low, Likely, High, ResetDefault,
    // Business case
    GoalsHeading, SecondaryGoals, MetricsLegend, MetricsHint, MetricTarget, MetricCycleTime,
    MetricPredictability, MetricDefectLeakage, MetricRework, MetricIncidents,
    MetricSatisfaction, VagueGoalTitle, WarnNoGoal, WarnCostOnly, WarnNoMetric, VagueGoalTrap,
    FactorsHeading, FactorsHint, WhatGoodLooksLike, FactorSpeed, FactorCapability,
    FactorStability, FactorQuality, FactorControl, QuestionSpeed, QuestionCapability,
    QuestionStability, QuestionQuality, QuestionControl, GoodSpeed, GoodCapability,
    GoodStability, GoodQuality, GoodControl, Weight1, Weight2, Weight3, Weight4, Weight5,
    TeamHeading, StartDate, StartDateHint, SpecClarity, ClarityClear, ClarityMostly,
    ClarityUnclear, CurrencyLabel, CurrencyUsd, CurrencyEur, CurrencyGbp, CurrencyNote,
    OptionsHeading, OptionsHint, OptionWord, AddOption, RemoveOption, Region, RegionLatam,
    RegionEasternEurope, RegionSouthAsia, RegionOnshore, ModelLabel, ModelDedicated,
    ModelProject, ModelOdc, ModelSpecialist, OverlapHours, OverlapHoursHint, SetupCost,
    SetupCostHint, HourlyRate, SrcRate, AssumptionsHeading, AssumptionsHint, Salary, SrcSalary,
    LoadedMultiplier, SrcMultiplier, HiringLead, SrcHiringLead, InhouseAttrition,
    SrcInhouseAttrition, VendorAttrition, SrcVendorAttrition, Mobilisation, SrcMobilisation,
    RecruitingFee, SrcRecruitingFee, HoursPerMonth, SrcHours, DerivedHeading, DerivedManagement,
    DerivedRework, DerivedCommunication, DerivedRamp, ResultsHeading, ResultsHint,
    CostTableCaption, ColOption, ColTotalCost, ColCapacity, ColUnitCost, ColSavings,
    ColBreakEven, ColFirstDelivery, ColFit, InHouse, NoOutput, NoComparison, MonthN, NotWithin,
    WeeksN, BreakEvenShort, UncertaintyHeading, UncertaintyCaption, UncertaintySentence,
    UncertaintyNoComparison, UncertaintyNote, ColCostP10, ColCostP50, ColCostP90, ColSavingsP10,
    ColSavingsP50, ColSavingsP90, ColChance, FitHeading, FitHint, ReasonSpeed,
    ReasonSkillsInhouse, ReasonSkillsVendor, ReasonStability, ReasonQuality,
    ReasonControlInhouse, ReasonControlVendor, ChartCumulativeTitle, ChartCumulativeDesc,
    ChartSavingsTitle, ChartSavingsItem, ChartWeightsTitle, HowCalculated, FormulaShare,
    FormulaRamp, FormulaLoss, FormulaCost, FormulaCapacity, FormulaUnit, FormulaSavings,
    FormulaBreakEven, FormulaComm, FormulaQInhouse, FormulaQVendor, FormulaInputs,
    FormulaLossWith, FormulaCostWith, FormulaCapacityWith, FormulaUnitWith, FormulaSavingsWith,
    // Work selection and engagement model
    NewWorkstream, AddWorkstream, RemoveWorkstream, WorkstreamName, WorkstreamNameHint,
    BusinessValue, QAcceptance, QDocumented, QOwner, QScope, QStrategic, QSpecs, QTestStrategy,
    QEscalation, QRollback, QApiContracts, QReleaseDecisions, AnswerYes, AnswerNo, AnswerUnsure,
    TodoAcceptance, TodoDocumented, TodoOwner, TodoScope, TodoSpecs, TodoTestStrategy,
    TodoEscalation, TodoRollback, TodoApiContracts, TodoReleaseDecisions, VerdictReady,
    VerdictSpecialist, VerdictAfter, VerdictKeep, VerdictNotYet, ToDoFirst, AlreadyHolds,
    KeepArchitecture, KeepStrategy, KeepSecurity, KeepStrategic, AcceptRisk, AcceptedRiskNote,
    PriorityHeading, PriorityHint, PriorityItem, PilotHeading, PilotReady, PilotAfter,
    PilotNone, EngagementQuestions, Leadership, LevelLow, LevelMedium, LevelHigh,
    ScopeStability, ScopeStable, ScopeEvolving, ScopeVolatile, Continuity, ManagementLabel,
    MgmtInternal, MgmtShared, MgmtExternal, ContractLabel, ContractTm, ContractFixed,
    ContractRetainer, ContractDedicated, ScoresHeading, RecommendedModel, AnswerNatureFirst,
    RecommendedBadge, BaseScore, DriverNature, DriverLeadership, DriverScope, DriverShort,
    DriverMedium, DriverLong, DriverContinuity, DriverManagement, ModelsHeading, ModelsCaption,
    ColLeadership, ColGovernance, ColContract, ColRisk, ColBestFor, TDedLead, TDedGov,
    TDedContract, TDedRisk, TDedBest, TProjLead, TProjGov, TProjContract, TProjRisk, TProjBest,
    TOdcLead, TOdcGov, TOdcContract, TOdcRisk, TOdcBest, TSpecLead, TSpecGov, TSpecContract,
    TSpecRisk, TSpecBest, ChoiceHeading, ChosenModel, FollowRecommendation, MismatchTitle,
    WarnOdcLeadership, WarnFixedPrice, WarnOdcHorizon, WarnExternalContinuity,
    WarnSpecialistOngoing, ModelFlows,
    AcceptedRisks,
    ErrTooMany, KeptLast, ErrDuplicate, ErrNotANumber, ErrNegative, ErrRangeDecimal, ErrUnordered, ErrBadDate,
}
