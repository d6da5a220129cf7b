using FluentValidation;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using MediatR;

namespace LatihanAsn.Domain.FollowUp;

/// <summary>Someone to find a mentor for.</summary>
/// <param name="Mentee">The mentee, in the caller's scope.</param>
/// <param name="Competency">The competency code.</param>
/// <param name="TargetLevel">The level they aim at, 1-5.</param>
public sealed record MentorRequestInput(EmployeeId Mentee, string Competency, int TargetLevel);

/// <summary>
/// Proposes mentors for mentees, in the order given (<see cref="MentorMatchingRule"/>): among employees of the caller's
/// scope whose confirmed level exceeds the target, preferring the same OPD, then region, within the load limit.
/// </summary>
/// <param name="Requests">Who needs a mentor.</param>
[RequiresCapability(Capabilities.FollowUpManage)]
public sealed record FindMentors(IReadOnlyList<MentorRequestInput> Requests) : IRequest<IReadOnlyList<MentorMatch>>;

internal sealed class FindMentorsValidator : AbstractValidator<FindMentors>
{
    public FindMentorsValidator(IReadRepository<Employee> employees, ICallerScopeAccessor scope)
    {
        RuleFor(x => x.Requests).Required();
        RuleForEach(x => x.Requests).ChildRules(r =>
        {
            r.RuleFor(x => x.Competency).Required().Must(c => CompetencyCode.TryFrom(c, out _))
                .WithMessage(_ => Messages.Get("Competencies_CompetencyCodeInvalid"));
            r.RuleFor(x => x.TargetLevel).LevelInRange();
        });
        RuleFor(x => x.Requests).CustomAsync(async (requests, context, ct) =>
        {
            if (requests is null || requests.Count == 0)
            {
                return;
            }

            var found = (await employees.ListAsync(new EmployeesSpec(scope.Current, ids: requests.Select(r => r.Mentee).Distinct().ToArray()), ct).ConfigureAwait(false)).Select(e => e.Id).ToHashSet();
            for (var i = 0; i < requests.Count; i++)
            {
                if (!found.Contains(requests[i].Mentee))
                {
                    context.AddFailure($"Requests[{i}].Mentee", Messages.Get("Competencies_EmployeeNotFoundScope"));
                }
            }
        });
    }
}

internal sealed class FindMentorsHandler(MentorPool pool, IReadRepository<Employee> employees, ICallerScopeAccessor scope, TimeProvider time)
    : IRequestHandler<FindMentors, IReadOnlyList<MentorMatch>>
{
    public async Task<IReadOnlyList<MentorMatch>> Handle(FindMentors request, CancellationToken cancellationToken)
    {
        var (candidates, limit) = await pool.LoadAsync(scope.Current, time.Today(), null, cancellationToken).ConfigureAwait(false);
        var mentees = (await employees.ListAsync(new EmployeesSpec(scope.Current, ids: request.Requests.Select(r => r.Mentee).Distinct().ToArray()), cancellationToken).ConfigureAwait(false))
            .ToDictionary(e => e.Id);
        var requests = request.Requests.Select(r => new MenteeRequest(r.Mentee, CompetencyCode.From(r.Competency), r.TargetLevel, mentees[r.Mentee].RegionCode, mentees[r.Mentee].OpdCode));
        return MentorMatchingRule.Match(requests, candidates, limit);
    }
}
