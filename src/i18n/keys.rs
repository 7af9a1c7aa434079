//! The names of every message. Adding one here makes every catalogue fail to compile
//! until it has the message too. The keys come in two groups: `early`, the messages the
//! main file needs, and `later`, those only the later steps and the exports use, whose
//! English travels with the later steps' files (see `src/i18n/later_en.rs`).

macro_rules! keys {
    (early { $($early:ident),* $(,)? } later { $($later:ident),* $(,)? }) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Key { $($early,)* $($later),* }
        impl Key {
            pub const ALL: &'static [Key] = &[$(Key::$early,)* $(Key::$later),*];

            /// Whether only the later steps and the exports use this message.
            pub const fn is_later(self) -> bool {
                matches!(self, $(Key::$later)|*)
            }
        }
    };
}

keys! {
    early {
        ExOwnerDecisions, ExOwnerDone, ExOwnerEscalation, ExOwnerPriorities, ExScope, ExTargetCycle, ExTargetDefects, ExTitle, StartPast,
        AppName, Tagline, PrivacyNote, StepsNav, StepOf, PageTitle, StepDoneMark,
        StepBusiness, StepWork, StepEngagement, StepLocation, StepPlan,
        Back, Next, LoadExample, StartOver, ActionsLabel,
        ExampleLoaded, Cleared, Dismiss,
        StorageMemory, StorageUnreadable, StorageWriteFailed, StorageQuota, StorageNewer, DownloadBackup,
        EmbedTitle, ThemeLight, ThemeDark, ThemeLabel, ThemeAuto,
        GlossaryTitle, TableRegion, PartLoadFailed, TryAgain, StepLoading, CatalogueFailed, UpdateReady, ReloadToUpdate, SavedNotRead, Reload, LanguageLabel, LanguageName, NumberDecimal, NumberGroup,
        Undo, Redo, Undone, Redone, StatusSaved, StatusNotSaved, StatusMemory, StatusReadOnly, ExportPlanJson, ConflictCannotKeep, OtherTabSwitched, OtherTabSwitchedUnnamed,
        LoadTooLarge, LoadNotJson, LoadWrongShape, LoadOlder, LoadOutOfRange,
        BusinessIntro, PrimaryGoal, ChooseGoal, Scope, ScopeHint, TeamSize, TeamSizeHint,
        PlanHorizon, PlanHorizonHint,
        GoalFasterDelivery, GoalPlatformRebuild, GoalQaCoverage, GoalLowerRiskScaling,
        GoalScarceSkills, GoalCostStructure,
        WsFeatureDevelopment, WsQaAutomation, WsMaintenance, WsCloudMigration, WsModularPlatform,
        WsDevops, WsCoreArchitecture, WsProductStrategy, WsSecurityRiskAcceptance, WsUndefinedScope,
        NatureOngoingProduct, NatureDefinedInitiative, NatureSecondHub, NatureSkillGap,
        ErrEmpty, ErrNotWhole, ErrRange, ErrTooLong, ErrBadTime, ErrEndBeforeStart, ErrBadZone, ErrBadCountry,
        Low, Likely, High, ResetDefault,
        // Business case
        GoalsHeading, SecondaryGoals, MetricsLegend, MetricsHint, MetricTarget, MetricCycleTime,
        MetricPredictability, MetricDefectLeakage, MetricRework, MetricIncidents,
        MetricSatisfaction, VagueGoalTitle, WarnNoGoal, WarnCostOnly, WarnNoMetric, VagueGoalTrap,
        FactorsHeading, FactorSpeed, FactorCapability,
        FactorStability, FactorQuality, FactorControl,


        TeamHeading, StartDate, StartDateHint, SpecClarity, ClarityClear, ClarityMostly,
        ClarityUnclear, CurrencyLabel, CurrencyUsd, CurrencyEur, CurrencyGbp, CurrencyNote,
        OptionsHeading, OptionsHint, OptionWord, AddOption, RemoveOption, Region, RegionLatam,
        RegionEasternEurope, RegionSouthAsia, RegionOnshore, CountryArgentina, CountryChile,
        CountryColombia, CountryMexico, CountryPeru, CountryUruguay, CountryPoland, CountryRomania,
        CountryIndia, CountryVietnam, CountryPhilippines, ModelLabel, ModelDedicated,
        ModelProject, ModelOdc, ModelSpecialist, OverlapHours, OverlapHoursHint, SetupCost,
        SetupCostHint, HourlyRate, SrcRate, SameOption, AssumptionsAdvanced, ColSpendDifference, ColSwitching,
        SavingsTwoWays, YearsHeading, SensitivityHeading, PilotOn, PilotHint, PilotEngineers,
        PilotEngineersHint, PilotMonths, PilotMonthsHint, ResultsHeading, ResultsHint,
        CostTableCaption, ColOption, ColTotalCost, ColCapacity, ColUnitCost, ColSavings,
        ColBreakEven, ColFirstDelivery, ColFit, InHouse, NoOutput, NoComparison, MonthN, NotWithin,
        WeeksN, BreakEvenShort, UncertaintyHeading, UncertaintyCaption, UncertaintySentence,
        UncertaintyNoComparison, ChanceAbove, ChanceBelow, ChanceShare, UncertaintyNote, ColCostP10, ColCostP50, ColCostP90, ColSavingsP10,
        ColSavingsP50, ColSavingsP90, ColChance, FitHeading, ChartCumulativeTitle, ChartCumulativeDesc,
        ChartSavingsTitle, ChartSavingsItem, ChartWeightsTitle, HowCalculated, HeadlineHeading, HeadlineBest, HeadlineRange, AssumptionsChanged, AssumptionsChangedOne, AssumptionsAtDefaults, // Work selection and engagement model
        // Offshore vs nearshore
        // The plan document
        // Sharing and import
        SharedPlanLabel, SavedAsMine, LinkDamaged,
        LinkNewer, ImportTooLarge, ImportNotJson, ImportWrongShape, ImportNewer, ImportOutOfRange,
        UnnamedPlan,
        LoadNewer, LinkUnknown, LinkTooLarge, StorageUnkept, StorageFullStart, ScenariosUnreadable,
        ScenariosUnkept, ScenariosNotSaved, ReplaceSaved, SaveAsMineFull, SavedAsMineKept,
        ErrTooMany, KeptLast, ErrDuplicate, ErrNotANumber, ErrNegative, ErrRangeDecimal, ErrUnordered, ErrBadDate,
    }
    later {
        CoverTitle, CoverCompany, CoverAuthor, CoverVersion,
        FactorsHint, WhatGoodLooksLike, QuestionSpeed, QuestionCapability, QuestionStability, QuestionQuality, QuestionControl, GoodSpeed, GoodCapability, GoodStability, GoodQuality, GoodControl, Weight1, Weight2, Weight3, Weight4, Weight5,
        CountExit, ReleasedEngineers, ReleasedHint,
        StaleOverlap, StaleItem, StaleFix, StaleFixed,
        OptionWithOverlap, LocationsNone,
        InDrift, CurrencyMxn, CurrencyCop, CurrencyPln, CurrencyRon, CurrencyInr, CurrencyPhp, ConfirmCurrency, CurrencyConvert, CurrencyRelabel, FxHeading, FxReference, UsdRate, ContractCurrency, ShiftPremium, SrcShift, ShiftReason, ShiftNote, StaleShiftItem, StaleNoShiftItem, SrcDrift, DriftNone, DriftRange, MdCurrency,
        MsMoved, HqHolidaysLabel, TeamHolidaysLabel, FromZone, HolidaysHeading, HolidaysCaption, HolidaysHint, HolidaysHqNone, ColHolidayCountry, ColSharedDays, ColSharedHours, ColEffectiveDaily, HolidayNotCovered, ClashesHeading, ClashTeamOff, ClashHqOff, ClashesNone, ChartMonthsTitle, CountryUs, CountryCa, CountryGb, CountryIe, CountryDe, CountryFr, CountryEs, CountryNl, CountryCh, CountryAu, CountrySg,
        GlossFte, GlossLoaded, GlossAttrition, GlossMobilisation, GlossRework, GlossBreakEven, GlossPercentiles,
        ValuePercent, ValuePerHour, ValuePerYear, ValueHoursDay, ValueMonths, InManagement, InRework, InCommunication, InVendorGrowth, DrvRate, DrvSalary, DrvMultiplier, DrvVendorAttrition, DrvInhouseAttrition, DrvRework, DrvOverlap, DrvTransfer, ThrSavesBelow, ThrSavesAbove, ThrWouldBelow, ThrWouldAbove, ThrNone, SensitivityHint, SensitivityOption, ChartTornadoTitle, ChartTornadoDesc, TornadoCaption, ColInput, ColLowValue, ColSavingsLow, ColHighValue, ColSavingsHigh, ColSwing, ThresholdsHeading, MdFlip, MdSensitivity,
        YearN, FiscalYearN, ColYear, ColInhouseCost, ColDiscounted, YearsTotal, NpvN, SwitchSelection, SwitchTransfer, SwitchTravel, SwitchSeverance, SwitchExitCounted, SwitchExitNotCounted, SwitchTotal, ChartYearsTitle, YearsHint, YearsFiscal, FiscalStart, FiscalStartHint, FiscalNeedsStart, YearsCaption, SwitchingHeading,

        BackToMine, Cancel, ConfirmLoadExample, ConfirmLoadExampleYes, ConfirmSaveAsMine, ConfirmSaveAsMineYes, ConfirmStartOver, ConfirmStartOverYes, ConflictKeepMine, ConflictTakeTheirs, ConflictText, SaveAsMine, ViewingFile, ViewingLink,
        EmbedAccent, EmbedAccentBad, EmbedCode, EmbedCopied, EmbedCopy, EmbedCopyFailed, EmbedCurrency, EmbedFollowBrowser, EmbedHosting, EmbedIntro, EmbedLanguage, EmbedPreset, EmbedResize, EmbedTheme, EmbedUserChooses,
        FormulaBreakEven, FormulaCapacity, FormulaCapacityWith, FormulaComm, FormulaCost, FormulaCostWith, FormulaInputs, FormulaLoss, FormulaLossWith, FormulaQInhouse, FormulaQVendor, FormulaQShift, FormulaRamp, FormulaSavings, FormulaSavingsWith, FormulaShare, FormulaUnit, FormulaUnitWith, FormulaPilot, FormulaGrowth, FormulaSwitching, FormulaSpend, FormulaNpv, FormulaSwitchingWith, FormulaSpendWith, ExitNotCounted,
        GlossWorkstream, GlossAcceptance, GlossGovernability, GlossPilot, GlossDedicated, GlossProject, GlossOdc, GlossSpecialist, GlossTm, GlossFixed, GlossOffshore, GlossNearshore, GlossOverlap, GlossAsync, GlossDst, GlossScorecard, GlossCycleTime, GlossDefectLeakage, GlossEscalation,
        FitHint, ReasonSpeed, ReasonSkillsInhouse, ReasonSkillsVendor, ReasonStability, ReasonQuality, ReasonControlInhouse, ReasonControlVendor,
        Salary, SrcSalary, LoadedMultiplier, SrcMultiplier, HiringLead, SrcHiringLead, InhouseAttrition, SrcInhouseAttrition, VendorAttrition, SrcVendorAttrition, Mobilisation, SrcMobilisation, RecruitingFee, SrcRecruitingFee, HoursPerMonth, SrcHours, DerivedHeading, DerivedManagement, DerivedRework, DerivedCommunication, DerivedRamp, AssumptionsHeading, AssumptionsHint, InhouseGrowth, SrcInhouseGrowth, VendorSelection, SrcVendorSelection, TransferMonths, TransferShare, SrcTransfer, TripsPerYear, SrcTrips, SeveranceWeeks, SrcSeverance, ExitMonths, ExitShare, SrcExit, DiscountRate, SrcDiscount, OptionGrowth, SrcOptionGrowth, TripCost, SrcTripCost, PlaceAssumptionsHeading,
        WorkIntro, WorkLegend,
        EngagementIntro, Nature, EngagementHorizon, EngagementHorizonHint,
        LocationIntro, HqZone, HqZoneHint, WorkStart, WorkEnd, WorkHoursHint, WorkingHours,
        PlanIntro, SummaryHeading, NotAnswered, EditAnswers, StillToAnswer,
        PlanComplete, Months, Engineers, HoursRange,
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
        WarnSpecialistOngoing, ModelFlows, ModelSyncChanged, ModelSyncKept,
        AcceptedRisks,
        // Offshore vs nearshore
        HqHeading, CandidatesHeading, CandidatesHint, TeamStarts, TeamEnds, RemoveLocation,
        AddCountry, ChooseCountry, AddLocation, AddCity, CityName, CityZone, CollaborationNeed,
        CollaborationNeedHint, ClassNearshore, ClassPartial, ClassOffshore, CollabWholeDay,
        CollabOverlap, CollabNone, GovLower, GovModerate, GovHigher, OverlapHeading, OverlapYear,
        OverlapCaption, ColLocation, ColTypical, ColMinMax, ColClass, ColDiffers, ColWindow, HoursN,
        SameAllYear, PeriodText, WindowText, NoOverlap, ZoneUnknown, HqZoneUnknown, TimelineHeading,
        TimelineHint, TimelineDesc, HqShort, OverlapShort, DimensionsHeading, DimensionsCaption,
        ColRealtime, ColCommOverhead, ColEffectiveRate, ColGovernanceLoad, ColLocationFit,
        DimensionsHint, ShortOfNeedTitle, ShortOfNeed, LocationRecommended, UseLocations,
        LocationsUsed,
        CandidateRates,
        // The plan document
        MdTitle, MdSummary, MdLocation, MdWindow, MdLeadOption, MdBreakEvenMonth,
        MdFirstDeliveryWeeks, MdWorkstream, MdValue, MdVerdict, MdRoadmap, MdDate, MdPhase,
        MdMilestone, MdNoDate, MdGovernance, MdResponsibility, MdOwner, MdToName, MdCadence,
        MdCommWindow, MdAsyncNorm, MdStandards, MdOnboarding, MdScorecard, MdRisks, MdWhy,
        MdAssumption, MdLowLikelyHigh, MdSource, PhaseBusiness, PhaseWorkstreams, PhaseModel,
        PhaseGovernance, PhaseStandards, PhaseOnboarding, PhaseScorecard, MsBusinessCase, MsPilot,
        MsContract, MsGovernanceSet, MsStandards, MsFirstSprint, MsKnowledge, MsGovernanceReview,
        MsScorecard, MsHealthCheck, OwnPriorities, OwnDecisions, OwnEscalation, OwnDone, StdCoding,
        StdPr, StdTesting, StdRelease, StdSeverity, StdIncident, OnbContext, OnbObserve,
        OnbContribute, OnbOwn, RiskCommunication, RiskTimeZone, RiskQuality, RiskContext,
        FixCommunication, FixTimeZone, FixQuality, FixContext, RdSpecsUnclear, RdSpecsMostly,
        RdPilotCriteria, RdOverlapOne, RdOverlapThree, RdOverlapFive, RdAttrition, RdRework,
        RdVendorManaged, RdVagueGoal, RdContinuity,
        ExportLabel, DownloadMarkdown, CopyMarkdown, CopiedMarkdown, CopyFailed, RoadmapCaption, GovernanceHint, SprintLength,
        IcsScorecard, DownloadJson, DownloadCsv, DownloadIcs, PrintPlan, NeedStartDate,
        // Sharing and import
        ShareLink, ShareLinkLabel, ShareLinkHint, LinkCopied, ImportFile, DropHint,
        ScenariosHeading, ScenariosHint, ScenarioName, CopyOf, Duplicated, Duplicate, SwitchTo, DeleteScenario, ConfirmDeleteScenario, ScenarioDeleted, CompareHeading, CompareNeedsTwo, CompareLeft, CompareRight, ChooseScenario, CompareCaption, CmpInhouseCost,
        SavingsSpread, ExecBest, ExecLocation, MdUncertaintyTable, MdYearsTable, IcsAtHq, IcsCheckGovernance, IcsCheckScorecard, IcsCheckHealth, ExecKeepAlso, ExecAskYearPilot,
        ExecNoOption, ExecMove, ExecKeep, ExecStarting, ExecNoStart, ExecTheWork, ExecNoPilot, ExecPilotSized, ExecPilotNamed, ListAnd, ExecAskYear, ExecFitVendor, ExecFitInhouse, ExecRiskOwned, ExecRiskUnowned, ExecChanceOf, ExecOverMonths, ExecRecommendation, ExecAsk, ExecFit, ExecTopRisks,
        CommunicationHeading, ScorecardCaption,
        PlanNotes,
        LinkCopyFailed,
    }
}
