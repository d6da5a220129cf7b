using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LatihanAsn.Domain.FollowUp;

/// <summary>Registers the follow-up use cases.</summary>
internal static class FollowUpRegistration
{
    public static void Register(IServiceCollection services)
    {
        services.TryAddTransient<RunParticipants>();
        services.TryAddTransient<MentorPool>();
        services
            .Handler<ScheduleRun, Programs.CourseRunId, ScheduleRunHandler>().Validator<ScheduleRun, ScheduleRunValidator>()
            .Handler<ScheduleRuns, IReadOnlyList<Programs.CourseRunId>, ScheduleRunsHandler>().Validator<ScheduleRuns, ScheduleRunsValidator>()
            .Handler<InviteParticipants, IReadOnlyList<Enrolment>, InviteParticipantsHandler>().Validator<InviteParticipants, InviteParticipantsValidator>()
            .Handler<RespondToInvitation, Unit, RespondToInvitationHandler>().Validator<RespondToInvitation, RespondToInvitationValidator>()
            .Handler<RespondToInvitations, IReadOnlyList<InvitationAnswered>, RespondToInvitationsHandler>().Validator<RespondToInvitations, RespondToInvitationsValidator>()
            .Handler<WithdrawParticipant, Unit, WithdrawParticipantHandler>().Validator<WithdrawParticipant, WithdrawParticipantValidator>()
            .Handler<MarkNoShow, Unit, MarkNoShowHandler>().Validator<MarkNoShow, MarkNoShowValidator>()
            .Handler<StartRun, Unit, StartRunHandler>().Validator<StartRun, StartRunValidator>()
            .Handler<RecordSessionAttendance, Unit, RecordSessionAttendanceHandler>().Validator<RecordSessionAttendance, RecordSessionAttendanceValidator>()
            .Handler<CompleteRun, RunCompletion, CompleteRunHandler>().Validator<CompleteRun, CompleteRunValidator>()
            .Handler<CreditRunHours, IReadOnlyDictionary<Competencies.EmployeeId, decimal>, CreditRunHoursHandler>().Validator<CreditRunHours, CreditRunHoursValidator>()
            .Handler<CancelRun, Unit, CancelRunHandler>().Validator<CancelRun, CancelRunValidator>()
            .Handler<GetCourseRun, RunView, GetCourseRunHandler>().Validator<GetCourseRun, GetCourseRunValidator>()
            .Handler<GetCertificates, IReadOnlyList<CertificateView>, GetCertificatesHandler>().Validator<GetCertificates, GetCertificatesValidator>()
            .Handler<FindMentors, IReadOnlyList<MentorMatch>, FindMentorsHandler>().Validator<FindMentors, FindMentorsValidator>()
            .Handler<StartMentoring, MentoringPlanId, StartMentoringHandler>().Validator<StartMentoring, StartMentoringValidator>()
            .Handler<RecordMentoringCheckIn, Unit, RecordMentoringCheckInHandler>().Validator<RecordMentoringCheckIn, RecordMentoringCheckInValidator>()
            .Handler<CompleteMentoring, Competencies.AssessmentId, CompleteMentoringHandler>().Validator<CompleteMentoring, CompleteMentoringValidator>()
            .Handler<CreateActionPlan, ActionPlanId, CreateActionPlanHandler>().Validator<CreateActionPlan, CreateActionPlanValidator>()
            .Handler<CompleteMilestone, Unit, CompleteMilestoneHandler>().Validator<CompleteMilestone, CompleteMilestoneValidator>()
            .Handler<SignOffActionPlan, Unit, SignOffActionPlanHandler>().Validator<SignOffActionPlan, SignOffActionPlanValidator>()
            .Handler<GetWhatIsDue, DueReport, GetWhatIsDueHandler>().Validator<GetWhatIsDue, GetWhatIsDueValidator>();
    }
}
