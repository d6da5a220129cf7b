using LatihanAsn.Domain.Common;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace LatihanAsn.Domain.Evaluation;

/// <summary>Registers the evaluation use cases.</summary>
internal static class EvaluationRegistration
{
    public static void Register(IServiceCollection services)
    {
        services
            .Handler<CreateEvaluationPlan, EvaluationPlanId, CreateEvaluationPlanHandler>().Validator<CreateEvaluationPlan, CreateEvaluationPlanValidator>()
            .Handler<RecordAttendance, Unit, RecordAttendanceHandler>().Validator<RecordAttendance, RecordAttendanceValidator>()
            .Handler<GetMeasurementStatus, IReadOnlyList<MeasurementState>, GetMeasurementStatusHandler>().Validator<GetMeasurementStatus, GetMeasurementStatusValidator>()
            .Handler<RecordReactionResponses, Unit, RecordMeasurementHandlers>().Validator<RecordReactionResponses, RecordReactionResponsesValidator>()
            .Handler<RecordTestScores, Unit, RecordMeasurementHandlers>().Validator<RecordTestScores, RecordTestScoresValidator>()
            .Handler<RecordComponentScores, Unit, RecordMeasurementHandlers>().Validator<RecordComponentScores, RecordComponentScoresValidator>()
            .Handler<RecordBehaviourRatings, Unit, RecordMeasurementHandlers>().Validator<RecordBehaviourRatings, RecordBehaviourRatingsValidator>()
            .Handler<RecordKnowledgeTransfer, Unit, RecordMeasurementHandlers>().Validator<RecordKnowledgeTransfer, RecordKnowledgeTransferValidator>()
            .Handler<RecordKpiObservations, Unit, RecordMeasurementHandlers>().Validator<RecordKpiObservations, RecordKpiObservationsValidator>()
            .Handler<RecordQualitativeEvidence, Unit, RecordMeasurementHandlers>().Validator<RecordQualitativeEvidence, RecordQualitativeEvidenceValidator>()
            .Handler<RecordCostsAndBenefits, Unit, RecordMeasurementHandlers>().Validator<RecordCostsAndBenefits, RecordCostsAndBenefitsValidator>()
            .Handler<CreateSkmSurvey, SkmSurveyId, CreateSkmSurveyHandler>().Validator<CreateSkmSurvey, CreateSkmSurveyValidator>()
            .Handler<RecordSkmResponses, Unit, RecordSkmResponsesHandler>().Validator<RecordSkmResponses, RecordSkmResponsesValidator>()
            .Handler<ComputeSkmIndex, SkmResult, SkmIndexHandler>().Validator<ComputeSkmIndex, ComputeSkmIndexValidator>()
            .Handler<ComputeReaction, ReactionResult, ComputeScoreHandlers>().Validator<ComputeReaction, ComputeReactionValidator>()
            .Handler<ComputeLearningGain, LearningResult, ComputeScoreHandlers>().Validator<ComputeLearningGain, ComputeLearningGainValidator>()
            .Handler<ComputeFinalScores, FinalScoresResult, ComputeScoreHandlers>().Validator<ComputeFinalScores, ComputeFinalScoresValidator>()
            .Handler<ComputeBehaviourChange, BehaviourResult, ComputeScoreHandlers>().Validator<ComputeBehaviourChange, ComputeBehaviourChangeValidator>()
            .Handler<ComputeKpiChange, IReadOnlyList<KpiChange>, ComputeScoreHandlers>().Validator<ComputeKpiChange, ComputeKpiChangeValidator>()
            .Handler<ComputeRoi, RoiAnalysis, ComputeScoreHandlers>().Validator<ComputeRoi, ComputeRoiValidator>()
            .Handler<GetEffectivenessReport, EffectivenessReport, GetEffectivenessReportHandler>().Validator<GetEffectivenessReport, GetEffectivenessReportValidator>();
    }
}
