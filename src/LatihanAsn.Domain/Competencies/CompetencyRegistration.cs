using LatihanAsn.Domain.Common;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LatihanAsn.Domain.Competencies;

/// <summary>Registers the competency-model use cases.</summary>
internal static class CompetencyRegistration
{
    public static void Register(IServiceCollection services)
    {
        services.TryAddTransient<ProfileLoader>();
        services
            .Handler<DefineFramework, FrameworkId, DefineFrameworkHandler>().Validator<DefineFramework, DefineFrameworkValidator>()
            .Handler<VersionFramework, FrameworkId, VersionFrameworkHandler>().Validator<VersionFramework, VersionFrameworkValidator>()
            .Handler<RegisterOpd, OpdId, RegisterOpdHandler>().Validator<RegisterOpd, RegisterOpdValidator>()
            .Handler<DefinePosition, PositionId, DefinePositionHandler>().Validator<DefinePosition, DefinePositionValidator>()
            .Handler<DefinePositionStandard, Unit, DefinePositionStandardHandler>().Validator<DefinePositionStandard, DefinePositionStandardValidator>()
            .Handler<RegisterEmployee, EmployeeId, RegisterEmployeeHandler>().Validator<RegisterEmployee, RegisterEmployeeValidator>()
            .Handler<ImportEmployees, IReadOnlyList<EmployeeId>, ImportEmployeesHandler>().Validator<ImportEmployees, ImportEmployeesValidator>()
            .Handler<TransferEmployee, Unit, TransferEmployeeHandler>().Validator<TransferEmployee, TransferEmployeeValidator>()
            .Handler<RecordAssessment, AssessmentId, RecordAssessmentHandler>().Validator<RecordAssessment, RecordAssessmentValidator>()
            .Handler<ImportAssessments, IReadOnlyList<AssessmentId>, ImportAssessmentsHandler>().Validator<ImportAssessments, ImportAssessmentsValidator>()
            .Handler<AddAssessmentEvidence, Unit, AddAssessmentEvidenceHandler>().Validator<AddAssessmentEvidence, AddAssessmentEvidenceValidator>()
            .Handler<ConfirmAssessment, Unit, ConfirmAssessmentHandler>().Validator<ConfirmAssessment, ConfirmAssessmentValidator>()
            .Handler<DecideAssessments, Unit, DecideAssessmentsHandler>().Validator<DecideAssessments, DecideAssessmentsValidator>()
            .Handler<RejectAssessment, Unit, RejectAssessmentHandler>().Validator<RejectAssessment, RejectAssessmentValidator>()
            .Handler<GetEmployeeProfile, EmployeeProfileView, GetEmployeeProfileHandler>().Validator<GetEmployeeProfile, GetEmployeeProfileValidator>()
            .Handler<SummarisePopulation, PopulationSummary, SummarisePopulationHandler>().Validator<SummarisePopulation, SummarisePopulationValidator>()
            .Handler<PlaceInNineBox, IReadOnlyList<NineBoxResult>, PlaceInNineBoxHandler>().Validator<PlaceInNineBox, PlaceInNineBoxValidator>();
    }
}
