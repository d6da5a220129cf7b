using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LatihanAsn.Domain.NeedsAnalysis;

/// <summary>Registers the needs-analysis use cases.</summary>
internal static class NeedsAnalysisRegistration
{
    public static void Register(IServiceCollection services)
    {
        services.TryAddTransient<SurveyAccess>();
        services.TryAddTransient<NeedsLoader>();
        services
            .Handler<NamePositionToBeHeld, Unit, NamePositionToBeHeldHandler>().Validator<NamePositionToBeHeld, NamePositionToBeHeldValidator>()
            .Handler<RecordPerformanceAppraisal, AppraisalId, RecordPerformanceAppraisalHandler>().Validator<RecordPerformanceAppraisal, RecordPerformanceAppraisalValidator>()
            .Handler<OpenNeedsSurvey, SurveyId, OpenNeedsSurveyHandler>().Validator<OpenNeedsSurvey, OpenNeedsSurveyValidator>()
            .Handler<CloseNeedsSurvey, Unit, CloseNeedsSurveyHandler>().Validator<CloseNeedsSurvey, CloseNeedsSurveyValidator>()
            .Handler<SubmitSurveyResponse, SurveyResponseId, SubmitSurveyResponseHandler>().Validator<SubmitSurveyResponse, SubmitSurveyResponseValidator>()
            .Handler<ComputeSurveyPriorities, SurveyPriorities, ComputeSurveyPrioritiesHandler>().Validator<ComputeSurveyPriorities, ComputeSurveyPrioritiesValidator>()
            .Handler<ComputeIndividualNeeds, IndividualNeeds, ComputeIndividualNeedsHandler>().Validator<ComputeIndividualNeeds, ComputeIndividualNeedsValidator>()
            .Handler<ComputeNeedsRegister, NeedsRegister, ComputeNeedsRegisterHandler>().Validator<ComputeNeedsRegister, ComputeNeedsRegisterValidator>()
            .Handler<RecordLearningHours, LearningHoursRecorded, RecordLearningHoursHandler>().Validator<RecordLearningHours, RecordLearningHoursValidator>()
            .Handler<GetJpCompliance, JpComplianceReport, GetJpComplianceHandler>().Validator<GetJpCompliance, GetJpComplianceValidator>()
            .Handler<ImportSurveyResponses, IReadOnlyList<SurveyResponseId>, ImportSurveyResponsesHandler>().Validator<ImportSurveyResponses, ImportSurveyResponsesValidator>()
            .Handler<ImportLearningHours, IReadOnlyList<LearningHoursRecorded>, ImportLearningHoursHandler>().Validator<ImportLearningHours, ImportLearningHoursValidator>()
            .Handler<ImportPerformanceAppraisals, IReadOnlyList<AppraisalId>, ImportPerformanceAppraisalsHandler>().Validator<ImportPerformanceAppraisals, ImportPerformanceAppraisalsValidator>()
            .Handler<NamePositionsToBeHeld, Unit, NamePositionsToBeHeldHandler>().Validator<NamePositionsToBeHeld, NamePositionsToBeHeldValidator>();
    }
}
