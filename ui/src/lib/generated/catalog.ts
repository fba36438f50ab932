// Generated from crates/pmo-model/src/i18n.rs: do not edit.
// Regenerate with `UPDATE_BINDINGS=1 cargo test -p pmo-model --test ui_catalog`.

export type Key =
  | "FileUnreadable"
  | "ProjectsEmptied"
  | "FileEncrypted"
  | "FileUnsupported"
  | "FileIo"
  | "SheetMissing"
  | "SheetDuplicate"
  | "HeaderNotFound"
  | "ColumnMissing"
  | "ColumnDuplicate"
  | "KeyMissing"
  | "ValueRequired"
  | "AmountInvalid"
  | "NumberInvalid"
  | "DateInvalid"
  | "ChoiceInvalid"
  | "OutOfRange"
  | "ManDaysNegative"
  | "ProjectDuplicate"
  | "ProjectUnknown"
  | "ProjectOwnedElsewhere"
  | "EndBeforeStart"
  | "FormulaError"
  | "FormulaNoValue"
  | "ColumnUnknown"
  | "KeyUnknown"
  | "KeyDuplicate"
  | "EnvelopeChanged"
  | "ActualNotReported"
  | "ActualColumnMissing"
  | "AmountRounded"
  | "CriticalityUnreadable"
  | "CriticalityMismatch"
  | "RowDuplicate"
  | "ErrorIo"
  | "ErrorStore"
  | "ErrorStoreReadOnly"
  | "ErrorStoreReadOnlyOutdated"
  | "ErrorStoreBusy"
  | "ErrorReturnNotFound"
  | "ErrorReturnAlreadyCurrent"
  | "ErrorDatabaseTooNew"
  | "ErrorTemplate"
  | "ErrorNoReturnForYear"
  | "ErrorNoReturnAsOf"
  | "ErrorDiffOrder"
  | "ErrorUnknownSetting"
  | "ErrorInvalidSettingValue"
  | "SettingOrganisationName"
  | "SettingAmountUnit"
  | "SettingLanguage"
  | "SettingOutputFolder"
  | "ExpectLanguage"
  | "ExpectAbsolutePath"
  | "ErrorBackupExists"
  | "ErrorNotADatabase"
  | "CliReportUnshown"
  | "CliBackupsEmpty"
  | "CliBackupsRestoreHint"
  | "BackupBeforeImport"
  | "BackupBeforeRestoreReturn"
  | "BackupBeforeRestoreBackup"
  | "CliBackupWritten"
  | "CliBackupRestored"
  | "ShowLatestCampaigns"
  | "ShowStatusTitle"
  | "ShowBudgetVoted"
  | "ShowLanding"
  | "ShowVariance"
  | "ShowActual"
  | "ShowBurnRate"
  | "ShowProjects"
  | "ShowWeather"
  | "ShowNoStatus"
  | "ShowNoWeather"
  | "ShowOutsideBudget"
  | "ShowMissingFromLatest"
  | "ShowDirectoratesTitle"
  | "ShowColCode"
  | "ShowColCampaign"
  | "ShowColEnvelope"
  | "ShowColVsEnvelope"
  | "ShowOverEnvelope"
  | "ShowUnderEnvelope"
  | "ShowNoEnvelope"
  | "ShowTopDrifts"
  | "ShowAlertCounts"
  | "ShowNoAlert"
  | "ShowDiffTitle"
  | "ShowNoReturnForTo"
  | "ShowAdded"
  | "ShowRemoved"
  | "ShowRescoped"
  | "ShowLandingDeltas"
  | "ShowBudgetBridge"
  | "ShowBridgeUnbudgeted"
  | "ShowBridgeOthers"
  | "ShowWeatherChanges"
  | "ShowMilestonesMoved"
  | "ShowDays"
  | "ShowNewlyLate"
  | "ShowBehindBaseline"
  | "ShowReasonStatus"
  | "ShowReasonEndDate"
  | "ShowReasonLinesAdded"
  | "ShowReasonLinesRemoved"
  | "ShowReasonLanding"
  | "ShowTraceTitle"
  | "ShowTraceNoCell"
  | "ShowTraceTotal"
  | "ShowPlannedQ"
  | "ShowActualQ"
  | "ShowNoCapacity"
  | "ShowCapacityTitle"
  | "ShowColTeam"
  | "ShowColYear"
  | "ShowColLoadedBy"
  | "ShowCapacityMissing"
  | "ShowOverloadedCount"
  | "ShowSettingSaved"
  | "ShowSettingDefault"
  | "CliXlsxNeedsOut"
  | "ErrorYearOutOfRange"
  | "ErrorBadQuarter"
  | "ErrorUnknownDirectorate"
  | "ErrorUnknownProject"
  | "ErrorRender"
  | "CliReportWritten"
  | "CliReportsEmpty"
  | "CliError"
  | "CliNoFiles"
  | "CliImported"
  | "CliWouldImport"
  | "CliUnchanged"
  | "CliRejected"
  | "CliWouldReject"
  | "CliProjects"
  | "CliSupersedes"
  | "CliNewReturn"
  | "CliSameAs"
  | "CliErrors"
  | "CliWarnings"
  | "CliImportTotals"
  | "HelpUsage"
  | "HelpCommands"
  | "HelpCommandValue"
  | "HelpOptions"
  | "HelpArguments"
  | "HelpFlagHelp"
  | "HelpFlagVersion"
  | "HelpSeeHelp"
  | "HelpErrUnknownArgument"
  | "HelpErrUnknownCommand"
  | "HelpErrMissing"
  | "HelpErrMissingCommand"
  | "HelpErrInvalidValue"
  | "HelpErrValidValues"
  | "HelpErrConflict"
  | "HelpErrOther"
  | "HelpCmdPmo"
  | "HelpCmdImport"
  | "HelpCmdExport"
  | "HelpCmdStatus"
  | "HelpCmdAlerts"
  | "HelpCmdDiff"
  | "HelpCmdTrace"
  | "HelpCmdCapacity"
  | "HelpCmdSettings"
  | "HelpCmdSettingsGet"
  | "HelpCmdSettingsSet"
  | "HelpCmdSettingsList"
  | "HelpCmdReport"
  | "HelpCmdReportCodir"
  | "HelpCmdReportDirectorate"
  | "HelpCmdReportProject"
  | "HelpCmdReports"
  | "HelpCmdHistory"
  | "HelpCmdRestoreReturn"
  | "HelpCmdBackup"
  | "HelpCmdRestoreBackup"
  | "HelpCmdTemplate"
  | "HelpCmdDemo"
  | "HelpArgDb"
  | "HelpArgLang"
  | "HelpArgDryRun"
  | "HelpArgJson"
  | "HelpArgPaths"
  | "HelpArgYear"
  | "HelpArgFormat"
  | "HelpArgOut"
  | "HelpArgExportOut"
  | "HelpArgCampaign"
  | "HelpArgTemplateCampaign"
  | "HelpArgFrom"
  | "HelpArgTo"
  | "HelpArgProject"
  | "HelpArgTraceDirectorate"
  | "HelpArgPortfolio"
  | "TraceDirectorateNotFound"
  | "TraceTeamNotFound"
  | "ShowManDaysTitle"
  | "ShowManDaysPlanned"
  | "ShowManDaysActual"
  | "ShowManDaysCapacity"
  | "HelpArgTeam"
  | "TracePortfolioEnvelope"
  | "TraceWhat"
  | "ShowSumTitle"
  | "ShowSumScopePortfolio"
  | "ShowSumScopeDirectorate"
  | "ShowEnvelopeFrom"
  | "ShowWeatherFrom"
  | "ShowWeatherNone"
  | "ShowEnvelopeNone"
  | "HelpArgFigure"
  | "HelpArgKey"
  | "HelpArgValue"
  | "HelpArgQuarter"
  | "HelpArgReportCodirOut"
  | "HelpArgReportDirectorateOut"
  | "HelpArgReportProjectOut"
  | "HelpArgDate"
  | "HelpArgReportDirectorateCode"
  | "HelpArgReportProjectCode"
  | "HelpArgId"
  | "HelpArgBackupList"
  | "HelpArgBackupJson"
  | "HelpArgBackupPath"
  | "HelpArgRestoreBackupPath"
  | "HelpArgDirectorate"
  | "HelpArgTemplateOut"
  | "HelpArgDemoOut"
  | "HelpArgDemoYear"
  | "CliLandingChange"
  | "CliLandingNew"
  | "CliDryRunNote"
  | "CliHistoryEmpty"
  | "CliHistoryHeader"
  | "CliRestored"
  | "CliRestoreDone"
  | "CliRestoreDoneAlone"
  | "CliTemplateWritten"
  | "CliTemplatePrefilled"
  | "CliTemplateBlank"
  | "CliDemoWritten"
  | "CliExportWritten"
  | "CliBadCampaign"
  | "SheetDirectorate"
  | "SheetProjects"
  | "SheetBudget"
  | "SheetWorkload"
  | "SheetCapacity"
  | "SheetStatus"
  | "SheetRisks"
  | "SheetMilestones"
  | "CampaignBi"
  | "CampaignR1"
  | "CampaignR2"
  | "CampaignR3"
  | "CampaignCl"
  | "StatusCandidate"
  | "StatusApproved"
  | "StatusInProgress"
  | "StatusOnHold"
  | "StatusDone"
  | "StatusCancelled"
  | "WeatherSunny"
  | "WeatherCloudy"
  | "WeatherRainy"
  | "WeatherStormy"
  | "RiskOpen"
  | "RiskInProgress"
  | "RiskClosed"
  | "NatureCapex"
  | "NatureOpex"
  | "CategoryInternal"
  | "CategoryExternal"
  | "CategoryLicences"
  | "CategoryHardware"
  | "CategoryOther"
  | "Yes"
  | "No"
  | "ListOr"
  | "ExpectYear"
  | "ExpectPriority"
  | "ExpectProbability"
  | "ExpectCriticality"
  | "ExpectPercent"
  | "ExpectManDays"
  | "ExpectUnit"
  | "TplSheetInstructions"
  | "TplTitle"
  | "TplPurposeLabel"
  | "TplPurpose"
  | "TplReturnHeading"
  | "TplSendToLabel"
  | "TplSendTo"
  | "TplSendToPmo"
  | "TplDeadlineLabel"
  | "TplUnitEuro"
  | "TplUnitKiloEuro"
  | "TplHowHeading"
  | "TplHowDirectorate"
  | "TplHowProjects"
  | "TplHowBudget"
  | "TplHowWorkload"
  | "TplHowCapacity"
  | "TplHowStatus"
  | "TplHowRisks"
  | "TplHowMilestones"
  | "TplRulesHeading"
  | "TplRuleAmountsLabel"
  | "TplRuleAmounts"
  | "TplRuleDatesLabel"
  | "TplRuleDates"
  | "TplRuleListsLabel"
  | "TplRuleLists"
  | "TplRuleStructureLabel"
  | "TplRuleStructure"
  | "TplListsHeading"
  | "TplListProjectStatus"
  | "TplPriorityValues"
  | "TplListWeather"
  | "TplListScale"
  | "TplScaleValues"
  | "TplListRiskStatus"
  | "TplListErrorTitle"
  | "TplListErrorMessage"
  | "TplCodeErrorMessage"
  | "TplValueErrorTitle"
  | "TplNumberErrorMessage"
  | "TplDateInputTitle"
  | "TplDateInputMessage"
  | "TplDateErrorMessage"
  | "TplAmountInputTitleEuro"
  | "TplAmountInputTitleKiloEuro"
  | "TplAmountInputMessage"
  | "TplAmountErrorMessage"
  | "TplManDaysInputTitle"
  | "TplPercentInputTitle"
  | "TplPercentInputMessage"
  | "TplYearInputTitle"
  | "TplCriticalityInputTitle"
  | "TplCriticalityInputMessage"
  | "TplTitleBlank"
  | "TplDirectorateToFill"
  | "ReasonReaderFailure"
  | "ReasonSheetTooLarge"
  | "ReasonUnknownFormat"
  | "ReasonNotAnArchive"
  | "ReasonXmlDamaged"
  | "IoNotFound"
  | "IoPermissionDenied"
  | "IoIsDirectory"
  | "IoStorageFull"
  | "ReasonXlsCorrupt"
  | "ReasonXlsTooLarge"
  | "ExpectAmountRange"
  | "SheetHidden"
  | "ReasonOdsTruncated"
  | "FileOverLimit"
  | "LimitFileSize"
  | "LimitPartSize"
  | "LimitUnpackedSize"
  | "LimitStringsDeclared"
  | "LimitStringsCount"
  | "LimitStringLength"
  | "LimitCellLength"
  | "LimitRecordLength"
  | "LimitSheetText"
  | "LimitSheetBox"
  | "RepUnshownCharacters"
  | "RepUnshownMore"
  | "ExpTitle"
  | "ExpSheetProjects"
  | "ExpSheetRequests"
  | "ExpSheetSelection"
  | "ExpColCriterion"
  | "ExpColValue"
  | "ExpSelectionYear"
  | "ExpSelectionCampaign"
  | "ExpSelectionLatest"
  | "ExpSelectionProjects"
  | "ExpSelectionCount"
  | "ExpSelectionFilters"
  | "ExpSelectionNoFilter"
  | "ExpColRequest"
  | "ExpSheetDirectorates"
  | "ExpSheetQuarters"
  | "ExpSheetNatures"
  | "ExpSheetAmbitions"
  | "ExpColDirectorate"
  | "ExpColDirectorateName"
  | "ExpColCode"
  | "ExpColName"
  | "ExpColAmbition"
  | "ExpColInitiative"
  | "ExpColManager"
  | "ExpColSponsor"
  | "ExpColStatus"
  | "ExpColPriority"
  | "ExpColKind"
  | "ExpColStart"
  | "ExpColEnd"
  | "ExpColCampaign"
  | "ExpColBudgetVoted"
  | "ExpColPlanned"
  | "ExpColActual"
  | "ExpColLanding"
  | "ExpColVariance"
  | "ExpColVariancePct"
  | "ExpColBurnRate"
  | "ExpColWeather"
  | "ExpColWeatherDate"
  | "ExpColOutsideBudget"
  | "ExpColMissingFromLatest"
  | "ExpColProjectCount"
  | "ExpColEnvelope"
  | "ExpColBudgetMinusEnvelope"
  | "ExpColLandingMinusEnvelope"
  | "ExpColLandingStanding"
  | "ExpColQuarter"
  | "ExpColClosed"
  | "ExpColNature"
  | "ExpColCategory"
  | "ExpQuarter"
  | "ExpStandingOver"
  | "ExpStandingEqual"
  | "ExpStandingUnder"
  | "ExpNoAmbition"
  | "ExpNoInitiative"
  | "ExpNoCategory"
  | "ExpTotal"
  | "TraceProjectNotFound"
  | "TraceAmbiguous"
  | "TraceSourceNotGiven"
  | "TraceBadFigure"
  | "AlertSeverityCritical"
  | "AlertSeverityMajor"
  | "AlertSeverityMinor"
  | "AlertRuleDirectorateOverEnvelope"
  | "AlertRuleDirectorateMissingReturn"
  | "AlertRuleVarianceOver"
  | "AlertRuleVarianceUnder"
  | "AlertRuleWeatherBad"
  | "AlertRuleWeatherWorse"
  | "AlertRuleMilestoneOverdue"
  | "AlertRuleMilestoneSlipped"
  | "AlertRuleRiskCritical"
  | "AlertRuleTeamOverload"
  | "AlertRuleTeamCapacityMissing"
  | "AlertRuleWeatherMissing"
  | "AlertRuleEndDatePassed"
  | "AlertRuleProjectMissingFromReturn"
  | "AlertNone"
  | "AlertEnvelopeOver"
  | "AlertReturnMissing"
  | "AlertProjectMissingFromReturn"
  | "AlertVarianceOver"
  | "AlertVarianceOverUnbudgeted"
  | "AlertVarianceUnder"
  | "AlertWeatherBad"
  | "AlertWeatherWorse"
  | "AlertMilestoneOverdue"
  | "AlertMilestoneSlipped"
  | "AlertRiskCritical"
  | "AlertTeamOverload"
  | "AlertTeamCapacityMissing"
  | "AlertWeatherMissing"
  | "AlertEndDatePassed"
  | "AlertSettingVariancePct"
  | "AlertSettingVarianceAmount"
  | "AlertSettingRiskCriticality"
  | "AlertSettingTeamLoadPct"
  | "AlertSettingMilestoneSlipDays"
  | "AlertExpectPercent"
  | "AlertExpectLoadPercent"
  | "AlertExpectAmount"
  | "AlertExpectDays"
  | "AlertSettingUnknown"
  | "AlertSettingInvalid"
  | "RepPackTitle"
  | "RepDirectoratePackTitle"
  | "RepCampaignNotReturned"
  | "RepCampaignPartlyReturned"
  | "RepPackSubtitle"
  | "RepDirectoratePackSubtitle"
  | "RepAtCampaign"
  | "RepProjectSheetTitle"
  | "RepNoCampaign"
  | "RepConfidentialCodir"
  | "RepConfidentialDirectorate"
  | "RepConfidential"
  | "RepPageLabel"
  | "RepContinued"
  | "RepQuarterYear"
  | "RepQuarterShort"
  | "RepQuarterClosed"
  | "RepCampaign"
  | "RepProjectRef"
  | "RepDirectorateNamed"
  | "RepListAnd"
  | "RepCoverSources"
  | "RepCoverNoSources"
  | "RepCoverSource"
  | "RepSummaryTitle"
  | "RepMessagesTitle"
  | "RepBudgetVoted"
  | "RepLanding"
  | "RepVariance"
  | "RepActual"
  | "RepPlanned"
  | "RepEnvelope"
  | "RepProjects"
  | "RepTotal"
  | "RepNoteProjects"
  | "RepNoteBudgetUnknown"
  | "RepNoteLandingAt"
  | "RepNoteLandingFrom"
  | "RepNoteVariancePct"
  | "RepNoteBurnRate"
  | "RepNoteInProgress"
  | "RepByStatus"
  | "RepByWeather"
  | "RepColStatus"
  | "RepColWeather"
  | "RepColProjects"
  | "RepNoStatus"
  | "RepNoWeather"
  | "RepNoProject"
  | "RepMsgHeadline"
  | "RepMsgHeadlineUnknown"
  | "CoverageNoneReturned"
  | "CoverageBehind"
  | "CoverageSourceGroup"
  | "CoverageBehindItem"
  | "CoverageNoReturnItem"
  | "CoverageNoReturnGroup"
  | "RepMsgEnvelopesHeldSome"
  | "RepMsgEnvelopesHeld"
  | "RepMsgEnvelopeOne"
  | "RepMsgEnvelopeMany"
  | "RepMsgEnvelopeItem"
  | "RepMsgWeatherOne"
  | "RepMsgWeatherMany"
  | "RepMsgProjectWithStatus"
  | "RepMsgDriftsOne"
  | "RepMsgDriftsMany"
  | "RepMsgDriftItem"
  | "RepMsgDriftUnbudgeted"
  | "RepMsgOverloadOne"
  | "RepMsgOverloadMany"
  | "RepMsgDecisionsOne"
  | "RepMsgDecisionsMany"
  | "RepChartsTitle"
  | "RepChartBudgetByDirectorate"
  | "RepChartBudgetByProject"
  | "RepChartBudgetByProjectTop"
  | "RepChartWeather"
  | "RepChartWeatherMissing"
  | "RepChartQuarters"
  | "RepChartProjectQuarters"
  | "RepChartTeamLoad"
  | "RepChartTeamLoadTop"
  | "RepChartEmpty"
  | "RepLoad"
  | "RepLoadLabel"
  | "RepCapacityLine"
  | "RepBreakdownTitle"
  | "RepByAmbitionCaption"
  | "RepByDirectorateCaption"
  | "RepColAmbition"
  | "RepColVariancePct"
  | "RepColDirectorate"
  | "RepColLandingVsEnvelope"
  | "RepNoAmbition"
  | "RepNoEnvelope"
  | "RepNoDirectorate"
  | "RepAlertsTitle"
  | "RepAlertsCaption"
  | "RepAlertsCaptionAll"
  | "RepNoMajorAlert"
  | "RepNoAlert"
  | "RepColSeverity"
  | "RepColAlert"
  | "RepColDetail"
  | "RepAlertsMinorOne"
  | "RepAlertsMinorMany"
  | "RepAlertsMinorItem"
  | "RepChangesTitle"
  | "RepChangesTitleNone"
  | "RepDiffNone"
  | "RepDiffLanding"
  | "RepDiffNoReturn"
  | "RepMovesCaption"
  | "RepColMove"
  | "RepColDirectorateShort"
  | "RepColProject"
  | "RepColRequest"
  | "RepRequestsCaption"
  | "RepRequestCount"
  | "RepColReason"
  | "RepColLandingAt"
  | "RepColChange"
  | "RepColChangePct"
  | "RepMoveAdded"
  | "RepMoveRemoved"
  | "RepMoveRescoped"
  | "RepNoMove"
  | "RepReasonStatus"
  | "RepReasonEndDate"
  | "RepReasonLinesAdded"
  | "RepReasonLinesRemoved"
  | "RepReasonLanding"
  | "RepDeltasCaption"
  | "RepDeltasCaptionTop"
  | "RepNoLandingChange"
  | "RepLandingBridgeCaption"
  | "RepBudgetBridgeCaption"
  | "RepBridgeLandingAt"
  | "RepBridgeUnbudgeted"
  | "RepBridgeOthers"
  | "RepColStep"
  | "RepColRunningTotal"
  | "RepWeatherChangesCaption"
  | "RepColWeatherAt"
  | "RepColTrend"
  | "RepTrendWorse"
  | "RepTrendBetter"
  | "RepNoWeatherChange"
  | "RepMilestonesMovedCaption"
  | "RepMilestonesMovedCaptionTop"
  | "RepColMilestone"
  | "RepColBaseline"
  | "RepColForecastAt"
  | "RepColShift"
  | "RepDays"
  | "RepNoMilestoneMoved"
  | "RepMilestonesTitle"
  | "RepRisksTitle"
  | "RepMilestonesCaption"
  | "RepColState"
  | "RepColDue"
  | "RepColSlip"
  | "RepMilestoneLate"
  | "RepMilestoneDue"
  | "RepNoMilestone"
  | "RepRisksCaption"
  | "RepRisksCaptionTop"
  | "RepColCriticality"
  | "RepCriticality"
  | "RepColRisk"
  | "RepColRiskStatus"
  | "RepColOwner"
  | "RepColMitigation"
  | "RepColDueDate"
  | "RepNoRisk"
  | "RepDecisionsTitle"
  | "RepDecisionsCaption"
  | "RepColDecision"
  | "RepColContext"
  | "RepColStatusDate"
  | "RepNoDecision"
  | "RepAppendixTitle"
  | "RepIndexCaption"
  | "RepProjectTitle"
  | "RepNoteWeatherProgress"
  | "RepNoteWeatherAt"
  | "RepOutsideInitialBudget"
  | "RepNoteVarianceOf"
  | "RepMissingFromLatest"
  | "RepIdentityCaption"
  | "RepColInitiative"
  | "RepColPeriod"
  | "RepColLead"
  | "RepLeadManager"
  | "RepLeadSponsor"
  | "RepPriority"
  | "RepMultiYear"
  | "RepColDescription"
  | "RepPeriod"
  | "RepWeatherHistoryCaption"
  | "RepColDate"
  | "RepColProgress"
  | "RepColComment"
  | "RepColOverall"
  | "RepColSchedule"
  | "RepColCost"
  | "RepColScope"
  | "RepColResources"
  | "RepColQuarter"
  | "RepColForecast"
  | "RepColActualDate"
  | "RepMilestoneReached"
  | "RepMilestoneReachedLate"
  | "RepMilestoneSlipped"
  | "RepMilestoneOnTrack"
  | "RepNoProjectMilestone"
  | "RepNoProjectRisk"
  | "RepLastComment"
  | "RepWatchPoints"
  | "RepDecisionNeeded"
  | "RepNoStatusReport"
  | "AppWindowTitle"
  | "AppErrorNotAllowed"
  | "AppErrorBadArgument"
  | "AppErrorOpenFailed"
  | "UiAppName"
  | "UiTagline"
  | "UiNavLabel"
  | "UiNavDashboard"
  | "UiNavImports"
  | "UiNavPortfolio"
  | "UiNavProject"
  | "UiNavDirectorates"
  | "UiNavCapacity"
  | "UiNavReports"
  | "UiNavTemplates"
  | "UiNavSettings"
  | "UiYear"
  | "UiCampaign"
  | "UiLatestReturn"
  | "UiCampaignOption"
  | "UiNoYear"
  | "UiVersion"
  | "UiLoading"
  | "UiRetry"
  | "UiErrorTitle"
  | "UiCancel"
  | "UiClose"
  | "UiOpen"
  | "UiAllFeminine"
  | "UiAllMasculine"
  | "UiNoWeather"
  | "UiNoStatus"
  | "UiNone"
  | "UiNoReturnForYear"
  | "UiTotal"
  | "UiQuarter"
  | "UiQuarterClosed"
  | "UiReturnNumber"
  | "UiCellRef"
  | "UiDays"
  | "UiSortAscending"
  | "UiSortDescending"
  | "UiFilterWorkbooks"
  | "UiFilterCsv"
  | "UiFilterXlsx"
  | "UiFilterPdf"
  | "UiFilterBackup"
  | "UiWelcomeTitle"
  | "UiWelcomeText"
  | "UiLoadDemo"
  | "UiImportWorkbooks"
  | "UiDemoLoading"
  | "UiDashTitle"
  | "UiScopeLatest"
  | "UiScopeCampaign"
  | "UiKpiBudgetVoted"
  | "UiKpiActual"
  | "UiKpiLanding"
  | "UiKpiVariance"
  | "UiKpiProjects"
  | "UiKpiCriticalAlerts"
  | "UiKpiVarianceNote"
  | "UiKpiBurnRateNote"
  | "UiKpiRequestsNote"
  | "UiKpiBudgetUnknownNote"
  | "UiKpiInProgressNote"
  | "UiKpiAlertsNote"
  | "UiChartByDirectorate"
  | "UiChartWeather"
  | "UiChartQuarters"
  | "UiChartNoData"
  | "UiLegendBudgetVoted"
  | "UiLegendLanding"
  | "UiLegendEnvelope"
  | "UiLegendActual"
  | "UiLegendForecast"
  | "UiAlertsTitle"
  | "UiAlertsCount"
  | "UiNoAlert"
  | "UiAlertOpensProject"
  | "UiAlertOpensDirectorates"
  | "UiWeatherCount"
  | "UiImportsTitle"
  | "UiImportsIntro"
  | "UiDropZone"
  | "UiDropZoneActive"
  | "UiChooseFiles"
  | "UiChecking"
  | "UiFileReady"
  | "UiFileUnchanged"
  | "UiFileRejected"
  | "UiFileImported"
  | "UiFileFailed"
  | "UiFileIdentityUnknown"
  | "UiFileIdentity"
  | "UiFileProjects"
  | "UiChangeNew"
  | "UiChangeSupersedes"
  | "UiChangeComparedWith"
  | "UiChangeAdded"
  | "UiChangeRemoved"
  | "UiChangeLanding"
  | "UiChangeLandingFirst"
  | "UiFindingError"
  | "UiFindingWarning"
  | "UiFindingErrors"
  | "UiFindingWarnings"
  | "UiImportAll"
  | "UiSumTitle"
  | "UiSumTitlePortfolio"
  | "UiCapacityCells"
  | "UiWeatherSource"
  | "UiWeatherSourceNone"
  | "UiSumEnvelopeTitle"
  | "UiSumEnvelopeFrom"
  | "UiSumEnvelopeNone"
  | "UiFilterWord"
  | "UiFilterSearchWord"
  | "UiRecordRefused"
  | "UiImportCount"
  | "UiImportProgress"
  | "UiImportSummary"
  | "UiRemoveFile"
  | "UiClearFiles"
  | "UiHistoryTitle"
  | "UiHistoryEmpty"
  | "UiColDate"
  | "UiColEvent"
  | "UiColReturn"
  | "UiColFile"
  | "UiColFindings"
  | "UiColState"
  | "UiEventImported"
  | "UiEventRejected"
  | "UiEventRestored"
  | "UiReturnCurrent"
  | "UiReturnSuperseded"
  | "UiRestore"
  | "UiRestoreTitle"
  | "UiRestoreText"
  | "UiRestoreDone"
  | "UiIdentity"
  | "UiPortfolioTitle"
  | "UiFilterDirectorate"
  | "UiFilterAmbition"
  | "UiFilterStatus"
  | "UiFilterWeather"
  | "UiSearch"
  | "UiSearchPlaceholder"
  | "UiResetFilters"
  | "UiProjectsShown"
  | "UiExportCsv"
  | "UiExportXlsx"
  | "UiExportWritten"
  | "UiNoProjectMatch"
  | "UiColCode"
  | "UiColName"
  | "UiColDirectorate"
  | "UiColStatus"
  | "UiColWeather"
  | "UiColBudgetVoted"
  | "UiColActual"
  | "UiColLanding"
  | "UiColVariance"
  | "UiColVariancePct"
  | "UiColForecast"
  | "UiColQuarter"
  | "UiOutsideBudget"
  | "UiMissingFromLatest"
  | "UiProjectPick"
  | "UiProjectPickHint"
  | "UiProjectChoose"
  | "UiProjectTitle"
  | "UiProjectIdentity"
  | "UiFieldDirectorate"
  | "UiFieldAmbition"
  | "UiFieldInitiative"
  | "UiFieldCategory"
  | "UiFieldNature"
  | "UiFieldSponsor"
  | "UiFieldManager"
  | "UiFieldPeriod"
  | "UiFieldStatus"
  | "UiFieldCampaign"
  | "UiFieldDescription"
  | "UiPeriod"
  | "UiReturnOfCampaign"
  | "UiFigures"
  | "UiTraceHint"
  | "UiTraceTitle"
  | "UiTraceNoCell"
  | "UiColCell"
  | "UiColLine"
  | "UiColValue"
  | "UiColImportedAt"
  | "UiTracePlanned"
  | "UiTraceActual"
  | "UiBudgetByQuarter"
  | "UiWeatherHistory"
  | "UiColComment"
  | "UiColWatchPoints"
  | "UiColDecision"
  | "UiRisks"
  | "UiNoRisk"
  | "UiColRisk"
  | "UiColCriticality"
  | "UiCriticality"
  | "UiColOwner"
  | "UiColMitigation"
  | "UiColDue"
  | "UiMilestones"
  | "UiNoMilestone"
  | "UiColMilestone"
  | "UiColBaseline"
  | "UiColForecastDate"
  | "UiColActualDate"
  | "UiColSlip"
  | "UiNoHistory"
  | "UiDirectoratesTitle"
  | "UiEnvelopeTitle"
  | "UiColEnvelope"
  | "UiColEnvelopeGap"
  | "UiColProjects"
  | "UiOverEnvelope"
  | "UiUnderEnvelope"
  | "UiOnEnvelope"
  | "UiNoEnvelope"
  | "UiCampaignsTitle"
  | "UiCampaignReceived"
  | "UiCampaignMissing"
  | "UiCampaignReplaced"
  | "UiCampaignRejected"
  | "UiNoDirectorate"
  | "UiCapacityTitle"
  | "UiCapacityIntro"
  | "UiLegendLoadLow"
  | "UiLegendLoadNear"
  | "UiLegendLoadOver"
  | "UiLegendNoCapacity"
  | "UiColTeam"
  | "UiColYearLoad"
  | "UiTeamOverloaded"
  | "UiCapacityDetail"
  | "UiCapacityDetailMissing"
  | "UiCapacityProjects"
  | "UiNoCapacity"
  | "UiCapacityPick"
  | "UiReportsTitle"
  | "UiReportKind"
  | "UiReportKindCodir"
  | "UiReportKindDirectorate"
  | "UiReportKindProject"
  | "UiReportQuarter"
  | "UiReportLanguage"
  | "UiLangFr"
  | "UiLangEn"
  | "UiGenerate"
  | "UiSaveAs"
  | "UiGenerating"
  | "UiReportWritten"
  | "UiReportsHistory"
  | "UiReportsEmpty"
  | "UiColGeneratedAt"
  | "UiColTitle"
  | "UiColPages"
  | "UiFileMoved"
  | "UiTemplatesTitle"
  | "UiTemplatesIntro"
  | "UiTemplateDirectorate"
  | "UiTemplateNewDirectorate"
  | "UiTemplateNoDirectorate"
  | "UiTemplateCode"
  | "UiTemplateCodeHint"
  | "UiTemplateContent"
  | "UiTemplatePrefilled"
  | "UiTemplateBlank"
  | "UiTemplateWrite"
  | "UiTemplateWritten"
  | "UiTemplatePrefilledFrom"
  | "UiSettingsTitle"
  | "UiSettingsGeneral"
  | "UiSettingsAlerts"
  | "UiSettingsData"
  | "UiOrganisation"
  | "UiOrganisationHint"
  | "UiAmountUnit"
  | "UiUnitEur"
  | "UiUnitKeur"
  | "UiLanguage"
  | "UiOutputFolder"
  | "UiOutputFolderDefault"
  | "UiChooseFolder"
  | "UiUseDefault"
  | "UiDefaultValue"
  | "UiSave"
  | "UiSaved"
  | "UiDatabase"
  | "UiBackup"
  | "UiBackupWritten"
  | "UiRestoreBackup"
  | "UiRestoreBackupTitle"
  | "UiRestoreBackupText"
  | "UiRestoreBackupDone"
  | "UiAutomaticBackups"
  | "UiAutomaticBackupsHint"
  | "UiAutomaticBackupsNone"
  | "UiBackupBeforeImport"
  | "UiBackupBeforeRestoreReturn"
  | "UiBackupBeforeRestoreBackup"
  | "UiBackupSize"
  | "UiChartValue"
  | "UiDirectorateNamed"
  | "UiFieldKind"
  | "UiFieldPriority"
  | "UiPriority"
  | "UiMultiYear"
;

export const FR: Record<Key, string> = {
  FileUnreadable: "Le fichier n'est pas un classeur lisible ({reason}). Attendu : un classeur Excel ou LibreOffice (.xlsx, .xlsm, .xls, .ods) non chiffré.",
  ProjectsEmptied: "La feuille « Projets » ne liste aucun projet, alors que la remontée courante n° {id} ({campaign}) en liste {count} {count:projet|projets}. Importée, elle viderait le portefeuille de la direction. Si des projets sont terminés ou abandonnés, gardez-les avec ce statut.",
  FileEncrypted: "Le classeur est protégé par un mot de passe (chiffré) et ne peut pas être lu. Enregistrez-le sans mot de passe puis importez-le à nouveau.",
  FileUnsupported: "Format de fichier non pris en charge : « {found} ». Attendu : .xlsx, .xlsm, .xls, .xlsb ou .ods.",
  FileIo: "Impossible de lire le fichier : {reason}.",
  SheetMissing: "Feuille obligatoire absente : « {expected} ». Feuilles trouvées : {found}.",
  SheetDuplicate: "Deux feuilles correspondent à « {expected} » : « {found} ». Gardez-en une seule.",
  HeaderNotFound: "Ligne d'en-tête introuvable dans les 20 premières lignes. Attendu : une ligne contenant au moins « {expected} ».",
  ColumnMissing: "Colonne obligatoire absente : « {expected} ». En-têtes trouvés : {found}.",
  ColumnDuplicate: "La colonne « {expected} » apparaît deux fois (aussi en {found}). Gardez-en une seule.",
  KeyMissing: "Information obligatoire absente : « {expected} ». Ajoutez une ligne « {expected} » avec sa valeur dans la colonne suivante.",
  ValueRequired: "Valeur obligatoire vide : « {field} ».",
  AmountInvalid: "« {field} » : montant illisible « {found} ». Attendu : un nombre, par exemple 1 234,50 ou 1234.50.",
  NumberInvalid: "« {field} » : nombre illisible « {found} ». Attendu : {expected}.",
  DateInvalid: "« {field} » : date illisible « {found} ». Attendu : une date, par exemple 31/12/2026.",
  ChoiceInvalid: "« {field} » : valeur « {found} » hors liste. Attendu : {expected}.",
  OutOfRange: "« {field} » : valeur {found} hors limites. Attendu : {expected}.",
  ManDaysNegative: "« {field} » : nombre de jours-homme négatif ({found}). Attendu : un nombre positif ou nul.",
  ProjectDuplicate: "Code projet « {found} » en double (déjà en {expected}). Chaque projet doit apparaître une seule fois dans la feuille Projets.",
  ProjectUnknown: "Code projet « {found} » absent de la feuille Projets. Attendu : un code de la feuille Projets.",
  ProjectOwnedElsewhere: "Le code projet « {found} » appartient déjà à la direction {owner}. Attendu : un projet de la direction {expected}, ou un autre code.",
  EndBeforeStart: "Date de fin {found} antérieure à la date de début {expected}.",
  FormulaError: "« {field} » : la formule renvoie une erreur ({found}). Corrigez la formule dans le classeur.",
  FormulaNoValue: "« {field} » : formule sans valeur calculée ({found}). Ouvrez le fichier dans Excel ou LibreOffice, enregistrez-le, puis importez-le à nouveau.",
  ColumnUnknown: "Colonne inconnue « {found} » ignorée.",
  KeyUnknown: "Information inconnue « {found} » ignorée.",
  KeyDuplicate: "« {field} » est renseigné deux fois (aussi en {expected}) : la première valeur est retenue.",
  EnvelopeChanged: "Enveloppe de {directorate} : {found} dans ce classeur, au lieu de {expected} (remontée {campaign}). La plus récente compte : toutes les comparaisons à l'enveloppe changent.",
  ActualNotReported: "Réalisé T{quarter} du projet {project} non renseigné ({cells}) alors que la campagne {campaign} clôt ce trimestre : compté 0. Saisissez le réalisé du trimestre, ou 0 s'il n'y a eu aucune dépense.",
  ActualColumnMissing: "pas de colonne « Réalisé » pour ce trimestre",
  AmountRounded: "« {field} » : {found} a plus de deux décimales, arrondi au centime à {expected}.",
  CriticalityUnreadable: "Criticité illisible ({found}) : elle est recalculée comme probabilité × impact.",
  CriticalityMismatch: "Criticité saisie {found} différente de probabilité × impact = {expected} : la valeur calculée est retenue.",
  RowDuplicate: "Ligne en double de {expected} pour « {found} » : les deux lignes sont conservées et additionnées.",
  ErrorIo: "Impossible de lire ou d'écrire « {path} » : {reason}.",
  ErrorStore: "Erreur de la base de données : {reason}.",
  ErrorStoreReadOnly: "La base de données ne peut pas être modifiée : son fichier ou son dossier est en lecture seule. Les consultations restent possibles ; pour importer ou modifier, copiez la base dans un dossier où vous pouvez écrire, ou demandez ce droit.",
  ErrorStoreReadOnlyOutdated: "La base {path} est en lecture seule et vient d'une version antérieure de PMO Desk : elle ne peut pas être mise à jour là où elle est. Copiez-la dans un dossier où vous pouvez écrire, puis ouvrez la copie.",
  ErrorStoreBusy: "La base de données est occupée par un autre traitement PMO Desk (un import, une restauration) depuis plus de 5 secondes. Rien n'a été modifié : réessayez dans un instant.",
  ErrorReturnNotFound: "Aucune remontée n° {id}. Consultez les numéros avec « pmo history ».",
  ErrorReturnAlreadyCurrent: "La remontée n° {id} est déjà la remontée courante de sa direction, de son exercice et de sa campagne : rien à restaurer.",
  ErrorDatabaseTooNew: "Cette base de données a été écrite par une version plus récente de PMO Desk (schéma {found}, cette version lit jusqu'au schéma {supported}). Mettez PMO Desk à jour.",
  ErrorTemplate: "Impossible d'écrire le classeur : {reason}.",
  ErrorNoReturnForYear: "Aucune remontée pour l'exercice {year}. Importez d'abord les classeurs des directions (pmo import).",
  ErrorNoReturnAsOf: "Aucune remontée pour l'exercice {year} jusqu'à la campagne {campaign}.",
  ErrorDiffOrder: "La campagne de départ ({from}) doit précéder la campagne d'arrivée ({to}), par exemple --from R1 --to R2.",
  ErrorUnknownSetting: "Paramètre inconnu « {key} ». Paramètres : {expected}.",
  ErrorInvalidSettingValue: "Valeur « {found} » refusée pour {key}. Attendu : {expected}.",
  SettingOrganisationName: "Nom de l'organisation, en couverture des rapports",
  SettingAmountUnit: "Unité d'affichage des montants : eur (1 234 567 €) ou keur (1 234,6 k€)",
  SettingLanguage: "Langue de l'application de bureau : fr (français) ou en (anglais)",
  SettingOutputFolder: "Dossier où l'application écrit rapports, exports, modèles et sauvegardes ; vide : « PMO Desk » dans vos Documents",
  ExpectLanguage: "fr ou en",
  ExpectAbsolutePath: "un chemin absolu (ou rien, pour le dossier par défaut)",
  ErrorBackupExists: "« {path} » existe déjà : une sauvegarde n'écrase jamais un fichier. Choisissez un autre nom.",
  ErrorNotADatabase: "« {path} » n'est pas une base de données PMO Desk. Rien n'a été modifié.",
  CliReportUnshown: "Attention : la police du rapport ne peut pas afficher ces caractères des remontées, remplacés par « ? » (le rapport le dit en première page) : {list}",
  CliBackupsEmpty: "Aucune sauvegarde automatique pour l'instant : PMO Desk en prend une avant chaque import et chaque restauration.",
  CliBackupsRestoreHint: "Les {kept} dernières sont gardées. Pour revenir à l'une d'elles : pmo restore-backup <chemin>",
  BackupBeforeImport: "avant un import",
  BackupBeforeRestoreReturn: "avant une restauration de remontée",
  BackupBeforeRestoreBackup: "base remplacée par une restauration",
  CliBackupWritten: "Sauvegarde écrite : {path} ({size} octets).",
  CliBackupRestored: "Base restaurée depuis {path} : {returns} {returns:remontée|remontées}. Copie de sécurité de la base précédente : {safety}",
  ShowLatestCampaigns: "dernière campagne de chaque direction",
  ShowStatusTitle: "Portefeuille {year} — {as_of}",
  ShowBudgetVoted: "Budget voté",
  ShowLanding: "Atterrissage",
  ShowVariance: "Écart",
  ShowActual: "Réalisé",
  ShowBurnRate: "Taux de consommation",
  ShowProjects: "Projets :",
  ShowWeather: "Météo :",
  ShowNoStatus: "sans statut",
  ShowNoWeather: "sans météo",
  ShowOutsideBudget: "Hors budget initial :",
  ShowMissingFromLatest: "Absents de la dernière remontée :",
  ShowDirectoratesTitle: "Directions et enveloppes",
  ShowColCode: "Code",
  ShowColCampaign: "Camp.",
  ShowColEnvelope: "Enveloppe",
  ShowColVsEnvelope: "Atterrissage / enveloppe",
  ShowOverEnvelope: "▲ dépassement de {gap}",
  ShowUnderEnvelope: "sous l'enveloppe ({gap})",
  ShowNoEnvelope: "pas d'enveloppe",
  ShowTopDrifts: "Plus fortes dérives (budget voté → atterrissage, écart)",
  ShowAlertCounts: "Alertes : {critical} {critical:critique|critiques}, {major} {major:majeure|majeures}, {minor} {minor:mineure|mineures} — détail : pmo alerts --year {year}",
  ShowNoAlert: "Aucune alerte.",
  ShowDiffTitle: "Évolution {year} : {from} → {to}",
  ShowNoReturnForTo: "Sans remontée pour cette campagne (dernière campagne retenue) :",
  ShowAdded: "Projets ajoutés",
  ShowRemoved: "Projets retirés",
  ShowRescoped: "Projets recadrés",
  ShowLandingDeltas: "Plus fortes variations d'atterrissage",
  ShowBudgetBridge: "Du budget voté à l'atterrissage",
  ShowBridgeUnbudgeted: "{count} {count:projet|projets} sans budget initial",
  ShowBridgeOthers: "{count} {count:autre projet|autres projets}",
  ShowWeatherChanges: "Changements de météo",
  ShowMilestonesMoved: "Jalons déplacés",
  ShowDays: "({days} j)",
  ShowNewlyLate: "▲ désormais en retard",
  ShowBehindBaseline: "glisse de {days} {days:jour|jours} sur sa date initiale",
  ShowReasonStatus: "statut {before} → {after}",
  ShowReasonEndDate: "fin {before} → {after} ({days} j)",
  ShowReasonLinesAdded: "{count} {count:ligne budgétaire ajoutée|lignes budgétaires ajoutées}",
  ShowReasonLinesRemoved: "{count} {count:ligne budgétaire retirée|lignes budgétaires retirées}",
  ShowReasonLanding: "atterrissage {ratio}",
  ShowTraceTitle: "{figure} de {project} « {name} » ({directorate}) : {value}",
  ShowTraceNoCell: "Aucune cellule : le chiffre vaut 0 ou n'est pas connu.",
  ShowTraceTotal: "Total des cellules",
  ShowPlannedQ: "prévu T{q}",
  ShowActualQ: "réalisé T{q}",
  ShowNoCapacity: "Aucune charge ni capacité dans les remontées.",
  ShowCapacityTitle: "Charge des équipes {year} (charge prévue / capacité, ▲ surcharge)",
  ShowColTeam: "Équipe",
  ShowColYear: "Année",
  ShowColLoadedBy: "Principaux projets (JH prévus)",
  ShowCapacityMissing: "capacité non renseignée",
  ShowOverloadedCount: "{count} {count:équipe|équipes} au-delà de {threshold}.",
  ShowSettingSaved: "{key} = {value}",
  ShowSettingDefault: "(par défaut)",
  CliXlsxNeedsOut: "Le classeur xlsx ne s'écrit pas dans le terminal : précisez --out FICHIER.xlsx.",
  ErrorYearOutOfRange: "Exercice {found} impossible : un classeur de remontée est pour une année entre 2000 et 2100, et l'import refuserait celui-ci.",
  ErrorBadQuarter: "Trimestre {found} inconnu : attendu 1, 2, 3 ou 4.",
  ErrorUnknownDirectorate: "Aucune direction « {code} » dans le portefeuille {year}.",
  ErrorUnknownProject: "Aucun projet « {code} » dans le portefeuille {year}.",
  ErrorRender: "Le rapport n'a pas pu être mis en page : {reason}.",
  CliReportWritten: "Rapport écrit : {path} — {title} ({size} octets, SHA-256 {sha}…, enregistré sous le n° {id}).",
  CliReportsEmpty: "Aucun rapport généré pour l'instant.",
  CliError: "Erreur : {message}",
  CliNoFiles: "Aucun classeur trouvé dans : {paths}.",
  CliImported: "importé",
  CliWouldImport: "serait importé (simulation)",
  CliUnchanged: "inchangé",
  CliRejected: "rejeté",
  CliWouldReject: "serait rejeté (simulation)",
  CliProjects: "{count} {count:projet|projets}",
  CliSupersedes: "remplace la remontée n° {id}",
  CliNewReturn: "nouvelle remontée",
  CliSameAs: "fichier identique à la remontée courante n° {id}",
  CliErrors: "{count} {count:erreur|erreurs}",
  CliWarnings: "{count} {count:avertissement|avertissements}",
  CliImportTotals: "Bilan : {imported} {imported:importé|importés}, {unchanged} {unchanged:inchangé|inchangés}, {rejected} {rejected:rejeté|rejetés}.",
  HelpUsage: "Utilisation :",
  HelpCommands: "Commandes ",
  HelpCommandValue: "COMMANDE",
  HelpOptions: "Options ",
  HelpArguments: "Arguments ",
  HelpFlagHelp: "Affiche cette aide",
  HelpFlagVersion: "Affiche la version",
  HelpSeeHelp: "Aide : pmo --help, ou pmo <commande> --help.",
  HelpErrUnknownArgument: "option inconnue « {arg} ».",
  HelpErrUnknownCommand: "commande inconnue « {command} ».",
  HelpErrMissing: "argument obligatoire manquant : {arg}.",
  HelpErrMissingCommand: "aucune commande donnée.",
  HelpErrInvalidValue: "valeur « {value} » invalide pour {arg}.",
  HelpErrValidValues: "Valeurs possibles : {values}.",
  HelpErrConflict: "{arg} ne peut pas être donné avec une autre option de la commande.",
  HelpErrOther: "{detail}",
  HelpCmdPmo: "PMO Desk — portefeuille de projets : import des remontées, consolidation, rapports et exports.",
  HelpCmdImport: "Importe des classeurs de remontée (fichiers, ou dossiers parcourus).",
  HelpCmdExport: "Exporte les chiffres consolidés d'un exercice.",
  HelpCmdStatus: "Synthèse du portefeuille : totaux, directions et enveloppes, dérives, alertes.",
  HelpCmdAlerts: "Alertes du portefeuille, selon les seuils fixés par le PMO.",
  HelpCmdDiff: "Évolution entre deux campagnes : projets ajoutés, retirés, recadrés, écarts, pont.",
  HelpCmdTrace: "Cellules sources d'un chiffre d'un projet (budget voté, réalisé, atterrissage).",
  HelpCmdCapacity: "Charge des équipes face à leur capacité.",
  HelpCmdSettings: "Paramètres : seuils d'alerte, nom de l'organisation, unité des montants.",
  HelpCmdSettingsGet: "Affiche la valeur d'un paramètre (sa valeur par défaut s'il n'a pas été fixé).",
  HelpCmdSettingsSet: "Fixe un paramètre, après vérification de sa valeur.",
  HelpCmdSettingsList: "Liste tous les paramètres.",
  HelpCmdReport: "Génère un rapport PDF : dossier CODIR, rapport de direction, fiche projet.",
  HelpCmdReportCodir: "Le dossier trimestriel du CODIR.",
  HelpCmdReportDirectorate: "Les mêmes vues pour une direction, à lui renvoyer.",
  HelpCmdReportProject: "La fiche d'un projet.",
  HelpCmdReports: "Rapports déjà générés : quand, pour quoi, à partir de quelles remontées.",
  HelpCmdHistory: "Historique des imports et restaurations.",
  HelpCmdRestoreReturn: "Rend de nouveau courante une remontée antérieure (remplacée).",
  HelpCmdBackup: "Sauvegarde la base de données dans un fichier (copie cohérente ; n'écrase jamais un fichier).",
  HelpCmdRestoreBackup: "Remplace la base par une sauvegarde, après avoir gardé une copie de sécurité de la base actuelle à côté d'elle.",
  HelpCmdTemplate: "Écrit un classeur de remontée vierge ou prérempli.",
  HelpCmdDemo: "Écrit un portefeuille de démonstration (5 directions, BI, R1, R2).",
  HelpArgDb: "Base de données SQLite (sinon $PMO_DB, sinon le fichier de l'application de bureau).",
  HelpArgLang: "Langue des messages : fr ou en (sinon d'après LANG).",
  HelpArgDryRun: "Vérifie sans rien enregistrer, et dit ce que chaque fichier changerait.",
  HelpArgJson: "Sortie JSON (contrat documenté dans le README).",
  HelpArgPaths: "Fichiers ou dossiers de classeurs (.xlsx, .xlsm, .xls, .xlsb, .ods).",
  HelpArgYear: "Exercice (année), par exemple 2026.",
  HelpArgFormat: "Format : json (par défaut), csv ou xlsx.",
  HelpArgOut: "Fichier ou dossier à écrire.",
  HelpArgExportOut: "Fichier de sortie (sinon la sortie standard).",
  HelpArgCampaign: "Campagne : BI, R1, R2, R3 ou CL (sinon la dernière de chaque direction).",
  HelpArgTemplateCampaign: "Campagne du classeur : BI, R1, R2, R3 ou CL.",
  HelpArgFrom: "Campagne de départ : BI, R1, R2, R3 ou CL.",
  HelpArgTo: "Campagne d'arrivée (sinon la dernière de l'exercice).",
  HelpArgProject: "Code du projet, par exemple DSI-01 (ou --directorate, ou --portfolio).",
  HelpArgTraceDirectorate: "Explique un chiffre de cette direction : enveloppe, budget voté, réalisé ou atterrissage.",
  HelpArgPortfolio: "Explique un total du portefeuille : les directions dont il est la somme.",
  TraceDirectorateNotFound: "Aucune direction « {directorate} » n'a de chiffres pour cet exercice.",
  TraceTeamNotFound: "Aucune équipe « {team} » dans la dernière remontée de {directorate} (pmo capacity les liste).",
  ShowManDaysTitle: "{figure} de l'équipe {team} ({directorate}, remontée {campaign}) : {value} JH, somme de :",
  ShowManDaysPlanned: "Charge prévue",
  ShowManDaysActual: "Charge réalisée",
  ShowManDaysCapacity: "Capacité",
  HelpArgTeam: "Équipe de la direction (avec --directorate) : --figure planned, actual ou capacity en jours-hommes.",
  TracePortfolioEnvelope: "Le portefeuille n'a pas d'enveloppe propre : demandez celle d'une direction (--directorate).",
  TraceWhat: "Trace : donnez un projet, --directorate CODE ou --portfolio.",
  ShowSumTitle: "{figure} {scope} {year} : {value}, somme de :",
  ShowSumScopePortfolio: "du portefeuille",
  ShowSumScopeDirectorate: "de {directorate}",
  ShowEnvelopeFrom: "Enveloppe de {directorate} {year} : {value}, lue dans la remontée {campaign} n° {id} ({file}, importée le {date}), {place}.",
  ShowWeatherFrom: "Météo de {project} « {name} » : {weather} au {date}, lue dans la remontée {campaign} n° {id} ({file}), {cell}.",
  ShowWeatherNone: "Météo de {project} « {name} » : aucune remontée n'en donne.",
  ShowEnvelopeNone: "Enveloppe de {directorate} {year} : aucune remontée n'en indique.",
  HelpArgFigure: "Chiffre expliqué : budget_voted, actual, landing (par défaut), weather (météo) pour un projet ; envelope pour une direction.",
  HelpArgKey: "Clé du paramètre (pmo settings list les donne).",
  HelpArgValue: "Nouvelle valeur.",
  HelpArgQuarter: "Trimestre revu, 1 à 4 (par défaut le dernier que les remontées clôturent).",
  HelpArgReportCodirOut: "Fichier PDF à écrire (par défaut un nom dérivé du rapport, dans le dossier courant).",
  HelpArgReportDirectorateOut: "Fichier PDF à écrire (par défaut un nom dérivé du rapport, dans le dossier courant).",
  HelpArgReportProjectOut: "Fichier PDF à écrire (par défaut un nom dérivé du rapport, dans le dossier courant).",
  HelpArgDate: "Date imprimée sur le rapport (AAAA-MM-JJ, par défaut aujourd'hui) : la date d'un rapport déjà envoyé en régénère les mêmes octets.",
  HelpArgReportDirectorateCode: "Code de la direction, par exemple DSI.",
  HelpArgReportProjectCode: "Code du projet, par exemple DSI-01.",
  HelpArgId: "Numéro de la remontée (pmo history le donne).",
  HelpArgBackupList: "Liste les sauvegardes automatiques (avant chaque import et chaque restauration) au lieu d'en écrire une.",
  HelpArgBackupJson: "Liste en JSON : chemin, date, raison, taille.",
  HelpArgBackupPath: "Fichier de sauvegarde à écrire (ne doit pas exister).",
  HelpArgRestoreBackupPath: "Sauvegarde à restaurer.",
  HelpArgDirectorate: "Code de la direction : le classeur est alors prérempli de sa dernière remontée.",
  HelpArgTemplateOut: "Classeur à écrire (.xlsx).",
  HelpArgDemoOut: "Dossier où écrire les classeurs de démonstration.",
  HelpArgDemoYear: "Exercice de la démonstration (par défaut l'année en cours).",
  CliLandingChange: "Atterrissage de {directorate} : {before} → {after} ({delta})",
  CliLandingNew: "Atterrissage de {directorate} : {after} (première remontée de l'exercice)",
  CliDryRunNote: "Simulation : rien n'a été enregistré.",
  CliHistoryEmpty: "Aucun import pour l'instant.",
  CliHistoryHeader: "N°   Date              Événement     Remontée      Fichier",
  CliRestored: "restauration",
  CliRestoreDone: "Remontée n° {id} ({identity}) redevenue courante ; elle remplace la remontée n° {replaced}.",
  CliRestoreDoneAlone: "Remontée n° {id} ({identity}) redevenue courante.",
  CliTemplateWritten: "Modèle écrit : {path} ({identity})",
  CliTemplatePrefilled: "prérempli avec {count} {count:projet|projets} de la remontée n° {id}",
  CliTemplateBlank: "vierge",
  CliDemoWritten: "Portefeuille de démonstration écrit dans {dir} : {count} classeurs. Importez-le avec : pmo import {dir}",
  CliExportWritten: "Export écrit : {path}.",
  CliBadCampaign: "Campagne inconnue « {found} ». Attendu : {expected}.",
  SheetDirectorate: "Direction",
  SheetProjects: "Projets",
  SheetBudget: "Budget",
  SheetWorkload: "Charges",
  SheetCapacity: "Capacité",
  SheetStatus: "Météo",
  SheetRisks: "Risques",
  SheetMilestones: "Jalons",
  CampaignBi: "Budget initial",
  CampaignR1: "Reprévision T1",
  CampaignR2: "Reprévision T2",
  CampaignR3: "Reprévision T3",
  CampaignCl: "Clôture",
  StatusCandidate: "Candidat",
  StatusApproved: "Validé",
  StatusInProgress: "En cours",
  StatusOnHold: "Suspendu",
  StatusDone: "Terminé",
  StatusCancelled: "Abandonné",
  WeatherSunny: "Soleil",
  WeatherCloudy: "Nuageux",
  WeatherRainy: "Pluie",
  WeatherStormy: "Orage",
  RiskOpen: "Ouvert",
  RiskInProgress: "En traitement",
  RiskClosed: "Clos",
  NatureCapex: "CAPEX",
  NatureOpex: "OPEX",
  CategoryInternal: "Interne",
  CategoryExternal: "Externe",
  CategoryLicences: "Licences",
  CategoryHardware: "Matériel",
  CategoryOther: "Autre",
  Yes: "Oui",
  No: "Non",
  ListOr: " ou ",
  ExpectYear: "une année entre 2000 et 2100",
  ExpectPriority: "1, 2 ou 3 (ou P1, P2, P3)",
  ExpectProbability: "un entier de 1 à 4",
  ExpectCriticality: "un entier, probabilité × impact (1 à 16)",
  ExpectPercent: "un pourcentage de 0 à 100",
  ExpectManDays: "un nombre de jours-homme, par exemple 12,5",
  ExpectUnit: "€ ou k€",
  TplSheetInstructions: "Instructions",
  TplTitle: "Remontée du portefeuille projets — {directorate} — exercice {year} — {campaign}",
  TplPurposeLabel: "À quoi sert ce classeur",
  TplPurpose: "Ce classeur transmet au PMO le portefeuille de projets de votre direction pour la campagne indiquée ci-dessous : les projets, leur budget prévu et réalisé par trimestre, la charge des équipes, la météo, les risques et les jalons. Le PMO l'importe automatiquement dans son outil de consolidation : respectez la structure décrite ci-dessous, et le PMO pourra l'intégrer sans ressaisie.",
  TplReturnHeading: "Votre remontée",
  TplSendToLabel: "À renvoyer à",
  TplSendTo: "{contact}, en pièce jointe, sans le renommer ni le convertir.",
  TplSendToPmo: "Au PMO, en pièce jointe de votre réponse, sans le renommer ni le convertir.",
  TplDeadlineLabel: "À renvoyer avant le",
  TplUnitEuro: "euros (€)",
  TplUnitKiloEuro: "milliers d'euros (k€)",
  TplHowHeading: "Comment remplir chaque feuille",
  TplHowDirectorate: "Vérifiez le code direction, l'exercice et la campagne (obligatoires), puis indiquez le responsable de la remontée, la date de remontée et l'enveloppe budgétaire de la direction. Ne modifiez pas les libellés de la colonne A.",
  TplHowProjects: "Une ligne par projet. Le code projet est obligatoire et unique : c'est la clé qui relie toutes les autres feuilles. Ne changez jamais le code d'un projet existant ; un nouveau projet reçoit un nouveau code. L'intitulé est obligatoire, la date de fin ne peut pas précéder la date de début.",
  TplHowBudget: "Une ligne par projet, nature (CAPEX ou OPEX) et catégorie. Saisissez le prévu de chaque trimestre, et le réalisé des seuls trimestres clos. Une cellule vide vaut 0. Montants en {unit}.",
  TplHowWorkload: "Une ligne par projet et par équipe : la charge prévue et réalisée en jours-homme (JH) par trimestre, et le TJM (taux journalier moyen) de l'équipe, en {unit}.",
  TplHowCapacity: "Une ligne par équipe : les jours-homme que l'équipe peut consacrer aux projets chaque trimestre (hors congés et activité courante). Utilisez les mêmes noms d'équipe que dans la feuille Charges.",
  TplHowStatus: "Une ligne par projet et par date. La météo globale est obligatoire ; précisez si possible le délai, le coût, le périmètre et les ressources. L'avancement est un pourcentage de 0 à 100 : saisissez 45 pour 45 %. Ajoutez un commentaire, les points d'attention et la décision attendue du CODIR s'il y en a une. Gardez les lignes des campagnes précédentes : elles forment l'historique.",
  TplHowRisks: "Une ligne par risque, rattachée à un projet. Probabilité et impact de 1 (faible) à 4 (très fort). La criticité est calculée (probabilité × impact) : gardez la formule ou laissez la cellule vide.",
  TplHowMilestones: "Une ligne par jalon. La date initiale est celle engagée au lancement : ne la modifiez pas. Mettez à jour la date prévue à chaque campagne et saisissez la date réelle quand le jalon est atteint.",
  TplRulesHeading: "Règles à respecter",
  TplRuleAmountsLabel: "Montants",
  TplRuleAmounts: "Tous les montants du classeur sont en {unit}, comme l'indique la ligne « Unité » de la feuille Direction. Saisissez des nombres, sans symbole ni texte (par exemple 12500,50).",
  TplRuleDatesLabel: "Dates",
  TplRuleDates: "Au format jj/mm/aaaa, par exemple 31/03/{year}. Saisissez de vraies dates, pas du texte comme « fin mars ».",
  TplRuleListsLabel: "Listes fermées",
  TplRuleLists: "Les colonnes à liste fermée proposent une liste déroulante : choisissez-y la valeur plutôt que de la saisir. Les valeurs admises sont rappelées ci-dessous.",
  TplRuleStructureLabel: "Structure",
  TplRuleStructure: "Ne renommez pas les feuilles ni les en-têtes de colonnes, ne supprimez pas de colonne et n'en ajoutez pas : le classeur est importé automatiquement. Vous pouvez ajouter des lignes, trier et filtrer. Enregistrez au format .xlsx.",
  TplListsHeading: "Valeurs des listes fermées",
  TplListProjectStatus: "Statut du projet",
  TplPriorityValues: "1 (haute), 2 ou 3 (basse)",
  TplListWeather: "Météo globale et par axe",
  TplListScale: "Probabilité et impact",
  TplScaleValues: "1 (faible), 2, 3 ou 4 (très fort)",
  TplListRiskStatus: "Statut du risque",
  TplListErrorTitle: "Valeur hors liste",
  TplListErrorMessage: "Choisissez une valeur de la liste déroulante : {expected}.",
  TplCodeErrorMessage: "Ce code projet n'existe pas dans la feuille Projets. Ajoutez d'abord le projet dans la feuille Projets.",
  TplValueErrorTitle: "Valeur incorrecte",
  TplNumberErrorMessage: "Attendu : {expected}.",
  TplDateInputTitle: "Date",
  TplDateInputMessage: "Une date au format jj/mm/aaaa, par exemple 31/03/2026.",
  TplDateErrorMessage: "Attendu : une date valide au format jj/mm/aaaa.",
  TplAmountInputTitleEuro: "Montant en euros (€)",
  TplAmountInputTitleKiloEuro: "Montant en milliers d'euros (k€)",
  TplAmountInputMessage: "Un nombre, sans symbole. Cellule vide = 0.",
  TplAmountErrorMessage: "Attendu : un montant en {unit}, saisi comme un nombre, sans texte ni symbole.",
  TplManDaysInputTitle: "Jours-homme",
  TplPercentInputTitle: "Avancement (%)",
  TplPercentInputMessage: "Un pourcentage de 0 à 100 : saisissez 45 pour 45 %.",
  TplYearInputTitle: "Exercice",
  TplCriticalityInputTitle: "Criticité",
  TplCriticalityInputMessage: "Calculée : probabilité × impact. Gardez la formule ou laissez la cellule vide.",
  TplTitleBlank: "Remontée du portefeuille projets — exercice {year} — {campaign}",
  TplDirectorateToFill: "à saisir dans la feuille Direction",
  ReasonReaderFailure: "la lecture du fichier s'est interrompue",
  ReasonSheetTooLarge: "la feuille « {sheet} » contient plus de {max} cellules remplies",
  ReasonUnknownFormat: "format inconnu",
  ReasonNotAnArchive: "son contenu n'est pas celui d'un classeur : fichier tronqué, endommagé, ou d'un autre type renommé",
  ReasonXmlDamaged: "le contenu du classeur est endommagé",
  IoNotFound: "fichier introuvable",
  IoPermissionDenied: "accès refusé",
  IoIsDirectory: "c'est un dossier, pas un fichier",
  IoStorageFull: "le disque est plein",
  ReasonXlsCorrupt: "la structure du fichier .xls est endommagée",
  ReasonXlsTooLarge: "une feuille du fichier .xls annonce plus de cellules qu'un fichier .xls ne peut en contenir",
  ExpectAmountRange: "un montant d'au plus 1 000 milliards d'euros, en positif comme en négatif",
  SheetHidden: "La feuille « {found} » est masquée : elle est ignorée. Affichez-la si elle doit être importée.",
  ReasonOdsTruncated: "le contenu du fichier .ods est tronqué ou endommagé",
  FileOverLimit: "Le classeur n'a pas été lu : {limit}. Cette limite protège PMO Desk d'un fichier endommagé ou piégé ; un classeur de remontée pèse quelques centaines de Ko. Vérifiez qu'il s'agit du bon fichier, ou enregistrez-le à nouveau depuis Excel.",
  LimitFileSize: "le fichier pèse {size}, au-delà de la limite de {max}",
  LimitPartSize: "sa partie « {part} » dépasse {max} une fois décompressée",
  LimitUnpackedSize: "son contenu dépasse {max} une fois décompressé",
  LimitStringsDeclared: "sa table des textes annonce {declared} textes mais n'en contient que {found}",
  LimitStringsCount: "sa table des textes contient plus de {max} textes",
  LimitStringLength: "un texte de sa table des textes (le n° {index}) dépasse la limite d'Excel de {max} caractères par cellule",
  LimitCellLength: "la cellule {sheet}!{cell} contient {chars} caractères, au-delà de la limite d'Excel de {max} caractères par cellule",
  LimitRecordLength: "un enregistrement de sa partie « {part} » annonce {size}, plus que la partie n'en contient",
  LimitSheetText: "les textes de la feuille « {sheet} » dépassent {max}",
  LimitSheetBox: "la feuille « {sheet} » s'étend sur {cells} cellules une fois ses lignes et colonnes répétées développées, au-delà de la limite de {max}",
  RepUnshownCharacters: "Des textes des remontées contiennent des caractères que la police de ce document ne peut pas afficher ; ils y sont remplacés par « ? » ({codes}). Textes concernés : {texts}. La base et les exports les gardent tels qu'écrits.",
  RepUnshownMore: "et {count} {count:autre|autres}",
  ExpTitle: "Portefeuille consolidé {year}",
  ExpSheetProjects: "Projets",
  ExpSheetRequests: "Demandes",
  ExpSheetSelection: "Sélection",
  ExpColCriterion: "Critère",
  ExpColValue: "Valeur",
  ExpSelectionYear: "Exercice",
  ExpSelectionCampaign: "Campagne",
  ExpSelectionLatest: "dernière campagne de chaque direction",
  ExpSelectionProjects: "Projets exportés",
  ExpSelectionCount: "{shown} sur {total}",
  ExpSelectionFilters: "Filtres",
  ExpSelectionNoFilter: "aucun : tout le portefeuille",
  ExpColRequest: "Demande (hors budget voté)",
  ExpSheetDirectorates: "Directions",
  ExpSheetQuarters: "Trimestres",
  ExpSheetNatures: "Natures et catégories",
  ExpSheetAmbitions: "Ambitions",
  ExpColDirectorate: "Direction",
  ExpColDirectorateName: "Libellé de la direction",
  ExpColCode: "Code projet",
  ExpColName: "Intitulé",
  ExpColAmbition: "Ambition",
  ExpColInitiative: "Initiative",
  ExpColManager: "Chef de projet",
  ExpColSponsor: "Sponsor",
  ExpColStatus: "Statut",
  ExpColPriority: "Priorité",
  ExpColKind: "Type",
  ExpColStart: "Date de début",
  ExpColEnd: "Date de fin",
  ExpColCampaign: "Campagne",
  ExpColBudgetVoted: "Budget voté",
  ExpColPlanned: "Prévu",
  ExpColActual: "Réalisé",
  ExpColLanding: "Atterrissage",
  ExpColVariance: "Écart",
  ExpColVariancePct: "Écart %",
  ExpColBurnRate: "Taux de consommation",
  ExpColWeather: "Météo",
  ExpColWeatherDate: "Date de la météo",
  ExpColOutsideBudget: "Hors budget initial",
  ExpColMissingFromLatest: "Absent de la dernière remontée",
  ExpColProjectCount: "Nombre de projets",
  ExpColEnvelope: "Enveloppe",
  ExpColBudgetMinusEnvelope: "Budget voté − enveloppe",
  ExpColLandingMinusEnvelope: "Atterrissage − enveloppe",
  ExpColLandingStanding: "Atterrissage / enveloppe",
  ExpColQuarter: "Trimestre",
  ExpColClosed: "Clôturé",
  ExpColNature: "Nature",
  ExpColCategory: "Catégorie",
  ExpQuarter: "T{quarter}",
  ExpStandingOver: "Au-dessus",
  ExpStandingEqual: "Égal",
  ExpStandingUnder: "En dessous",
  ExpNoAmbition: "(sans ambition)",
  ExpNoInitiative: "(sans initiative)",
  ExpNoCategory: "(sans catégorie)",
  ExpTotal: "Total",
  TraceProjectNotFound: "Aucun projet « {project} » dans l'exercice {year}. Vérifiez le code projet (pmo export le liste).",
  TraceAmbiguous: "Le code « {project} » désigne plusieurs projets ({candidates}) : saisissez le code exact, majuscules comprises.",
  TraceSourceNotGiven: "Les remontées lues ne sont pas celles du calcul (remontée n° {id}) : relancez la commande.",
  TraceBadFigure: "Chiffre inconnu « {found} ». Attendu : budget-vote, realise ou atterrissage (budget_voted, actual, landing).",
  AlertSeverityCritical: "Critique",
  AlertSeverityMajor: "Majeure",
  AlertSeverityMinor: "Mineure",
  AlertRuleDirectorateOverEnvelope: "Enveloppe dépassée",
  AlertRuleDirectorateMissingReturn: "Remontée manquante",
  AlertRuleVarianceOver: "Dépassement budgétaire",
  AlertRuleVarianceUnder: "Sous-consommation",
  AlertRuleWeatherBad: "Météo Pluie ou Orage",
  AlertRuleWeatherWorse: "Météo dégradée",
  AlertRuleMilestoneOverdue: "Jalon en retard",
  AlertRuleMilestoneSlipped: "Jalon décalé",
  AlertRuleRiskCritical: "Risque critique",
  AlertRuleTeamOverload: "Équipe surchargée",
  AlertRuleTeamCapacityMissing: "Capacité non déclarée",
  AlertRuleWeatherMissing: "Météo manquante",
  AlertRuleEndDatePassed: "Date de fin dépassée",
  AlertRuleProjectMissingFromReturn: "Projet absent de la dernière remontée",
  AlertNone: "aucune",
  AlertEnvelopeOver: "Direction {directorate} : atterrissage de {landing} au-delà de son enveloppe de {envelope} (dépassement de {gap}).",
  AlertReturnMissing: "Direction {directorate} : aucune remontée pour la campagne {campaign} (dernière remontée de l'exercice {year} : {last}).",
  AlertProjectMissingFromReturn: "Projet {project} « {name} » ({directorate}) : absent de la remontée {campaign}. Ses chiffres restent ceux de la remontée {last} (réalisé {actual}, atterrissage {landing}) : qu'est-il devenu (terminé, abandonné, transféré) ?",
  AlertVarianceOver: "Projet {project} « {name} » ({directorate}) : atterrissage de {landing} pour un budget voté de {budget}, soit un dépassement de {variance} ({percent}).",
  AlertVarianceOverUnbudgeted: "Projet {project} « {name} » ({directorate}) : hors budget initial, atterrissage de {landing} sans budget voté.",
  AlertVarianceUnder: "Projet {project} « {name} » ({directorate}) : atterrissage de {landing} pour un budget voté de {budget}, soit une sous-consommation de {variance} ({percent}).",
  AlertWeatherBad: "Projet {project} « {name} » ({directorate}) : météo {weather} au {date} (précédente : {previous}).",
  AlertWeatherWorse: "Projet {project} « {name} » ({directorate}) : météo dégradée de {previous} à {weather} au {date}.",
  AlertMilestoneOverdue: "Projet {project} « {name} » ({directorate}) : jalon « {milestone} » attendu le {due} et non atteint ({days} {days:jour|jours} de retard).",
  AlertMilestoneSlipped: "Projet {project} « {name} » ({directorate}) : jalon « {milestone} » prévu le {forecast} au lieu du {baseline} initialement ({days} {days:jour|jours} de glissement).",
  AlertRiskCritical: "Projet {project} « {name} » ({directorate}) : risque « {risk} » non clos, de criticité {criticality} (probabilité {probability} × impact {impact}).",
  AlertTeamOverload: "Équipe {team} ({directorate}) : charge de {load} de sa capacité au T{quarter} ({planned} JH prévus pour {capacity} JH disponibles ; premier projet : {top_project}).",
  AlertTeamCapacityMissing: "Équipe {team} ({directorate}) : {man_days} JH de charge prévue sur des trimestres sans capacité déclarée. Ajoutez l'équipe à la feuille Capacité.",
  AlertWeatherMissing: "Projet {project} « {name} » ({directorate}) : en cours sans météo datée du T{quarter} {year} ou après (dernière : {last}).",
  AlertEndDatePassed: "Projet {project} « {name} » ({directorate}) : toujours en cours alors que sa date de fin, le {end}, est passée depuis {days} {days:jour|jours}.",
  AlertSettingVariancePct: "Écart d'un projet, en % de son budget voté, à partir duquel il est signalé (dépassement ou sous-consommation)",
  AlertSettingVarianceAmount: "Écart d'un projet, en euros, à partir duquel il est signalé (dépassement ou sous-consommation)",
  AlertSettingRiskCriticality: "Criticité (probabilité × impact) à partir de laquelle un risque non clos est signalé",
  AlertSettingTeamLoadPct: "Charge d'une équipe, en % de sa capacité sur un trimestre, au-delà de laquelle elle est signalée",
  AlertSettingMilestoneSlipDays: "Glissement d'un jalon, en jours, au-delà duquel il est signalé (0 : tout glissement)",
  AlertExpectPercent: "un pourcentage positif ou nul, par exemple 10",
  AlertExpectLoadPercent: "un pourcentage supérieur à 0, par exemple 100",
  AlertExpectAmount: "un montant en euros positif ou nul, par exemple 50000",
  AlertExpectDays: "un nombre entier de jours, positif ou nul, par exemple 0",
  AlertSettingUnknown: "Réglage inconnu « {key} ». Réglages des alertes : {expected}.",
  AlertSettingInvalid: "Réglage « {key} » : valeur « {found} » refusée. Attendu : {expected}.",
  RepPackTitle: "Revue trimestrielle du portefeuille — {period}",
  RepDirectoratePackTitle: "Revue trimestrielle du portefeuille — {directorate} — {period}",
  RepCampaignNotReturned: "campagne {campaign} non remontée : chiffres de {sources}",
  RepCampaignPartlyReturned: "campagne {campaign}, sauf {list} (pas de remontée {code})",
  RepPackSubtitle: "Exercice {year} · {at}",
  RepDirectoratePackSubtitle: "{directorate} · exercice {year} · {at}",
  RepAtCampaign: "chiffres consolidés de la campagne {campaign}",
  RepProjectSheetTitle: "Fiche projet {code} — {period}",
  RepNoCampaign: "aucune remontée",
  RepConfidentialCodir: "Diffusion restreinte — CODIR",
  RepConfidentialDirectorate: "Diffusion restreinte — direction {directorate}",
  RepConfidential: "Diffusion restreinte",
  RepPageLabel: "Page {n} / {total}",
  RepContinued: "(suite)",
  RepQuarterYear: "T{quarter} {year}",
  RepQuarterShort: "T{quarter}",
  RepQuarterClosed: "T{quarter} (clos)",
  RepCampaign: "{name} ({code})",
  RepProjectRef: "{code} « {name} »",
  RepDirectorateNamed: "{name} ({code})",
  RepListAnd: " et ",
  RepCoverSources: "Remontées prises en compte",
  RepCoverNoSources: "Aucune remontée prise en compte",
  RepCoverSource: "{directorate} · {campaign} · remontée n° {id} importée le {date} ({file})",
  RepSummaryTitle: "Synthèse",
  RepMessagesTitle: "Messages clés",
  RepBudgetVoted: "Budget voté",
  RepLanding: "Atterrissage",
  RepVariance: "Écart",
  RepActual: "Réalisé",
  RepPlanned: "Prévu",
  RepEnvelope: "Enveloppe",
  RepProjects: "Projets",
  RepTotal: "Total",
  RepNoteProjects: "Projets : {count}",
  RepNoteBudgetUnknown: "Projets sans budget connu : {count}",
  RepNoteLandingAt: "Campagne {campaign}",
  RepNoteLandingFrom: "Remontées {campaigns}",
  RepNoteVariancePct: "{percent} du budget voté",
  RepNoteBurnRate: "Taux de consommation : {percent}",
  RepNoteInProgress: "En cours : {count}",
  RepByStatus: "Projets par statut",
  RepByWeather: "Projets par météo",
  RepColStatus: "Statut",
  RepColWeather: "Météo",
  RepColProjects: "Projets",
  RepNoStatus: "Sans statut",
  RepNoWeather: "Sans météo",
  RepNoProject: "Aucun projet.",
  RepMsgHeadline: "L'atterrissage du portefeuille s'établit à {landing} pour un budget voté de {budget}, soit un écart de {variance} ({percent}).",
  RepMsgHeadlineUnknown: "L'atterrissage du portefeuille s'établit à {landing} ; le budget voté n'est pas connu pour toutes les directions (remontée de budget initial manquante).",
  CoverageNoneReturned: "Aucune direction n'a remonté la campagne {campaign} : les chiffres sont ceux de {sources}.",
  CoverageBehind: "Sans remontée {campaign} : {list}.",
  CoverageSourceGroup: "{campaign} ({list})",
  CoverageBehindItem: "{directorate} (chiffres de {last})",
  CoverageNoReturnItem: "{directorate} (aucune remontée de l'exercice)",
  CoverageNoReturnGroup: "sans aucune remontée : {list}",
  RepMsgEnvelopesHeldSome: "{list} tiennent leur enveloppe budgétaire ; les autres directions n'ont pas de chiffres ou d'enveloppe connus.",
  RepMsgEnvelopesHeld: "Toutes les directions tiennent leur enveloppe budgétaire.",
  RepMsgEnvelopeOne: "La direction {directorate} dépasse son enveloppe : atterrissage de {landing} pour une enveloppe de {envelope}, soit {gap} au-delà.",
  RepMsgEnvelopeMany: "{count} directions dépassent leur enveloppe : {list}.",
  RepMsgEnvelopeItem: "{directorate} ({gap})",
  RepMsgWeatherOne: "Le projet {project} est en {weather}.",
  RepMsgWeatherMany: "{count} projets sont en {weather} : {projects}.",
  RepMsgProjectWithStatus: "{project} ({status})",
  RepMsgDriftsOne: "La plus forte dérive par rapport au budget voté concerne {list}.",
  RepMsgDriftsMany: "Les plus fortes dérives par rapport au budget voté concernent {list}.",
  RepMsgDriftItem: "{project} ({variance}, {percent})",
  RepMsgDriftUnbudgeted: "{project} (hors budget initial, {landing})",
  RepMsgOverloadOne: "L'équipe {team} ({directorate}) est chargée à {load} de sa capacité au T{quarter}.",
  RepMsgOverloadMany: "{count} équipes dépassent leur capacité ; la plus chargée, {team} ({directorate}), l'est à {load} au T{quarter}.",
  RepMsgDecisionsOne: "Une décision est attendue du CODIR, pour le projet {project}.",
  RepMsgDecisionsMany: "{count} décisions sont attendues du CODIR ({projects}) : voir « Décisions attendues ».",
  RepChartsTitle: "Le portefeuille en graphiques",
  RepChartBudgetByDirectorate: "Budget voté, atterrissage et enveloppe par direction",
  RepChartBudgetByProject: "Budget voté et atterrissage par projet",
  RepChartBudgetByProjectTop: "Budget voté et atterrissage des {count} plus gros projets",
  RepChartWeather: "Météo des projets",
  RepChartWeatherMissing: "Météo des projets ({count} sans météo)",
  RepChartQuarters: "Budget voté, prévu et réalisé par trimestre",
  RepChartProjectQuarters: "Prévu et réalisé par trimestre",
  RepChartTeamLoad: "Charge des équipes / capacité (trimestre le plus chargé)",
  RepChartTeamLoadTop: "Charge / capacité des {count} équipes les plus chargées",
  RepChartEmpty: "{title} : aucune donnée à représenter.",
  RepLoad: "Charge",
  RepLoadLabel: "{load} (T{quarter})",
  RepCapacityLine: "Capacité",
  RepBreakdownTitle: "Le portefeuille par ambition et par direction",
  RepByAmbitionCaption: "Par ambition stratégique",
  RepByDirectorateCaption: "Par direction, face aux enveloppes",
  RepColAmbition: "Ambition",
  RepColVariancePct: "Écart %",
  RepColDirectorate: "Direction",
  RepColLandingVsEnvelope: "Atterrissage − enveloppe",
  RepNoAmbition: "(sans ambition)",
  RepNoEnvelope: "pas d'enveloppe",
  RepNoDirectorate: "Aucune direction.",
  RepAlertsTitle: "Projets en alerte",
  RepAlertsCaption: "Alertes critiques et majeures, par gravité",
  RepAlertsCaptionAll: "Alertes, par gravité",
  RepNoMajorAlert: "Aucune alerte critique ni majeure.",
  RepNoAlert: "Aucune alerte.",
  RepColSeverity: "Gravité",
  RepColAlert: "Alerte",
  RepColDetail: "Détail",
  RepAlertsMinorOne: "S'y ajoute une alerte mineure : {list}.",
  RepAlertsMinorMany: "S'y ajoutent {count} alertes mineures : {list}.",
  RepAlertsMinorItem: "{label} ({count})",
  RepChangesTitle: "Évolutions depuis la campagne {campaign}",
  RepChangesTitleNone: "Évolutions depuis la campagne précédente",
  RepDiffNone: "Aucune campagne précédente à comparer pour cet exercice.",
  RepDiffLanding: "De {from} à {to}, l'atterrissage du portefeuille passe de {before} à {after}, soit {delta} ({percent}).",
  RepDiffNoReturn: "Sans remontée {campaign}, comparées sur leur dernière remontée : {list}.",
  RepMovesCaption: "Projets ajoutés, retirés ou recadrés",
  RepColMove: "Mouvement",
  RepColDirectorateShort: "Dir.",
  RepColProject: "Projet",
  RepColRequest: "Demande",
  RepRequestsCaption: "Demandes des projets candidats : hors budget voté, réalisé et atterrissage",
  RepRequestCount: "{count} {count:demande|demandes}",
  RepColReason: "Motif",
  RepColLandingAt: "Atterrissage {campaign}",
  RepColChange: "Variation",
  RepColChangePct: "Variation %",
  RepMoveAdded: "Ajouté",
  RepMoveRemoved: "Retiré",
  RepMoveRescoped: "Recadré",
  RepNoMove: "Aucun projet ajouté, retiré ou recadré.",
  RepReasonStatus: "statut {before} → {after}",
  RepReasonEndDate: "fin {before} → {after} ({days} j)",
  RepReasonLinesAdded: "{count} {count:ligne budgétaire ajoutée|lignes budgétaires ajoutées}",
  RepReasonLinesRemoved: "{count} {count:ligne budgétaire retirée|lignes budgétaires retirées}",
  RepReasonLanding: "atterrissage {percent}",
  RepDeltasCaption: "Variations d'atterrissage par projet",
  RepDeltasCaptionTop: "Les {count} plus fortes variations d'atterrissage (sur {total})",
  RepNoLandingChange: "Aucune variation d'atterrissage.",
  RepLandingBridgeCaption: "De l'atterrissage précédent à l'atterrissage actuel",
  RepBudgetBridgeCaption: "Du budget voté à l'atterrissage",
  RepBridgeLandingAt: "Atterrissage {campaign}",
  RepBridgeUnbudgeted: "{count} {count:projet|projets} sans budget initial",
  RepBridgeOthers: "{count} {count:autre projet|autres projets}",
  RepColStep: "Étape",
  RepColRunningTotal: "Cumul",
  RepWeatherChangesCaption: "Changements de météo",
  RepColWeatherAt: "Météo {campaign}",
  RepColTrend: "Tendance",
  RepTrendWorse: "Dégradée",
  RepTrendBetter: "Améliorée",
  RepNoWeatherChange: "Aucun changement de météo.",
  RepMilestonesMovedCaption: "Jalons déplacés",
  RepMilestonesMovedCaptionTop: "Les {count} jalons les plus déplacés (sur {total})",
  RepColMilestone: "Jalon",
  RepColBaseline: "Date initiale",
  RepColForecastAt: "Prévue {campaign}",
  RepColShift: "Décalage",
  RepDays: "{days} j",
  RepNoMilestoneMoved: "Aucun jalon déplacé.",
  RepMilestonesTitle: "Jalons à surveiller",
  RepRisksTitle: "Principaux risques",
  RepMilestonesCaption: "Jalons en retard ou attendus d'ici la fin du {period}",
  RepColState: "État",
  RepColDue: "Date prévue",
  RepColSlip: "Glissement",
  RepMilestoneLate: "En retard ({days} j)",
  RepMilestoneDue: "À venir",
  RepNoMilestone: "Aucun jalon en retard ni attendu sur la période.",
  RepRisksCaption: "Risques non clos, par criticité",
  RepRisksCaptionTop: "Les {count} risques non clos les plus critiques (sur {total})",
  RepColCriticality: "Criticité",
  RepCriticality: "{criticality} ({probability} × {impact})",
  RepColRisk: "Risque",
  RepColRiskStatus: "Statut",
  RepColOwner: "Propriétaire",
  RepColMitigation: "Plan d'action",
  RepColDueDate: "Échéance",
  RepNoRisk: "Aucun risque non clos.",
  RepDecisionsTitle: "Décisions attendues du CODIR",
  RepDecisionsCaption: "Ce que les projets demandent au CODIR dans leur dernière météo",
  RepColDecision: "Décision attendue",
  RepColContext: "Situation",
  RepColStatusDate: "Météo du",
  RepNoDecision: "Aucune décision attendue.",
  RepAppendixTitle: "Annexe — fiches projets",
  RepIndexCaption: "Les projets du portefeuille",
  RepProjectTitle: "{code} — {name}",
  RepNoteWeatherProgress: "au {date} · avancement {progress}",
  RepNoteWeatherAt: "au {date}",
  RepOutsideInitialBudget: "Hors budget initial",
  RepNoteVarianceOf: "Écart {variance} ({percent})",
  RepMissingFromLatest: "Ce projet ne figure plus dans la dernière remontée de sa direction : son réalisé et son atterrissage valent 0.",
  RepIdentityCaption: "Identité",
  RepColInitiative: "Initiative",
  RepColPeriod: "Période",
  RepColLead: "Pilotage",
  RepLeadManager: "{name} (chef de projet)",
  RepLeadSponsor: "{name} (sponsor)",
  RepPriority: "priorité P{priority}",
  RepMultiYear: "pluriannuel",
  RepColDescription: "Description",
  RepPeriod: "du {start} au {end}",
  RepWeatherHistoryCaption: "Historique de la météo",
  RepColDate: "Date",
  RepColProgress: "Avanc.",
  RepColComment: "Commentaire",
  RepColOverall: "Globale",
  RepColSchedule: "Délai",
  RepColCost: "Coût",
  RepColScope: "Périmètre",
  RepColResources: "Ressources",
  RepColQuarter: "Trimestre",
  RepColForecast: "Date prévue",
  RepColActualDate: "Date réelle",
  RepMilestoneReached: "Atteint",
  RepMilestoneReachedLate: "Atteint avec {days} j de retard",
  RepMilestoneSlipped: "Décalé de {days} j",
  RepMilestoneOnTrack: "Dans les temps",
  RepNoProjectMilestone: "Aucun jalon dans la dernière remontée.",
  RepNoProjectRisk: "Aucun risque dans la dernière remontée.",
  RepLastComment: "Commentaire du {date} : {text}",
  RepWatchPoints: "Points d'attention du {date} : {text}",
  RepDecisionNeeded: "Décision attendue : {text}",
  RepNoStatusReport: "Aucune météo remontée pour ce projet.",
  AppWindowTitle: "PMO Desk",
  AppErrorNotAllowed: "PMO Desk n'ouvre que les fichiers qu'il a écrits ou enregistrés : {path}",
  AppErrorBadArgument: "Valeur « {found} » refusée pour {name} : attendu {expected}.",
  AppErrorOpenFailed: "Impossible d'ouvrir {path} : {reason}",
  UiAppName: "PMO Desk",
  UiTagline: "Portefeuille projets",
  UiNavLabel: "Navigation principale",
  UiNavDashboard: "Tableau de bord",
  UiNavImports: "Imports",
  UiNavPortfolio: "Portefeuille",
  UiNavProject: "Fiche projet",
  UiNavDirectorates: "Directions",
  UiNavCapacity: "Capacité",
  UiNavReports: "Rapports",
  UiNavTemplates: "Modèles",
  UiNavSettings: "Paramètres",
  UiYear: "Exercice",
  UiCampaign: "Campagne",
  UiLatestReturn: "Dernière remontée",
  UiCampaignOption: "{code} — {name}",
  UiNoYear: "Aucun exercice",
  UiVersion: "Version {version}",
  UiLoading: "Chargement…",
  UiRetry: "Réessayer",
  UiErrorTitle: "L'opération n'a pas abouti",
  UiCancel: "Annuler",
  UiClose: "Fermer",
  UiOpen: "Ouvrir",
  UiAllFeminine: "Toutes",
  UiAllMasculine: "Tous",
  UiNoWeather: "Sans météo",
  UiNoStatus: "Sans statut",
  UiNone: "(aucune)",
  UiNoReturnForYear: "Aucune remontée pour l'exercice {year} : importez d'abord les classeurs des directions.",
  UiTotal: "Total",
  UiQuarter: "T{quarter}",
  UiQuarterClosed: "T{quarter} (clos)",
  UiReturnNumber: "n° {id}",
  UiCellRef: "{sheet}!{cell}",
  UiDays: "{days} j",
  UiSortAscending: "trié par ordre croissant",
  UiSortDescending: "trié par ordre décroissant",
  UiFilterWorkbooks: "Classeurs",
  UiFilterCsv: "Fichier CSV",
  UiFilterXlsx: "Classeur Excel",
  UiFilterPdf: "Document PDF",
  UiFilterBackup: "Base PMO Desk",
  UiWelcomeTitle: "Bienvenue dans PMO Desk",
  UiWelcomeText: "La base est vide. Découvrez l'outil avec le portefeuille de démonstration (5 directions, 45 projets), ou importez directement les classeurs de vos directions.",
  UiLoadDemo: "Charger le portefeuille de démonstration",
  UiImportWorkbooks: "Importer des classeurs",
  UiDemoLoading: "Import du portefeuille de démonstration…",
  UiDashTitle: "Tableau de bord {year}",
  UiScopeLatest: "Dernière remontée de chaque direction",
  UiScopeCampaign: "Chiffres de la campagne {campaign}",
  UiKpiBudgetVoted: "Budget voté",
  UiKpiActual: "Réalisé",
  UiKpiLanding: "Atterrissage",
  UiKpiVariance: "Écart",
  UiKpiProjects: "Projets",
  UiKpiCriticalAlerts: "Alertes critiques",
  UiKpiVarianceNote: "{percent} du budget voté",
  UiKpiBurnRateNote: "Taux de consommation : {percent}",
  UiKpiRequestsNote: "Hors budget voté : {count} {count:demande|demandes} pour {amount}",
  UiKpiBudgetUnknownNote: "{count} {count:projet|projets} sans budget connu",
  UiKpiInProgressNote: "{count} en cours",
  UiKpiAlertsNote: "{major} {major:majeure|majeures}, {minor} {minor:mineure|mineures}",
  UiChartByDirectorate: "Budget voté et atterrissage par direction",
  UiChartWeather: "Météo des projets",
  UiChartQuarters: "Atterrissage par trimestre",
  UiChartNoData: "Aucune donnée à représenter.",
  UiLegendBudgetVoted: "Budget voté",
  UiLegendLanding: "Atterrissage",
  UiLegendEnvelope: "Enveloppe",
  UiLegendActual: "Réalisé",
  UiLegendForecast: "Prévu",
  UiAlertsTitle: "Alertes",
  UiAlertsCount: "{count} {count:alerte|alertes}",
  UiNoAlert: "Aucune alerte.",
  UiAlertOpensProject: "Ouvrir la fiche du projet {project}",
  UiAlertOpensDirectorates: "Voir la direction {directorate}",
  UiWeatherCount: "{weather} : {count}",
  UiImportsTitle: "Imports",
  UiImportsIntro: "Chaque classeur est d'abord vérifié, sans rien enregistrer : vous voyez ce qu'il change avant de l'importer.",
  UiDropZone: "Déposez ici les classeurs des directions (.xlsx, .xlsm, .xls, .ods)",
  UiDropZoneActive: "Relâchez pour vérifier ces fichiers",
  UiChooseFiles: "Choisir des fichiers…",
  UiChecking: "Vérification…",
  UiFileReady: "Prêt à importer",
  UiFileUnchanged: "Identique à la remontée courante : rien à importer",
  UiFileRejected: "Refusé : à corriger dans le classeur",
  UiFileImported: "Importé",
  UiFileFailed: "Vérification impossible",
  UiFileIdentityUnknown: "Direction, exercice ou campagne illisibles",
  UiFileIdentity: "{directorate} · exercice {year} · {campaign}",
  UiFileProjects: "{count} {count:projet|projets}",
  UiChangeNew: "Nouvelle remontée",
  UiChangeSupersedes: "Remplace la remontée n° {id} du {date} ({file})",
  UiChangeComparedWith: "Comparée à la remontée {campaign} n° {id} du {date}",
  UiChangeAdded: "Projets ajoutés ({count}) : {list}",
  UiChangeRemoved: "Projets retirés ({count}) : {list}",
  UiChangeLanding: "Atterrissage de la direction : {before} → {after} ({delta})",
  UiChangeLandingFirst: "Atterrissage de la direction : {after}",
  UiFindingError: "Erreur",
  UiFindingWarning: "Avertissement",
  UiFindingErrors: "{count} {count:erreur|erreurs}",
  UiFindingWarnings: "{count} {count:avertissement|avertissements}",
  UiImportAll: "Importer",
  UiSumTitle: "{figure} de {directorate} : {value}, somme de {count} {count:projet|projets}",
  UiSumTitlePortfolio: "{figure} du portefeuille : {value}, somme de {count} {count:direction|directions}",
  UiCapacityCells: "Cellules du T{quarter}",
  UiWeatherSource: "au {date}, remontée {campaign} n° {id} ({file}), {cell}",
  UiWeatherSourceNone: "aucune remontée ne donne de météo",
  UiSumEnvelopeTitle: "Enveloppe de {directorate} : {value}",
  UiSumEnvelopeFrom: "Lue dans la remontée {campaign} n° {id} ({file}, importée le {date}), cellule {place}.",
  UiSumEnvelopeNone: "Aucune remontée n'indique d'enveloppe.",
  UiFilterWord: "{label} : {value}",
  UiFilterSearchWord: "Recherche : « {value} »",
  UiRecordRefused: "Consigner les refus dans l'historique",
  UiImportCount: "Importer {count} {count:fichier|fichiers}",
  UiImportProgress: "Import en cours : {done} / {total}",
  UiImportSummary: "Bilan : {imported} {imported:importé|importés}, {unchanged} {unchanged:inchangé|inchangés}, {rejected} {rejected:refusé|refusés}.",
  UiRemoveFile: "Retirer",
  UiClearFiles: "Vider la liste",
  UiHistoryTitle: "Historique des imports",
  UiHistoryEmpty: "Aucun import pour l'instant.",
  UiColDate: "Date",
  UiColEvent: "Événement",
  UiColReturn: "Remontée",
  UiColFile: "Fichier",
  UiColFindings: "Anomalies",
  UiColState: "État",
  UiEventImported: "Import",
  UiEventRejected: "Import refusé",
  UiEventRestored: "Restauration",
  UiReturnCurrent: "Courante",
  UiReturnSuperseded: "Remplacée",
  UiRestore: "Restaurer",
  UiRestoreTitle: "Restaurer la remontée n° {id} ?",
  UiRestoreText: "La remontée n° {id} ({identity}) redeviendra la remontée courante. Celle qu'elle remplace reste dans l'historique et pourra être restaurée à son tour.",
  UiRestoreDone: "Remontée n° {id} redevenue courante.",
  UiIdentity: "{directorate} · {year} · {campaign}",
  UiPortfolioTitle: "Portefeuille {year}",
  UiFilterDirectorate: "Direction",
  UiFilterAmbition: "Ambition",
  UiFilterStatus: "Statut",
  UiFilterWeather: "Météo",
  UiSearch: "Rechercher",
  UiSearchPlaceholder: "Code ou intitulé",
  UiResetFilters: "Effacer les filtres",
  UiProjectsShown: "{shown} {total:projet|projets} sur {total}",
  UiExportCsv: "Exporter en CSV…",
  UiExportXlsx: "Exporter en Excel…",
  UiExportWritten: "Export écrit : {path}",
  UiNoProjectMatch: "Aucun projet ne correspond à ces filtres.",
  UiColCode: "Code",
  UiColName: "Intitulé",
  UiColDirectorate: "Direction",
  UiColStatus: "Statut",
  UiColWeather: "Météo",
  UiColBudgetVoted: "Budget voté",
  UiColActual: "Réalisé",
  UiColLanding: "Atterrissage",
  UiColVariance: "Écart",
  UiColVariancePct: "Écart %",
  UiColForecast: "Prévu",
  UiColQuarter: "Trimestre",
  UiOutsideBudget: "Hors budget initial",
  UiMissingFromLatest: "Absent de la dernière remontée",
  UiProjectPick: "Projet",
  UiProjectPickHint: "Choisissez un projet dans la liste, ou depuis le portefeuille.",
  UiProjectChoose: "Choisir un projet…",
  UiProjectTitle: "{code} — {name}",
  UiProjectIdentity: "Identité",
  UiFieldDirectorate: "Direction",
  UiFieldAmbition: "Ambition",
  UiFieldInitiative: "Initiative",
  UiFieldCategory: "Catégorie",
  UiFieldNature: "Nature",
  UiFieldSponsor: "Sponsor",
  UiFieldManager: "Chef de projet",
  UiFieldPeriod: "Période",
  UiFieldStatus: "Statut",
  UiFieldCampaign: "Remontée",
  UiFieldDescription: "Description",
  UiPeriod: "du {start} au {end}",
  UiReturnOfCampaign: "{campaign} (remontée n° {id})",
  UiFigures: "Chiffres",
  UiTraceHint: "Cliquez sur un chiffre pour voir les cellules des classeurs dont il est la somme.",
  UiTraceTitle: "{figure} : {value}, somme de {count} {count:cellule|cellules}",
  UiTraceNoCell: "Aucune cellule : le chiffre vaut 0 ou n'est pas connu.",
  UiColCell: "Cellule",
  UiColLine: "Ligne",
  UiColValue: "Valeur",
  UiColImportedAt: "Importé le",
  UiTracePlanned: "prévu T{quarter}",
  UiTraceActual: "réalisé T{quarter}",
  UiBudgetByQuarter: "Budget par trimestre",
  UiWeatherHistory: "Historique de la météo",
  UiColComment: "Commentaire",
  UiColWatchPoints: "Points d'attention",
  UiColDecision: "Décision attendue",
  UiRisks: "Risques",
  UiNoRisk: "Aucun risque.",
  UiColRisk: "Risque",
  UiColCriticality: "Criticité",
  UiCriticality: "{criticality} ({probability} × {impact})",
  UiColOwner: "Propriétaire",
  UiColMitigation: "Plan d'action",
  UiColDue: "Échéance",
  UiMilestones: "Jalons",
  UiNoMilestone: "Aucun jalon.",
  UiColMilestone: "Jalon",
  UiColBaseline: "Date initiale",
  UiColForecastDate: "Date prévue",
  UiColActualDate: "Date réelle",
  UiColSlip: "Glissement",
  UiNoHistory: "Aucune météo remontée.",
  UiDirectoratesTitle: "Directions {year}",
  UiEnvelopeTitle: "Atterrissage face à l'enveloppe",
  UiColEnvelope: "Enveloppe",
  UiColEnvelopeGap: "Atterrissage − enveloppe",
  UiColProjects: "Projets",
  UiOverEnvelope: "Dépassement de {gap}",
  UiUnderEnvelope: "Sous l'enveloppe de {gap}",
  UiOnEnvelope: "Égal à l'enveloppe",
  UiNoEnvelope: "Pas d'enveloppe",
  UiCampaignsTitle: "Remontées par campagne",
  UiCampaignReceived: "Reçue le {date}",
  UiCampaignMissing: "Non reçue",
  UiCampaignReplaced: "{count} {count:version remplacée|versions remplacées}",
  UiCampaignRejected: "Refusé le {date} : {file} ({errors} {errors:erreur|erreurs})",
  UiNoDirectorate: "Aucune direction pour cet exercice.",
  UiCapacityTitle: "Capacité {year}",
  UiCapacityIntro: "Charge prévue en % de la capacité de chaque équipe, par trimestre : les équipes surchargées d'abord.",
  UiLegendLoadLow: "moins de {limit}",
  UiLegendLoadNear: "de {low} à {limit}",
  UiLegendLoadOver: "au-delà de {limit}",
  UiLegendNoCapacity: "capacité non renseignée",
  UiColTeam: "Équipe",
  UiColYearLoad: "Année",
  UiTeamOverloaded: "surchargée",
  UiCapacityDetail: "{team} ({directorate}), T{quarter} : {planned} prévus pour {capacity} de capacité, soit {load}",
  UiCapacityDetailMissing: "{team} ({directorate}), T{quarter} : {planned} prévus, capacité non renseignée",
  UiCapacityProjects: "Projets qui chargent l'équipe (JH prévus sur l'année)",
  UiNoCapacity: "Aucune charge ni capacité dans les remontées.",
  UiCapacityPick: "Choisissez une case pour voir son détail.",
  UiReportsTitle: "Rapports",
  UiReportKind: "Rapport",
  UiReportKindCodir: "Dossier CODIR",
  UiReportKindDirectorate: "Rapport d'une direction",
  UiReportKindProject: "Fiche projet",
  UiReportQuarter: "Trimestre",
  UiReportLanguage: "Langue",
  UiLangFr: "Français",
  UiLangEn: "Anglais",
  UiGenerate: "Générer",
  UiSaveAs: "Enregistrer sous…",
  UiGenerating: "Génération…",
  UiReportWritten: "{title} — {pages} {pages:page|pages}",
  UiReportsHistory: "Rapports générés",
  UiReportsEmpty: "Aucun rapport généré pour l'instant.",
  UiColGeneratedAt: "Généré le",
  UiColTitle: "Titre",
  UiColPages: "Pages",
  UiFileMoved: "Fichier non enregistré",
  UiTemplatesTitle: "Modèles de classeur",
  UiTemplatesIntro: "Le classeur à envoyer à une direction pour une campagne : vierge, ou prérempli avec les projets et les chiffres de sa dernière remontée.",
  UiTemplateDirectorate: "Direction",
  UiTemplateNewDirectorate: "Autre direction (code)",
  UiTemplateNoDirectorate: "Sans direction (à saisir par la direction)",
  UiTemplateCode: "Code de la direction",
  UiTemplateCodeHint: "Lettres majuscules et chiffres, par exemple DSI.",
  UiTemplateContent: "Contenu",
  UiTemplatePrefilled: "Prérempli avec la dernière remontée",
  UiTemplateBlank: "Vierge",
  UiTemplateWrite: "Écrire le modèle",
  UiTemplateWritten: "Modèle écrit : {count} {count:projet|projets}",
  UiTemplatePrefilledFrom: "Modèle écrit, prérempli avec {count} {count:projet|projets} de la remontée n° {id}",
  UiSettingsTitle: "Paramètres",
  UiSettingsGeneral: "Général",
  UiSettingsAlerts: "Seuils des alertes",
  UiSettingsData: "Données",
  UiOrganisation: "Nom de l'organisation",
  UiOrganisationHint: "Imprimé en couverture des rapports CODIR.",
  UiAmountUnit: "Unité des montants",
  UiUnitEur: "Euros (1 234 567 €)",
  UiUnitKeur: "Milliers d'euros (1 234,6 k€)",
  UiLanguage: "Langue",
  UiOutputFolder: "Dossier des rapports, exports et modèles",
  UiOutputFolderDefault: "Par défaut : {path}",
  UiChooseFolder: "Choisir…",
  UiUseDefault: "Par défaut",
  UiDefaultValue: "par défaut : {value}",
  UiSave: "Enregistrer",
  UiSaved: "Enregistré.",
  UiDatabase: "Base de données",
  UiBackup: "Sauvegarder la base…",
  UiBackupWritten: "Sauvegarde écrite : {path}",
  UiRestoreBackup: "Restaurer une sauvegarde…",
  UiRestoreBackupTitle: "Restaurer cette sauvegarde ?",
  UiRestoreBackupText: "Toutes les données actuelles seront remplacées par celles de « {path} ». Une copie de sécurité de la base actuelle est gardée à côté d'elle.",
  UiRestoreBackupDone: "Base restaurée.",
  UiAutomaticBackups: "Sauvegardes automatiques",
  UiAutomaticBackupsHint: "PMO Desk sauvegarde la base avant chaque import et chaque restauration, dans le dossier « sauvegardes » à côté d'elle ; les 10 dernières sont gardées.",
  UiAutomaticBackupsNone: "Aucune pour l'instant : la première sera prise au prochain import.",
  UiBackupBeforeImport: "Avant un import",
  UiBackupBeforeRestoreReturn: "Avant une restauration de remontée",
  UiBackupBeforeRestoreBackup: "Base remplacée par une restauration",
  UiBackupSize: "{size} Mo",
  UiChartValue: "{label} : {value}",
  UiDirectorateNamed: "{name} ({code})",
  UiFieldKind: "Type",
  UiFieldPriority: "Priorité",
  UiPriority: "P{priority}",
  UiMultiYear: "pluriannuel",
};

export const EN: Record<Key, string> = {
  FileUnreadable: "The file is not a readable workbook ({reason}). Expected: an unencrypted Excel or LibreOffice workbook (.xlsx, .xlsm, .xls, .ods).",
  ProjectsEmptied: "The Projets sheet lists no project, while the current return #{id} ({campaign}) lists {count} {count:project|projects}. Imported, it would empty the directorate's portfolio. If projects ended or were dropped, keep them with that status.",
  FileEncrypted: "The workbook is password-protected (encrypted) and cannot be read. Save it without a password and import it again.",
  FileUnsupported: "Unsupported file format: \"{found}\". Expected: .xlsx, .xlsm, .xls, .xlsb or .ods.",
  FileIo: "Cannot read the file: {reason}.",
  SheetMissing: "Required sheet missing: \"{expected}\". Sheets found: {found}.",
  SheetDuplicate: "Two sheets match \"{expected}\": \"{found}\". Keep only one.",
  HeaderNotFound: "Header row not found within the first 20 rows. Expected: a row containing at least \"{expected}\".",
  ColumnMissing: "Required column missing: \"{expected}\". Headers found: {found}.",
  ColumnDuplicate: "Column \"{expected}\" appears twice (also at {found}). Keep only one.",
  KeyMissing: "Required information missing: \"{expected}\". Add a \"{expected}\" row with its value in the next column.",
  ValueRequired: "Required value is empty: \"{field}\".",
  AmountInvalid: "\"{field}\": unreadable amount \"{found}\". Expected: a number, e.g. 1 234,50 or 1234.50.",
  NumberInvalid: "\"{field}\": unreadable number \"{found}\". Expected: {expected}.",
  DateInvalid: "\"{field}\": unreadable date \"{found}\". Expected: a date, e.g. 31/12/2026.",
  ChoiceInvalid: "\"{field}\": value \"{found}\" is not in the list. Expected: {expected}.",
  OutOfRange: "\"{field}\": value {found} out of range. Expected: {expected}.",
  ManDaysNegative: "\"{field}\": negative man-days ({found}). Expected: zero or a positive number.",
  ProjectDuplicate: "Duplicate project code \"{found}\" (already at {expected}). Each project must appear only once in the Projects sheet.",
  ProjectUnknown: "Project code \"{found}\" is not in the Projects sheet. Expected: a code from the Projects sheet.",
  ProjectOwnedElsewhere: "Project code \"{found}\" already belongs to directorate {owner}. Expected: a project of directorate {expected}, or another code.",
  EndBeforeStart: "End date {found} is before start date {expected}.",
  FormulaError: "\"{field}\": the formula returns an error ({found}). Fix the formula in the workbook.",
  FormulaNoValue: "\"{field}\": formula without a computed value ({found}). Open the file in Excel or LibreOffice, save it, then import it again.",
  ColumnUnknown: "Unknown column \"{found}\" ignored.",
  KeyUnknown: "Unknown information \"{found}\" ignored.",
  KeyDuplicate: "\"{field}\" is given twice (also at {expected}): the first value is kept.",
  EnvelopeChanged: "Envelope of {directorate}: {found} in this workbook, instead of {expected} ({campaign} return). The latest counts: every comparison with the envelope changes.",
  ActualNotReported: "Actual Q{quarter} of project {project} not reported ({cells}) although campaign {campaign} closes this quarter: counted as 0. Enter the quarter's actual, or 0 if nothing was spent.",
  ActualColumnMissing: "no \"Actual\" column for this quarter",
  AmountRounded: "\"{field}\": {found} has more than two decimals, rounded to the cent as {expected}.",
  CriticalityUnreadable: "Unreadable criticality ({found}): it is recomputed as probability × impact.",
  CriticalityMismatch: "Criticality given {found} differs from probability × impact = {expected}: the computed value is kept.",
  RowDuplicate: "Row duplicates {expected} for \"{found}\": both rows are kept and added up.",
  ErrorIo: "Cannot read or write \"{path}\": {reason}.",
  ErrorStore: "Database error: {reason}.",
  ErrorStoreReadOnly: "The database cannot be changed: its file or folder is read-only. Reading it still works; to import or change anything, copy the database into a folder you can write to, or ask for that right.",
  ErrorStoreReadOnlyOutdated: "The database {path} is read-only and comes from an earlier version of PMO Desk: it cannot be brought up to date where it lies. Copy it into a folder you can write to, then open the copy.",
  ErrorStoreBusy: "The database has been busy with another PMO Desk task (an import, a restore) for more than 5 seconds. Nothing was changed: try again in a moment.",
  ErrorReturnNotFound: "No return #{id}. See the numbers with \"pmo history\".",
  ErrorReturnAlreadyCurrent: "Return #{id} is already the current return of its directorate, year and campaign: nothing to restore.",
  ErrorDatabaseTooNew: "This database was written by a newer PMO Desk (schema {found}; this version reads up to schema {supported}). Update PMO Desk.",
  ErrorTemplate: "Cannot write the workbook: {reason}.",
  ErrorNoReturnForYear: "No return for year {year}. Import the directorates' workbooks first (pmo import).",
  ErrorNoReturnAsOf: "No return for year {year} up to campaign {campaign}.",
  ErrorDiffOrder: "The starting campaign ({from}) must come before the ending one ({to}), e.g. --from R1 --to R2.",
  ErrorUnknownSetting: "Unknown setting \"{key}\". Settings: {expected}.",
  ErrorInvalidSettingValue: "Value \"{found}\" refused for {key}. Expected: {expected}.",
  SettingOrganisationName: "Organisation name, on report covers",
  SettingAmountUnit: "Unit amounts are shown in: eur (€1,234,567) or keur (€1,234.6k)",
  SettingLanguage: "Desktop app language: fr (French) or en (English)",
  SettingOutputFolder: "Folder where the app writes reports, exports, templates and backups; empty: \"PMO Desk\" in your Documents",
  ExpectLanguage: "fr or en",
  ExpectAbsolutePath: "an absolute path (or nothing, for the default folder)",
  ErrorBackupExists: "\"{path}\" already exists: a backup never overwrites a file. Choose another name.",
  ErrorNotADatabase: "\"{path}\" is not a PMO Desk database. Nothing was changed.",
  CliReportUnshown: "Warning: the report's font cannot show these characters of the returns, replaced by \"?\" (the report says so on its first page): {list}",
  CliBackupsEmpty: "No automatic backup yet: PMO Desk takes one before every import and every restore.",
  CliBackupsRestoreHint: "The latest {kept} are kept. To go back to one of them: pmo restore-backup <path>",
  BackupBeforeImport: "before an import",
  BackupBeforeRestoreReturn: "before a return was restored",
  BackupBeforeRestoreBackup: "database replaced by a restore",
  CliBackupWritten: "Backup written: {path} ({size} bytes).",
  CliBackupRestored: "Database restored from {path}: {returns} {returns:return|returns}. Safety copy of the previous database: {safety}",
  ShowLatestCampaigns: "latest campaign of each directorate",
  ShowStatusTitle: "Portfolio {year} — {as_of}",
  ShowBudgetVoted: "Budget voted",
  ShowLanding: "Landing",
  ShowVariance: "Variance",
  ShowActual: "Actual",
  ShowBurnRate: "Burn rate",
  ShowProjects: "Projects:",
  ShowWeather: "Status:",
  ShowNoStatus: "no status",
  ShowNoWeather: "no status report",
  ShowOutsideBudget: "Outside the initial budget:",
  ShowMissingFromLatest: "Missing from the latest return:",
  ShowDirectoratesTitle: "Directorates and envelopes",
  ShowColCode: "Code",
  ShowColCampaign: "Camp.",
  ShowColEnvelope: "Envelope",
  ShowColVsEnvelope: "Landing vs envelope",
  ShowOverEnvelope: "▲ over by {gap}",
  ShowUnderEnvelope: "under the envelope ({gap})",
  ShowNoEnvelope: "no envelope",
  ShowTopDrifts: "Largest drifts (budget voted → landing, variance)",
  ShowAlertCounts: "Alerts: {critical} critical, {major} major, {minor} minor — details: pmo alerts --year {year}",
  ShowNoAlert: "No alert.",
  ShowDiffTitle: "Changes {year}: {from} → {to}",
  ShowNoReturnForTo: "No return for this campaign (latest campaign used):",
  ShowAdded: "Projects added",
  ShowRemoved: "Projects removed",
  ShowRescoped: "Projects re-scoped",
  ShowLandingDeltas: "Largest landing changes",
  ShowBudgetBridge: "From budget voted to landing",
  ShowBridgeUnbudgeted: "{count} {count:project|projects} without an initial budget",
  ShowBridgeOthers: "{count} other {count:project|projects}",
  ShowWeatherChanges: "Status changes",
  ShowMilestonesMoved: "Milestones moved",
  ShowDays: "({days} d)",
  ShowNewlyLate: "▲ now late",
  ShowBehindBaseline: "{days} {days:day|days} behind its baseline",
  ShowReasonStatus: "status {before} → {after}",
  ShowReasonEndDate: "end {before} → {after} ({days} d)",
  ShowReasonLinesAdded: "{count} budget {count:line|lines} added",
  ShowReasonLinesRemoved: "{count} budget {count:line|lines} removed",
  ShowReasonLanding: "landing {ratio}",
  ShowTraceTitle: "{figure} of {project} \"{name}\" ({directorate}): {value}",
  ShowTraceNoCell: "No cell: the figure is 0 or unknown.",
  ShowTraceTotal: "Cells total",
  ShowPlannedQ: "planned Q{q}",
  ShowActualQ: "actual Q{q}",
  ShowNoCapacity: "No workload or capacity in the returns.",
  ShowCapacityTitle: "Team load {year} (planned workload / capacity, ▲ overload)",
  ShowColTeam: "Team",
  ShowColYear: "Year",
  ShowColLoadedBy: "Main projects (planned MD)",
  ShowCapacityMissing: "capacity not given",
  ShowOverloadedCount: "{count} {count:team|teams} above {threshold}.",
  ShowSettingSaved: "{key} = {value}",
  ShowSettingDefault: "(default)",
  CliXlsxNeedsOut: "An xlsx workbook is not written to the terminal: give --out FILE.xlsx.",
  ErrorYearOutOfRange: "Year {found} is not possible: a return workbook is for a year between 2000 and 2100, and the import would refuse this one.",
  ErrorBadQuarter: "Unknown quarter {found}: expected 1, 2, 3 or 4.",
  ErrorUnknownDirectorate: "No directorate \"{code}\" in the {year} portfolio.",
  ErrorUnknownProject: "No project \"{code}\" in the {year} portfolio.",
  ErrorRender: "The report could not be laid out: {reason}.",
  CliReportWritten: "Report written: {path} — {title} ({size} bytes, SHA-256 {sha}…, recorded as #{id}).",
  CliReportsEmpty: "No report generated yet.",
  CliError: "Error: {message}",
  CliNoFiles: "No workbook found in: {paths}.",
  CliImported: "imported",
  CliWouldImport: "would be imported (dry run)",
  CliUnchanged: "unchanged",
  CliRejected: "rejected",
  CliWouldReject: "would be rejected (dry run)",
  CliProjects: "{count} {count:project|projects}",
  CliSupersedes: "supersedes return #{id}",
  CliNewReturn: "new return",
  CliSameAs: "same file as current return #{id}",
  CliErrors: "{count} {count:error|errors}",
  CliWarnings: "{count} {count:warning|warnings}",
  CliImportTotals: "Summary: {imported} imported, {unchanged} unchanged, {rejected} rejected.",
  HelpUsage: "Usage:",
  HelpCommands: "Commands",
  HelpCommandValue: "COMMAND",
  HelpOptions: "Options",
  HelpArguments: "Arguments",
  HelpFlagHelp: "Show this help",
  HelpFlagVersion: "Show the version",
  HelpSeeHelp: "Help: pmo --help, or pmo <command> --help.",
  HelpErrUnknownArgument: "unknown option \"{arg}\".",
  HelpErrUnknownCommand: "unknown command \"{command}\".",
  HelpErrMissing: "required argument missing: {arg}.",
  HelpErrMissingCommand: "no command given.",
  HelpErrInvalidValue: "invalid value \"{value}\" for {arg}.",
  HelpErrValidValues: "Possible values: {values}.",
  HelpErrConflict: "{arg} cannot be given with another option of the command.",
  HelpErrOther: "{detail}",
  HelpCmdPmo: "PMO Desk — project portfolio: importing returns, consolidation, reports and exports.",
  HelpCmdImport: "Imports return workbooks (files, or folders searched).",
  HelpCmdExport: "Exports a year's consolidated figures.",
  HelpCmdStatus: "Portfolio summary: totals, directorates and envelopes, drifts, alerts.",
  HelpCmdAlerts: "The portfolio's alerts, by the thresholds the PMO set.",
  HelpCmdDiff: "Changes between two campaigns: projects added, removed, re-scoped, deltas, bridge.",
  HelpCmdTrace: "Source cells of a project's figure (budget voted, actual, landing).",
  HelpCmdCapacity: "Teams' workload against their capacity.",
  HelpCmdSettings: "Settings: alert thresholds, organisation name, amount unit.",
  HelpCmdSettingsGet: "Shows a setting's value (its default when not set).",
  HelpCmdSettingsSet: "Sets a setting, once its value is checked.",
  HelpCmdSettingsList: "Lists every setting.",
  HelpCmdReport: "Generates a PDF report: CODIR pack, directorate report, project sheet.",
  HelpCmdReportCodir: "The CODIR's quarterly pack.",
  HelpCmdReportDirectorate: "The same views for one directorate, to send back to it.",
  HelpCmdReportProject: "A project's sheet.",
  HelpCmdReports: "Reports already generated: when, for what, from which returns.",
  HelpCmdHistory: "History of imports and restorations.",
  HelpCmdRestoreReturn: "Makes an earlier (superseded) return current again.",
  HelpCmdBackup: "Backs the database up into a file (a consistent copy; never overwrites a file).",
  HelpCmdRestoreBackup: "Replaces the database with a backup, after keeping a safety copy of the current one beside it.",
  HelpCmdTemplate: "Writes a blank or prefilled return workbook.",
  HelpCmdDemo: "Writes a demo portfolio (5 directorates, BI, R1, R2).",
  HelpArgDb: "SQLite database (else $PMO_DB, else the desktop app's file).",
  HelpArgLang: "Language of the messages: fr or en (else from LANG).",
  HelpArgDryRun: "Checks without saving anything, and says what each file would change.",
  HelpArgJson: "JSON output (contract documented in the README).",
  HelpArgPaths: "Workbook files or folders (.xlsx, .xlsm, .xls, .xlsb, .ods).",
  HelpArgYear: "Year, e.g. 2026.",
  HelpArgFormat: "Format: json (default), csv or xlsx.",
  HelpArgOut: "File or folder to write.",
  HelpArgExportOut: "Output file (else standard output).",
  HelpArgCampaign: "Campaign: BI, R1, R2, R3 or CL (else each directorate's latest).",
  HelpArgTemplateCampaign: "The workbook's campaign: BI, R1, R2, R3 or CL.",
  HelpArgFrom: "Campaign to compare from: BI, R1, R2, R3 or CL.",
  HelpArgTo: "Campaign to compare to (else the year's latest).",
  HelpArgProject: "Project code, e.g. DSI-01 (or --directorate, or --portfolio).",
  HelpArgTraceDirectorate: "Explains a figure of this directorate: envelope, budget voted, actual or landing.",
  HelpArgPortfolio: "Explains a portfolio total: the directorates it is the sum of.",
  TraceDirectorateNotFound: "No directorate \"{directorate}\" has figures for this year.",
  TraceTeamNotFound: "No team \"{team}\" in {directorate}'s latest return (pmo capacity lists them).",
  ShowManDaysTitle: "{figure} of team {team} ({directorate}, {campaign} return): {value} man-days, the sum of:",
  ShowManDaysPlanned: "Planned workload",
  ShowManDaysActual: "Actual workload",
  ShowManDaysCapacity: "Capacity",
  HelpArgTeam: "Team of the directorate (with --directorate): --figure planned, actual or capacity in man-days.",
  TracePortfolioEnvelope: "The portfolio has no envelope of its own: ask for a directorate's (--directorate).",
  TraceWhat: "Trace: give a project, --directorate CODE or --portfolio.",
  ShowSumTitle: "{figure} {scope} {year}: {value}, the sum of:",
  ShowSumScopePortfolio: "of the portfolio",
  ShowSumScopeDirectorate: "of {directorate}",
  ShowEnvelopeFrom: "Envelope of {directorate} {year}: {value}, read from the {campaign} return #{id} ({file}, imported on {date}), {place}.",
  ShowWeatherFrom: "Status of {project} \"{name}\": {weather} on {date}, read from the {campaign} return #{id} ({file}), {cell}.",
  ShowWeatherNone: "Status of {project} \"{name}\": no return gives one.",
  ShowEnvelopeNone: "Envelope of {directorate} {year}: no return states one.",
  HelpArgFigure: "Figure explained: budget_voted, actual, landing (default), weather for a project; envelope for a directorate.",
  HelpArgKey: "Setting key (pmo settings list gives them).",
  HelpArgValue: "New value.",
  HelpArgQuarter: "Quarter reviewed, 1 to 4 (default: the latest the returns close).",
  HelpArgReportCodirOut: "PDF file to write (default: a name from the report, in the current folder).",
  HelpArgReportDirectorateOut: "PDF file to write (default: a name from the report, in the current folder).",
  HelpArgReportProjectOut: "PDF file to write (default: a name from the report, in the current folder).",
  HelpArgDate: "Date printed on the report (YYYY-MM-DD, default today): the date of a report already sent gives the same bytes again.",
  HelpArgReportDirectorateCode: "Directorate code, e.g. DSI.",
  HelpArgReportProjectCode: "Project code, e.g. DSI-01.",
  HelpArgId: "Return number (pmo history gives it).",
  HelpArgBackupList: "Lists the automatic backups (before every import and every restore) instead of writing one.",
  HelpArgBackupJson: "List as JSON: path, date, reason, size.",
  HelpArgBackupPath: "Backup file to write (must not exist).",
  HelpArgRestoreBackupPath: "Backup to restore.",
  HelpArgDirectorate: "Directorate code: the workbook is then prefilled from its latest return.",
  HelpArgTemplateOut: "Workbook to write (.xlsx).",
  HelpArgDemoOut: "Folder to write the demo workbooks into.",
  HelpArgDemoYear: "Year of the demo (default: this year).",
  CliLandingChange: "Landing of {directorate}: {before} → {after} ({delta})",
  CliLandingNew: "Landing of {directorate}: {after} (first return of the year)",
  CliDryRunNote: "Dry run: nothing was saved.",
  CliHistoryEmpty: "No import yet.",
  CliHistoryHeader: "#    Date              Event         Return        File",
  CliRestored: "restore",
  CliRestoreDone: "Return #{id} ({identity}) is current again; it replaces return #{replaced}.",
  CliRestoreDoneAlone: "Return #{id} ({identity}) is current again.",
  CliTemplateWritten: "Template written: {path} ({identity})",
  CliTemplatePrefilled: "prefilled with {count} {count:project|projects} from return #{id}",
  CliTemplateBlank: "blank",
  CliDemoWritten: "Demo portfolio written to {dir}: {count} workbooks. Import it with: pmo import {dir}",
  CliExportWritten: "Export written: {path}.",
  CliBadCampaign: "Unknown campaign \"{found}\". Expected: {expected}.",
  SheetDirectorate: "Directorate",
  SheetProjects: "Projects",
  SheetBudget: "Budget",
  SheetWorkload: "Workload",
  SheetCapacity: "Capacity",
  SheetStatus: "Status",
  SheetRisks: "Risks",
  SheetMilestones: "Milestones",
  CampaignBi: "Initial budget",
  CampaignR1: "Reforecast Q1",
  CampaignR2: "Reforecast Q2",
  CampaignR3: "Reforecast Q3",
  CampaignCl: "Year-end closing",
  StatusCandidate: "Candidate",
  StatusApproved: "Approved",
  StatusInProgress: "In progress",
  StatusOnHold: "On hold",
  StatusDone: "Done",
  StatusCancelled: "Cancelled",
  WeatherSunny: "Sunny",
  WeatherCloudy: "Cloudy",
  WeatherRainy: "Rainy",
  WeatherStormy: "Stormy",
  RiskOpen: "Open",
  RiskInProgress: "In progress",
  RiskClosed: "Closed",
  NatureCapex: "CAPEX",
  NatureOpex: "OPEX",
  CategoryInternal: "Internal",
  CategoryExternal: "External",
  CategoryLicences: "Licences",
  CategoryHardware: "Hardware",
  CategoryOther: "Other",
  Yes: "Yes",
  No: "No",
  ListOr: " or ",
  ExpectYear: "a year between 2000 and 2100",
  ExpectPriority: "1, 2 or 3 (or P1, P2, P3)",
  ExpectProbability: "a whole number from 1 to 4",
  ExpectCriticality: "a whole number, probability × impact (1 to 16)",
  ExpectPercent: "a percentage from 0 to 100",
  ExpectManDays: "a number of man-days, e.g. 12.5",
  ExpectUnit: "€ or k€",
  TplSheetInstructions: "Instructions",
  TplTitle: "Project portfolio return — {directorate} — year {year} — {campaign}",
  TplPurposeLabel: "What this workbook is for",
  TplPurpose: "This workbook sends the PMO your directorate's project portfolio for the campaign below: the projects, their planned and actual budget per quarter, the teams' workload, the status, the risks and the milestones. The PMO imports it automatically into its consolidation tool: keep to the structure described below and the PMO can load it without retyping anything.",
  TplReturnHeading: "Your return",
  TplSendToLabel: "Send back to",
  TplSendTo: "{contact}, as an attachment, without renaming or converting it.",
  TplSendToPmo: "To the PMO, attached to your reply, without renaming or converting it.",
  TplDeadlineLabel: "Send back by",
  TplUnitEuro: "euros (€)",
  TplUnitKiloEuro: "thousands of euros (k€)",
  TplHowHeading: "How to fill in each sheet",
  TplHowDirectorate: "Check the directorate code, the year and the campaign (required), then give the owner of the return, the submission date and the directorate's budget envelope. Do not change the labels of column A.",
  TplHowProjects: "One row per project. The project code is required and unique: it is the key that links every other sheet. Never change an existing project's code; a new project gets a new code. The name is required; the end date cannot come before the start date.",
  TplHowBudget: "One row per project, nature (CAPEX or OPEX) and category. Enter the planned amount of each quarter, and the actual amount of closed quarters only. An empty cell means 0. Amounts in {unit}.",
  TplHowWorkload: "One row per project and team: planned and actual workload in man-days per quarter, and the team's daily rate, in {unit}.",
  TplHowCapacity: "One row per team: the man-days the team can give to projects each quarter (excluding leave and day-to-day work). Use the same team names as in the Workload sheet.",
  TplHowStatus: "One row per project and date. The overall status is required; give the schedule, cost, scope and resources when you can. Progress is a percentage from 0 to 100: type 45 for 45 %. Add a comment, the watch points and the decision needed from the executive committee if any. Keep the rows of earlier campaigns: they are the history.",
  TplHowRisks: "One row per risk, attached to a project. Probability and impact from 1 (low) to 4 (very high). Criticality is computed (probability × impact): keep the formula or leave the cell empty.",
  TplHowMilestones: "One row per milestone. The baseline date is the one committed at launch: do not change it. Update the forecast date at each campaign and enter the actual date when the milestone is reached.",
  TplRulesHeading: "Rules to follow",
  TplRuleAmountsLabel: "Amounts",
  TplRuleAmounts: "Every amount of the workbook is in {unit}, as the \"Unit\" row of the Directorate sheet says. Enter numbers, without a symbol or text (e.g. 12500.50).",
  TplRuleDatesLabel: "Dates",
  TplRuleDates: "In the dd/mm/yyyy format, e.g. 31/03/{year}. Enter real dates, not text such as \"end of March\".",
  TplRuleListsLabel: "Closed lists",
  TplRuleLists: "Columns with a closed list offer a drop-down: pick the value there rather than typing it. The accepted values are listed below.",
  TplRuleStructureLabel: "Structure",
  TplRuleStructure: "Do not rename the sheets or the column headers, do not delete or add columns: the workbook is imported automatically. You may add rows, sort and filter. Save as .xlsx.",
  TplListsHeading: "Values of the closed lists",
  TplListProjectStatus: "Project status",
  TplPriorityValues: "1 (high), 2 or 3 (low)",
  TplListWeather: "Overall and per-axis status",
  TplListScale: "Probability and impact",
  TplScaleValues: "1 (low), 2, 3 or 4 (very high)",
  TplListRiskStatus: "Risk status",
  TplListErrorTitle: "Value not in the list",
  TplListErrorMessage: "Pick a value from the drop-down list: {expected}.",
  TplCodeErrorMessage: "This project code is not in the Projects sheet. Add the project to the Projects sheet first.",
  TplValueErrorTitle: "Incorrect value",
  TplNumberErrorMessage: "Expected: {expected}.",
  TplDateInputTitle: "Date",
  TplDateInputMessage: "A date in the dd/mm/yyyy format, e.g. 31/03/2026.",
  TplDateErrorMessage: "Expected: a valid date in the dd/mm/yyyy format.",
  TplAmountInputTitleEuro: "Amount in euros (€)",
  TplAmountInputTitleKiloEuro: "Amount in thousands of € (k€)",
  TplAmountInputMessage: "A number, without a symbol. Empty cell = 0.",
  TplAmountErrorMessage: "Expected: an amount in {unit}, entered as a number, without text or symbol.",
  TplManDaysInputTitle: "Man-days",
  TplPercentInputTitle: "Progress (%)",
  TplPercentInputMessage: "A percentage from 0 to 100: type 45 for 45 %.",
  TplYearInputTitle: "Year",
  TplCriticalityInputTitle: "Criticality",
  TplCriticalityInputMessage: "Computed: probability × impact. Keep the formula or leave the cell empty.",
  TplTitleBlank: "Project portfolio return — year {year} — {campaign}",
  TplDirectorateToFill: "to be entered in the Directorate sheet",
  ReasonReaderFailure: "reading the file stopped unexpectedly",
  ReasonSheetTooLarge: "sheet \"{sheet}\" holds more than {max} filled cells",
  ReasonUnknownFormat: "unknown format",
  ReasonNotAnArchive: "its content is not a workbook's: the file is truncated, damaged, or of another type renamed",
  ReasonXmlDamaged: "the workbook's content is damaged",
  IoNotFound: "file not found",
  IoPermissionDenied: "permission denied",
  IoIsDirectory: "it is a folder, not a file",
  IoStorageFull: "the disk is full",
  ReasonXlsCorrupt: "the structure of the .xls file is damaged",
  ReasonXlsTooLarge: "a sheet of the .xls file claims more cells than an .xls file can hold",
  ExpectAmountRange: "an amount of at most 1,000 billion euros, positive or negative",
  SheetHidden: "Sheet \"{found}\" is hidden, so it is ignored. Unhide it if it must be imported.",
  ReasonOdsTruncated: "the content of the .ods file is cut short or damaged",
  FileOverLimit: "The workbook was not read: {limit}. This limit protects PMO Desk from a damaged or booby-trapped file; a return workbook weighs a few hundred kB. Check that it is the right file, or save it again from Excel.",
  LimitFileSize: "the file weighs {size}, beyond the limit of {max}",
  LimitPartSize: "its part \"{part}\" exceeds {max} once decompressed",
  LimitUnpackedSize: "its content exceeds {max} once decompressed",
  LimitStringsDeclared: "its table of texts announces {declared} texts but holds only {found}",
  LimitStringsCount: "its table of texts holds more than {max} texts",
  LimitStringLength: "a text of its table of texts (number {index}) exceeds Excel's limit of {max} characters per cell",
  LimitCellLength: "cell {sheet}!{cell} holds {chars} characters, beyond Excel's limit of {max} characters per cell",
  LimitRecordLength: "a record of its part \"{part}\" announces {size}, more than the part holds",
  LimitSheetText: "the texts of sheet \"{sheet}\" exceed {max}",
  LimitSheetBox: "sheet \"{sheet}\" spans {cells} cells once its repeated rows and columns are expanded, beyond the limit of {max}",
  RepUnshownCharacters: "Texts of the returns hold characters this document's font cannot show; they are replaced here by \"?\" ({codes}). Texts concerned: {texts}. The database and the exports keep them as written.",
  RepUnshownMore: "and {count} more",
  ExpTitle: "Consolidated portfolio {year}",
  ExpSheetProjects: "Projects",
  ExpSheetRequests: "Requests",
  ExpSheetSelection: "Selection",
  ExpColCriterion: "Criterion",
  ExpColValue: "Value",
  ExpSelectionYear: "Year",
  ExpSelectionCampaign: "Campaign",
  ExpSelectionLatest: "each directorate's latest campaign",
  ExpSelectionProjects: "Projects exported",
  ExpSelectionCount: "{shown} of {total}",
  ExpSelectionFilters: "Filters",
  ExpSelectionNoFilter: "none: the whole portfolio",
  ExpColRequest: "Request (not in the budget voted)",
  ExpSheetDirectorates: "Directorates",
  ExpSheetQuarters: "Quarters",
  ExpSheetNatures: "Natures and categories",
  ExpSheetAmbitions: "Ambitions",
  ExpColDirectorate: "Directorate",
  ExpColDirectorateName: "Directorate name",
  ExpColCode: "Project code",
  ExpColName: "Name",
  ExpColAmbition: "Ambition",
  ExpColInitiative: "Initiative",
  ExpColManager: "Project manager",
  ExpColSponsor: "Sponsor",
  ExpColStatus: "Status",
  ExpColPriority: "Priority",
  ExpColKind: "Type",
  ExpColStart: "Start date",
  ExpColEnd: "End date",
  ExpColCampaign: "Campaign",
  ExpColBudgetVoted: "Budget voted",
  ExpColPlanned: "Planned",
  ExpColActual: "Actual",
  ExpColLanding: "Landing",
  ExpColVariance: "Variance",
  ExpColVariancePct: "Variance %",
  ExpColBurnRate: "Burn rate",
  ExpColWeather: "Weather",
  ExpColWeatherDate: "Weather date",
  ExpColOutsideBudget: "Outside initial budget",
  ExpColMissingFromLatest: "Missing from latest return",
  ExpColProjectCount: "Number of projects",
  ExpColEnvelope: "Envelope",
  ExpColBudgetMinusEnvelope: "Budget voted − envelope",
  ExpColLandingMinusEnvelope: "Landing − envelope",
  ExpColLandingStanding: "Landing vs envelope",
  ExpColQuarter: "Quarter",
  ExpColClosed: "Closed",
  ExpColNature: "Nature",
  ExpColCategory: "Category",
  ExpQuarter: "Q{quarter}",
  ExpStandingOver: "Over",
  ExpStandingEqual: "Equal",
  ExpStandingUnder: "Under",
  ExpNoAmbition: "(no ambition)",
  ExpNoInitiative: "(no initiative)",
  ExpNoCategory: "(no category)",
  ExpTotal: "Total",
  TraceProjectNotFound: "No project \"{project}\" in year {year}. Check the project code (pmo export lists them).",
  TraceAmbiguous: "Code \"{project}\" names several projects ({candidates}): type the exact code, with its case.",
  TraceSourceNotGiven: "The returns read are not those the figures were computed from (return #{id}): run the command again.",
  TraceBadFigure: "Unknown figure \"{found}\". Expected: budget_voted, actual or landing (budget-vote, realise, atterrissage).",
  AlertSeverityCritical: "Critical",
  AlertSeverityMajor: "Major",
  AlertSeverityMinor: "Minor",
  AlertRuleDirectorateOverEnvelope: "Envelope exceeded",
  AlertRuleDirectorateMissingReturn: "Missing return",
  AlertRuleVarianceOver: "Over budget",
  AlertRuleVarianceUnder: "Under-spend",
  AlertRuleWeatherBad: "Rainy or stormy status",
  AlertRuleWeatherWorse: "Status worse than before",
  AlertRuleMilestoneOverdue: "Milestone overdue",
  AlertRuleMilestoneSlipped: "Milestone slipped",
  AlertRuleRiskCritical: "Critical risk",
  AlertRuleTeamOverload: "Team overloaded",
  AlertRuleTeamCapacityMissing: "Capacity not given",
  AlertRuleWeatherMissing: "Status missing",
  AlertRuleEndDatePassed: "End date passed",
  AlertRuleProjectMissingFromReturn: "Project missing from the latest return",
  AlertNone: "none",
  AlertEnvelopeOver: "Directorate {directorate}: landing of {landing} above its envelope of {envelope} (over by {gap}).",
  AlertReturnMissing: "Directorate {directorate}: no return for campaign {campaign} (latest return of year {year}: {last}).",
  AlertProjectMissingFromReturn: "Project {project} \"{name}\" ({directorate}): missing from the {campaign} return. Its figures remain those of the {last} return (actual {actual}, landing {landing}): what became of it (done, cancelled, transferred)?",
  AlertVarianceOver: "Project {project} \"{name}\" ({directorate}): landing of {landing} against a budget voted of {budget}, over by {variance} ({percent}).",
  AlertVarianceOverUnbudgeted: "Project {project} \"{name}\" ({directorate}): outside the initial budget, landing of {landing} with no budget voted.",
  AlertVarianceUnder: "Project {project} \"{name}\" ({directorate}): landing of {landing} against a budget voted of {budget}, under-spent by {variance} ({percent}).",
  AlertWeatherBad: "Project {project} \"{name}\" ({directorate}): status {weather} on {date} (previous: {previous}).",
  AlertWeatherWorse: "Project {project} \"{name}\" ({directorate}): status worse, from {previous} to {weather} on {date}.",
  AlertMilestoneOverdue: "Project {project} \"{name}\" ({directorate}): milestone \"{milestone}\" due on {due} and not reached ({days} {days:day|days} late).",
  AlertMilestoneSlipped: "Project {project} \"{name}\" ({directorate}): milestone \"{milestone}\" forecast on {forecast} instead of {baseline} at baseline (slipped by {days} {days:day|days}).",
  AlertRiskCritical: "Project {project} \"{name}\" ({directorate}): risk \"{risk}\" not closed, of criticality {criticality} (probability {probability} × impact {impact}).",
  AlertTeamOverload: "Team {team} ({directorate}): load of {load} of its capacity in Q{quarter} ({planned} man-days planned for {capacity} available; largest project: {top_project}).",
  AlertTeamCapacityMissing: "Team {team} ({directorate}): {man_days} man-days of planned workload in quarters with no capacity given. Add the team to the Capacity sheet.",
  AlertWeatherMissing: "Project {project} \"{name}\" ({directorate}): in progress with no status dated Q{quarter} {year} or later (latest: {last}).",
  AlertEndDatePassed: "Project {project} \"{name}\" ({directorate}): still in progress although its end date, {end}, passed {days} {days:day|days} ago.",
  AlertSettingVariancePct: "A project's variance, in % of its budget voted, from which it is flagged (over or under budget)",
  AlertSettingVarianceAmount: "A project's variance, in euros, from which it is flagged (over or under budget)",
  AlertSettingRiskCriticality: "Criticality (probability × impact) from which a risk not closed is flagged",
  AlertSettingTeamLoadPct: "A team's workload, in % of its capacity in a quarter, above which it is flagged",
  AlertSettingMilestoneSlipDays: "A milestone's slip, in days, beyond which it is flagged (0: any slip)",
  AlertExpectPercent: "a percentage, zero or more, e.g. 10",
  AlertExpectLoadPercent: "a percentage above 0, e.g. 100",
  AlertExpectAmount: "an amount in euros, zero or more, e.g. 50000",
  AlertExpectDays: "a whole number of days, zero or more, e.g. 0",
  AlertSettingUnknown: "Unknown setting \"{key}\". Alert settings: {expected}.",
  AlertSettingInvalid: "Setting \"{key}\": value \"{found}\" refused. Expected: {expected}.",
  RepPackTitle: "Quarterly portfolio review — {period}",
  RepDirectoratePackTitle: "Quarterly portfolio review — {directorate} — {period}",
  RepCampaignNotReturned: "campaign {campaign} not returned: figures of {sources}",
  RepCampaignPartlyReturned: "campaign {campaign}, except {list} (no {code} return)",
  RepPackSubtitle: "Year {year} · {at}",
  RepDirectoratePackSubtitle: "{directorate} · year {year} · {at}",
  RepAtCampaign: "consolidated figures of the {campaign} campaign",
  RepProjectSheetTitle: "Project sheet {code} — {period}",
  RepNoCampaign: "no return",
  RepConfidentialCodir: "Restricted distribution — Executive committee",
  RepConfidentialDirectorate: "Restricted distribution — {directorate} directorate",
  RepConfidential: "Restricted distribution",
  RepPageLabel: "Page {n} / {total}",
  RepContinued: "(continued)",
  RepQuarterYear: "Q{quarter} {year}",
  RepQuarterShort: "Q{quarter}",
  RepQuarterClosed: "Q{quarter} (closed)",
  RepCampaign: "{name} ({code})",
  RepProjectRef: "{code} \"{name}\"",
  RepDirectorateNamed: "{name} ({code})",
  RepListAnd: " and ",
  RepCoverSources: "Returns used",
  RepCoverNoSources: "No return used",
  RepCoverSource: "{directorate} · {campaign} · return #{id} imported on {date} ({file})",
  RepSummaryTitle: "Executive summary",
  RepMessagesTitle: "Key messages",
  RepBudgetVoted: "Budget voted",
  RepLanding: "Landing",
  RepVariance: "Variance",
  RepActual: "Actual",
  RepPlanned: "Planned",
  RepEnvelope: "Envelope",
  RepProjects: "Projects",
  RepTotal: "Total",
  RepNoteProjects: "Projects: {count}",
  RepNoteBudgetUnknown: "Projects with no known budget: {count}",
  RepNoteLandingAt: "Campaign {campaign}",
  RepNoteLandingFrom: "Returns {campaigns}",
  RepNoteVariancePct: "{percent} of the budget voted",
  RepNoteBurnRate: "Burn rate: {percent}",
  RepNoteInProgress: "In progress: {count}",
  RepByStatus: "Projects by status",
  RepByWeather: "Projects by weather",
  RepColStatus: "Status",
  RepColWeather: "Weather",
  RepColProjects: "Projects",
  RepNoStatus: "No status",
  RepNoWeather: "No weather",
  RepNoProject: "No project.",
  RepMsgHeadline: "The portfolio is landing at {landing} against a budget voted of {budget}, a variance of {variance} ({percent}).",
  RepMsgHeadlineUnknown: "The portfolio is landing at {landing}; the budget voted is not known for every directorate (initial budget return missing).",
  CoverageNoneReturned: "No directorate has returned campaign {campaign}: the figures are those of {sources}.",
  CoverageBehind: "No {campaign} return from: {list}.",
  CoverageSourceGroup: "{campaign} ({list})",
  CoverageBehindItem: "{directorate} (figures of {last})",
  CoverageNoReturnItem: "{directorate} (no return this year)",
  CoverageNoReturnGroup: "with no return at all: {list}",
  RepMsgEnvelopesHeldSome: "{list} are within their budget envelope; the other directorates have no known figures or envelope.",
  RepMsgEnvelopesHeld: "Every directorate is within its budget envelope.",
  RepMsgEnvelopeOne: "Directorate {directorate} is over its envelope: landing of {landing} against an envelope of {envelope}, {gap} over.",
  RepMsgEnvelopeMany: "{count} directorates are over their envelope: {list}.",
  RepMsgEnvelopeItem: "{directorate} ({gap})",
  RepMsgWeatherOne: "Project {project} is {weather}.",
  RepMsgWeatherMany: "{count} projects are {weather}: {projects}.",
  RepMsgProjectWithStatus: "{project} ({status})",
  RepMsgDriftsOne: "The largest drift from the budget voted is {list}.",
  RepMsgDriftsMany: "The largest drifts from the budget voted are {list}.",
  RepMsgDriftItem: "{project} ({variance}, {percent})",
  RepMsgDriftUnbudgeted: "{project} (outside the initial budget, {landing})",
  RepMsgOverloadOne: "Team {team} ({directorate}) is loaded at {load} of its capacity in Q{quarter}.",
  RepMsgOverloadMany: "{count} teams are over capacity; the busiest, {team} ({directorate}), is at {load} in Q{quarter}.",
  RepMsgDecisionsOne: "One decision is expected from the executive committee, for project {project}.",
  RepMsgDecisionsMany: "{count} decisions are expected from the executive committee ({projects}): see \"Decisions expected\".",
  RepChartsTitle: "The portfolio in charts",
  RepChartBudgetByDirectorate: "Budget voted, landing and envelope by directorate",
  RepChartBudgetByProject: "Budget voted and landing by project",
  RepChartBudgetByProjectTop: "Budget voted and landing of the {count} largest projects",
  RepChartWeather: "Project weather",
  RepChartWeatherMissing: "Project weather ({count} without one)",
  RepChartQuarters: "Budget voted, planned and actual by quarter",
  RepChartProjectQuarters: "Planned and actual by quarter",
  RepChartTeamLoad: "Team load / capacity (busiest quarter)",
  RepChartTeamLoadTop: "Load / capacity of the {count} busiest teams",
  RepChartEmpty: "{title}: no data to chart.",
  RepLoad: "Load",
  RepLoadLabel: "{load} (Q{quarter})",
  RepCapacityLine: "Capacity",
  RepBreakdownTitle: "The portfolio by ambition and by directorate",
  RepByAmbitionCaption: "By strategic ambition",
  RepByDirectorateCaption: "By directorate, against envelopes",
  RepColAmbition: "Ambition",
  RepColVariancePct: "Variance %",
  RepColDirectorate: "Directorate",
  RepColLandingVsEnvelope: "Landing − envelope",
  RepNoAmbition: "(no ambition)",
  RepNoEnvelope: "no envelope",
  RepNoDirectorate: "No directorate.",
  RepAlertsTitle: "Projects on alert",
  RepAlertsCaption: "Critical and major alerts, by severity",
  RepAlertsCaptionAll: "Alerts, by severity",
  RepNoMajorAlert: "No critical or major alert.",
  RepNoAlert: "No alert.",
  RepColSeverity: "Severity",
  RepColAlert: "Alert",
  RepColDetail: "Detail",
  RepAlertsMinorOne: "There is also one minor alert: {list}.",
  RepAlertsMinorMany: "There are also {count} minor alerts: {list}.",
  RepAlertsMinorItem: "{label} ({count})",
  RepChangesTitle: "Changes since the {campaign} campaign",
  RepChangesTitleNone: "Changes since the previous campaign",
  RepDiffNone: "No previous campaign to compare with for this year.",
  RepDiffLanding: "From {from} to {to}, the portfolio's landing moves from {before} to {after}, {delta} ({percent}).",
  RepDiffNoReturn: "No {campaign} return, compared as of their latest return: {list}.",
  RepMovesCaption: "Projects added, removed or re-scoped",
  RepColMove: "Change",
  RepColDirectorateShort: "Dir.",
  RepColProject: "Project",
  RepColRequest: "Request",
  RepRequestsCaption: "Requests of candidate projects: not in the budget voted, actual or landing",
  RepRequestCount: "{count} {count:request|requests}",
  RepColReason: "Reason",
  RepColLandingAt: "Landing {campaign}",
  RepColChange: "Change",
  RepColChangePct: "Change %",
  RepMoveAdded: "Added",
  RepMoveRemoved: "Removed",
  RepMoveRescoped: "Re-scoped",
  RepNoMove: "No project added, removed or re-scoped.",
  RepReasonStatus: "status {before} → {after}",
  RepReasonEndDate: "end {before} → {after} ({days} d)",
  RepReasonLinesAdded: "{count} budget {count:line|lines} added",
  RepReasonLinesRemoved: "{count} budget {count:line|lines} removed",
  RepReasonLanding: "landing {percent}",
  RepDeltasCaption: "Landing changes by project",
  RepDeltasCaptionTop: "The {count} largest landing changes (of {total})",
  RepNoLandingChange: "No landing change.",
  RepLandingBridgeCaption: "From the previous landing to the current one",
  RepBudgetBridgeCaption: "From budget voted to landing",
  RepBridgeLandingAt: "Landing {campaign}",
  RepBridgeUnbudgeted: "{count} {count:project|projects} without an initial budget",
  RepBridgeOthers: "{count} other {count:project|projects}",
  RepColStep: "Step",
  RepColRunningTotal: "Running total",
  RepWeatherChangesCaption: "Weather changes",
  RepColWeatherAt: "Weather {campaign}",
  RepColTrend: "Trend",
  RepTrendWorse: "Worse",
  RepTrendBetter: "Better",
  RepNoWeatherChange: "No weather change.",
  RepMilestonesMovedCaption: "Milestones moved",
  RepMilestonesMovedCaptionTop: "The {count} most moved milestones (of {total})",
  RepColMilestone: "Milestone",
  RepColBaseline: "Baseline",
  RepColForecastAt: "Forecast {campaign}",
  RepColShift: "Shift",
  RepDays: "{days} d",
  RepNoMilestoneMoved: "No milestone moved.",
  RepMilestonesTitle: "Milestones to watch",
  RepRisksTitle: "Main risks",
  RepMilestonesCaption: "Milestones late or due by the end of {period}",
  RepColState: "State",
  RepColDue: "Due",
  RepColSlip: "Slip",
  RepMilestoneLate: "Late ({days} d)",
  RepMilestoneDue: "Coming",
  RepNoMilestone: "No milestone late or due in the period.",
  RepRisksCaption: "Open risks, by criticality",
  RepRisksCaptionTop: "The {count} most critical open risks (of {total})",
  RepColCriticality: "Criticality",
  RepCriticality: "{criticality} ({probability} × {impact})",
  RepColRisk: "Risk",
  RepColRiskStatus: "Status",
  RepColOwner: "Owner",
  RepColMitigation: "Mitigation",
  RepColDueDate: "Due date",
  RepNoRisk: "No open risk.",
  RepDecisionsTitle: "Decisions expected from the executive committee",
  RepDecisionsCaption: "What projects ask of the executive committee in their latest status",
  RepColDecision: "Decision needed",
  RepColContext: "Situation",
  RepColStatusDate: "Status of",
  RepNoDecision: "No decision expected.",
  RepAppendixTitle: "Appendix — project sheets",
  RepIndexCaption: "The portfolio's projects",
  RepProjectTitle: "{code} — {name}",
  RepNoteWeatherProgress: "on {date} · progress {progress}",
  RepNoteWeatherAt: "on {date}",
  RepOutsideInitialBudget: "Outside the initial budget",
  RepNoteVarianceOf: "Variance {variance} ({percent})",
  RepMissingFromLatest: "This project is no longer in its directorate's latest return: its actual and landing are 0.",
  RepIdentityCaption: "Identity",
  RepColInitiative: "Initiative",
  RepColPeriod: "Period",
  RepColLead: "Lead",
  RepLeadManager: "{name} (project manager)",
  RepLeadSponsor: "{name} (sponsor)",
  RepPriority: "priority P{priority}",
  RepMultiYear: "multi-year",
  RepColDescription: "Description",
  RepPeriod: "{start} to {end}",
  RepWeatherHistoryCaption: "Weather history",
  RepColDate: "Date",
  RepColProgress: "Progress",
  RepColComment: "Comment",
  RepColOverall: "Overall",
  RepColSchedule: "Schedule",
  RepColCost: "Cost",
  RepColScope: "Scope",
  RepColResources: "Resources",
  RepColQuarter: "Quarter",
  RepColForecast: "Forecast",
  RepColActualDate: "Actual date",
  RepMilestoneReached: "Reached",
  RepMilestoneReachedLate: "Reached {days} d late",
  RepMilestoneSlipped: "Slipped by {days} d",
  RepMilestoneOnTrack: "On track",
  RepNoProjectMilestone: "No milestone in the latest return.",
  RepNoProjectRisk: "No risk in the latest return.",
  RepLastComment: "Comment ({date}): {text}",
  RepWatchPoints: "Watch points ({date}): {text}",
  RepDecisionNeeded: "Decision needed: {text}",
  RepNoStatusReport: "No status reported for this project.",
  AppWindowTitle: "PMO Desk",
  AppErrorNotAllowed: "PMO Desk only opens files it wrote or recorded: {path}",
  AppErrorBadArgument: "Value \"{found}\" refused for {name}: expected {expected}.",
  AppErrorOpenFailed: "Cannot open {path}: {reason}",
  UiAppName: "PMO Desk",
  UiTagline: "Project portfolio",
  UiNavLabel: "Main navigation",
  UiNavDashboard: "Dashboard",
  UiNavImports: "Imports",
  UiNavPortfolio: "Portfolio",
  UiNavProject: "Project sheet",
  UiNavDirectorates: "Directorates",
  UiNavCapacity: "Capacity",
  UiNavReports: "Reports",
  UiNavTemplates: "Templates",
  UiNavSettings: "Settings",
  UiYear: "Year",
  UiCampaign: "Campaign",
  UiLatestReturn: "Latest return",
  UiCampaignOption: "{code} — {name}",
  UiNoYear: "No year",
  UiVersion: "Version {version}",
  UiLoading: "Loading…",
  UiRetry: "Try again",
  UiErrorTitle: "The operation did not succeed",
  UiCancel: "Cancel",
  UiClose: "Close",
  UiOpen: "Open",
  UiAllFeminine: "All",
  UiAllMasculine: "All",
  UiNoWeather: "No status",
  UiNoStatus: "No status",
  UiNone: "(none)",
  UiNoReturnForYear: "No return for year {year}: import the directorates' workbooks first.",
  UiTotal: "Total",
  UiQuarter: "Q{quarter}",
  UiQuarterClosed: "Q{quarter} (closed)",
  UiReturnNumber: "#{id}",
  UiCellRef: "{sheet}!{cell}",
  UiDays: "{days} d",
  UiSortAscending: "sorted ascending",
  UiSortDescending: "sorted descending",
  UiFilterWorkbooks: "Workbooks",
  UiFilterCsv: "CSV file",
  UiFilterXlsx: "Excel workbook",
  UiFilterPdf: "PDF document",
  UiFilterBackup: "PMO Desk database",
  UiWelcomeTitle: "Welcome to PMO Desk",
  UiWelcomeText: "The database is empty. Discover the tool with the demo portfolio (5 directorates, 45 projects), or import your directorates' workbooks right away.",
  UiLoadDemo: "Load the demo portfolio",
  UiImportWorkbooks: "Import workbooks",
  UiDemoLoading: "Importing the demo portfolio…",
  UiDashTitle: "Dashboard {year}",
  UiScopeLatest: "Latest return of each directorate",
  UiScopeCampaign: "Figures of the {campaign} campaign",
  UiKpiBudgetVoted: "Budget voted",
  UiKpiActual: "Actual",
  UiKpiLanding: "Landing",
  UiKpiVariance: "Variance",
  UiKpiProjects: "Projects",
  UiKpiCriticalAlerts: "Critical alerts",
  UiKpiVarianceNote: "{percent} of the budget voted",
  UiKpiBurnRateNote: "Burn rate: {percent}",
  UiKpiRequestsNote: "Not in the budget voted: {count} {count:request|requests} for {amount}",
  UiKpiBudgetUnknownNote: "{count} {count:project|projects} with no known budget",
  UiKpiInProgressNote: "{count} in progress",
  UiKpiAlertsNote: "{major} major, {minor} minor",
  UiChartByDirectorate: "Budget voted and landing by directorate",
  UiChartWeather: "Project status",
  UiChartQuarters: "Landing by quarter",
  UiChartNoData: "No data to chart.",
  UiLegendBudgetVoted: "Budget voted",
  UiLegendLanding: "Landing",
  UiLegendEnvelope: "Envelope",
  UiLegendActual: "Actual",
  UiLegendForecast: "Forecast",
  UiAlertsTitle: "Alerts",
  UiAlertsCount: "{count} {count:alert|alerts}",
  UiNoAlert: "No alert.",
  UiAlertOpensProject: "Open the sheet of project {project}",
  UiAlertOpensDirectorates: "See directorate {directorate}",
  UiWeatherCount: "{weather}: {count}",
  UiImportsTitle: "Imports",
  UiImportsIntro: "Each workbook is checked first, without saving anything: you see what it changes before importing it.",
  UiDropZone: "Drop the directorates' workbooks here (.xlsx, .xlsm, .xls, .ods)",
  UiDropZoneActive: "Release to check these files",
  UiChooseFiles: "Choose files…",
  UiChecking: "Checking…",
  UiFileReady: "Ready to import",
  UiFileUnchanged: "Same as the current return: nothing to import",
  UiFileRejected: "Rejected: to fix in the workbook",
  UiFileImported: "Imported",
  UiFileFailed: "Could not be checked",
  UiFileIdentityUnknown: "Directorate, year or campaign unreadable",
  UiFileIdentity: "{directorate} · year {year} · {campaign}",
  UiFileProjects: "{count} {count:project|projects}",
  UiChangeNew: "New return",
  UiChangeSupersedes: "Replaces return #{id} of {date} ({file})",
  UiChangeComparedWith: "Compared with the {campaign} return #{id} of {date}",
  UiChangeAdded: "Projects added ({count}): {list}",
  UiChangeRemoved: "Projects removed ({count}): {list}",
  UiChangeLanding: "Directorate landing: {before} → {after} ({delta})",
  UiChangeLandingFirst: "Directorate landing: {after}",
  UiFindingError: "Error",
  UiFindingWarning: "Warning",
  UiFindingErrors: "{count} {count:error|errors}",
  UiFindingWarnings: "{count} {count:warning|warnings}",
  UiImportAll: "Import",
  UiSumTitle: "{figure} of {directorate}: {value}, the sum of {count} {count:project|projects}",
  UiSumTitlePortfolio: "{figure} of the portfolio: {value}, the sum of {count} {count:directorate|directorates}",
  UiCapacityCells: "Cells of Q{quarter}",
  UiWeatherSource: "on {date}, {campaign} return #{id} ({file}), {cell}",
  UiWeatherSourceNone: "no return gives a status",
  UiSumEnvelopeTitle: "Envelope of {directorate}: {value}",
  UiSumEnvelopeFrom: "Read from the {campaign} return #{id} ({file}, imported on {date}), cell {place}.",
  UiSumEnvelopeNone: "No return states an envelope.",
  UiFilterWord: "{label}: {value}",
  UiFilterSearchWord: "Search: \"{value}\"",
  UiRecordRefused: "Record the refusals in the history",
  UiImportCount: "Import {count} {count:file|files}",
  UiImportProgress: "Importing: {done} / {total}",
  UiImportSummary: "Summary: {imported} imported, {unchanged} unchanged, {rejected} rejected.",
  UiRemoveFile: "Remove",
  UiClearFiles: "Clear the list",
  UiHistoryTitle: "Import history",
  UiHistoryEmpty: "No import yet.",
  UiColDate: "Date",
  UiColEvent: "Event",
  UiColReturn: "Return",
  UiColFile: "File",
  UiColFindings: "Findings",
  UiColState: "State",
  UiEventImported: "Import",
  UiEventRejected: "Import rejected",
  UiEventRestored: "Restoration",
  UiReturnCurrent: "Current",
  UiReturnSuperseded: "Superseded",
  UiRestore: "Restore",
  UiRestoreTitle: "Restore return #{id}?",
  UiRestoreText: "Return #{id} ({identity}) will become the current return again. The one it replaces stays in the history and can be restored in turn.",
  UiRestoreDone: "Return #{id} is current again.",
  UiIdentity: "{directorate} · {year} · {campaign}",
  UiPortfolioTitle: "Portfolio {year}",
  UiFilterDirectorate: "Directorate",
  UiFilterAmbition: "Ambition",
  UiFilterStatus: "Status",
  UiFilterWeather: "Status report",
  UiSearch: "Search",
  UiSearchPlaceholder: "Code or name",
  UiResetFilters: "Clear filters",
  UiProjectsShown: "{shown} of {total} {total:project|projects}",
  UiExportCsv: "Export as CSV…",
  UiExportXlsx: "Export as Excel…",
  UiExportWritten: "Export written: {path}",
  UiNoProjectMatch: "No project matches these filters.",
  UiColCode: "Code",
  UiColName: "Name",
  UiColDirectorate: "Directorate",
  UiColStatus: "Status",
  UiColWeather: "Status report",
  UiColBudgetVoted: "Budget voted",
  UiColActual: "Actual",
  UiColLanding: "Landing",
  UiColVariance: "Variance",
  UiColVariancePct: "Variance %",
  UiColForecast: "Forecast",
  UiColQuarter: "Quarter",
  UiOutsideBudget: "Outside the initial budget",
  UiMissingFromLatest: "Missing from the latest return",
  UiProjectPick: "Project",
  UiProjectPickHint: "Choose a project in the list, or from the portfolio.",
  UiProjectChoose: "Choose a project…",
  UiProjectTitle: "{code} — {name}",
  UiProjectIdentity: "Identity",
  UiFieldDirectorate: "Directorate",
  UiFieldAmbition: "Ambition",
  UiFieldInitiative: "Initiative",
  UiFieldCategory: "Category",
  UiFieldNature: "Nature",
  UiFieldSponsor: "Sponsor",
  UiFieldManager: "Project manager",
  UiFieldPeriod: "Period",
  UiFieldStatus: "Status",
  UiFieldCampaign: "Return",
  UiFieldDescription: "Description",
  UiPeriod: "{start} to {end}",
  UiReturnOfCampaign: "{campaign} (return #{id})",
  UiFigures: "Figures",
  UiTraceHint: "Click a figure to see the workbook cells it adds up.",
  UiTraceTitle: "{figure}: {value}, the sum of {count} {count:cell|cells}",
  UiTraceNoCell: "No cell: the figure is 0 or unknown.",
  UiColCell: "Cell",
  UiColLine: "Line",
  UiColValue: "Value",
  UiColImportedAt: "Imported on",
  UiTracePlanned: "planned Q{quarter}",
  UiTraceActual: "actual Q{quarter}",
  UiBudgetByQuarter: "Budget by quarter",
  UiWeatherHistory: "Status history",
  UiColComment: "Comment",
  UiColWatchPoints: "Watch points",
  UiColDecision: "Decision needed",
  UiRisks: "Risks",
  UiNoRisk: "No risk.",
  UiColRisk: "Risk",
  UiColCriticality: "Criticality",
  UiCriticality: "{criticality} ({probability} × {impact})",
  UiColOwner: "Owner",
  UiColMitigation: "Mitigation",
  UiColDue: "Due",
  UiMilestones: "Milestones",
  UiNoMilestone: "No milestone.",
  UiColMilestone: "Milestone",
  UiColBaseline: "Baseline",
  UiColForecastDate: "Forecast",
  UiColActualDate: "Actual date",
  UiColSlip: "Slip",
  UiNoHistory: "No status reported.",
  UiDirectoratesTitle: "Directorates {year}",
  UiEnvelopeTitle: "Landing against the envelope",
  UiColEnvelope: "Envelope",
  UiColEnvelopeGap: "Landing − envelope",
  UiColProjects: "Projects",
  UiOverEnvelope: "Over by {gap}",
  UiUnderEnvelope: "Under the envelope by {gap}",
  UiOnEnvelope: "Equal to the envelope",
  UiNoEnvelope: "No envelope",
  UiCampaignsTitle: "Returns by campaign",
  UiCampaignReceived: "Received on {date}",
  UiCampaignMissing: "Not received",
  UiCampaignReplaced: "{count} superseded {count:version|versions}",
  UiCampaignRejected: "Rejected on {date}: {file} ({errors} {errors:error|errors})",
  UiNoDirectorate: "No directorate for this year.",
  UiCapacityTitle: "Capacity {year}",
  UiCapacityIntro: "Planned workload as a % of each team's capacity, by quarter: overloaded teams first.",
  UiLegendLoadLow: "under {limit}",
  UiLegendLoadNear: "{low} to {limit}",
  UiLegendLoadOver: "above {limit}",
  UiLegendNoCapacity: "capacity not given",
  UiColTeam: "Team",
  UiColYearLoad: "Year",
  UiTeamOverloaded: "overloaded",
  UiCapacityDetail: "{team} ({directorate}), Q{quarter}: {planned} planned for {capacity} of capacity, {load}",
  UiCapacityDetailMissing: "{team} ({directorate}), Q{quarter}: {planned} planned, capacity not given",
  UiCapacityProjects: "Projects loading the team (planned MD over the year)",
  UiNoCapacity: "No workload or capacity in the returns.",
  UiCapacityPick: "Choose a cell to see its details.",
  UiReportsTitle: "Reports",
  UiReportKind: "Report",
  UiReportKindCodir: "CODIR pack",
  UiReportKindDirectorate: "Directorate report",
  UiReportKindProject: "Project sheet",
  UiReportQuarter: "Quarter",
  UiReportLanguage: "Language",
  UiLangFr: "French",
  UiLangEn: "English",
  UiGenerate: "Generate",
  UiSaveAs: "Save as…",
  UiGenerating: "Generating…",
  UiReportWritten: "{title} — {pages} {pages:page|pages}",
  UiReportsHistory: "Generated reports",
  UiReportsEmpty: "No report generated yet.",
  UiColGeneratedAt: "Generated on",
  UiColTitle: "Title",
  UiColPages: "Pages",
  UiFileMoved: "File not saved",
  UiTemplatesTitle: "Workbook templates",
  UiTemplatesIntro: "The workbook to send to a directorate for a campaign: blank, or prefilled with the projects and figures of its latest return.",
  UiTemplateDirectorate: "Directorate",
  UiTemplateNewDirectorate: "Other directorate (code)",
  UiTemplateNoDirectorate: "No directorate (entered by the directorate)",
  UiTemplateCode: "Directorate code",
  UiTemplateCodeHint: "Capital letters and digits, e.g. DSI.",
  UiTemplateContent: "Content",
  UiTemplatePrefilled: "Prefilled from the latest return",
  UiTemplateBlank: "Blank",
  UiTemplateWrite: "Write the template",
  UiTemplateWritten: "Template written: {count} {count:project|projects}",
  UiTemplatePrefilledFrom: "Template written, prefilled with {count} {count:project|projects} from return #{id}",
  UiSettingsTitle: "Settings",
  UiSettingsGeneral: "General",
  UiSettingsAlerts: "Alert thresholds",
  UiSettingsData: "Data",
  UiOrganisation: "Organisation name",
  UiOrganisationHint: "Printed on the cover of the CODIR reports.",
  UiAmountUnit: "Amount unit",
  UiUnitEur: "Euros (€1,234,567)",
  UiUnitKeur: "Thousands of euros (€1,234.6k)",
  UiLanguage: "Language",
  UiOutputFolder: "Folder for reports, exports and templates",
  UiOutputFolderDefault: "Default: {path}",
  UiChooseFolder: "Choose…",
  UiUseDefault: "Default",
  UiDefaultValue: "default: {value}",
  UiSave: "Save",
  UiSaved: "Saved.",
  UiDatabase: "Database",
  UiBackup: "Back up the database…",
  UiBackupWritten: "Backup written: {path}",
  UiRestoreBackup: "Restore a backup…",
  UiRestoreBackupTitle: "Restore this backup?",
  UiRestoreBackupText: "All current data will be replaced by that of \"{path}\". A safety copy of the current database is kept next to it.",
  UiRestoreBackupDone: "Database restored.",
  UiAutomaticBackups: "Automatic backups",
  UiAutomaticBackupsHint: "PMO Desk backs the database up before every import and every restore, in the \"sauvegardes\" folder beside it; the latest 10 are kept.",
  UiAutomaticBackupsNone: "None yet: the first will be taken at the next import.",
  UiBackupBeforeImport: "Before an import",
  UiBackupBeforeRestoreReturn: "Before a return was restored",
  UiBackupBeforeRestoreBackup: "Database replaced by a restore",
  UiBackupSize: "{size} MB",
  UiChartValue: "{label}: {value}",
  UiDirectorateNamed: "{name} ({code})",
  UiFieldKind: "Type",
  UiFieldPriority: "Priority",
  UiPriority: "P{priority}",
  UiMultiYear: "multi-year",
};
