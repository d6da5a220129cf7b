using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LatihanAsn.Domain.Programs;

/// <summary>Registers the program-composition use cases and the default composition policy.</summary>
internal static class ProgramsRegistration
{
    public static void Register(IServiceCollection services)
    {
        services.TryAddSingleton<ICompositionPolicy, CompositionPolicy>();
        services.TryAddTransient<CompositionInputs>();
        services
            .Handler<DefineCourse, CourseId, DefineCourseHandler>().Validator<DefineCourse, DefineCourseValidator>()
            .Handler<UpdateCourse, Unit, UpdateCourseHandler>().Validator<UpdateCourse, UpdateCourseValidator>()
            .Handler<WithdrawCourse, Unit, WithdrawCourseHandler>().Validator<WithdrawCourse, WithdrawCourseValidator>()
            .Handler<SetRegionReach, Unit, SetRegionReachHandler>().Validator<SetRegionReach, SetRegionReachValidator>()
            .Handler<ComposeTrainingPlan, ComposedPlan, ComposeTrainingPlanHandler>().Validator<ComposeTrainingPlan, ComposeTrainingPlanValidator>()
            .Handler<RecomposeTrainingPlan, ComposedPlan, RecomposeTrainingPlanHandler>().Validator<RecomposeTrainingPlan, RecomposeTrainingPlanValidator>()
            .Handler<ExplainTrainingPlan, TrainingPlanExplanation, ExplainTrainingPlanHandler>().Validator<ExplainTrainingPlan, ExplainTrainingPlanValidator>()
            .Handler<SubmitTrainingPlan, Unit, SubmitTrainingPlanHandler>().Validator<SubmitTrainingPlan, SubmitTrainingPlanValidator>()
            .Handler<ApproveTrainingPlan, Unit, ApproveTrainingPlanHandler>().Validator<ApproveTrainingPlan, ApproveTrainingPlanValidator>()
            .Handler<ReturnTrainingPlan, Unit, ReturnTrainingPlanHandler>().Validator<ReturnTrainingPlan, ReturnTrainingPlanValidator>()
            .Handler<ReviseTrainingPlan, TrainingPlanId, ReviseTrainingPlanHandler>().Validator<ReviseTrainingPlan, ReviseTrainingPlanValidator>();
    }
}
