using FluentValidation;
using LatihanAsn.Domain.Common;
using MediatR;

namespace LatihanAsn.Domain.Competencies;

/// <summary>An employee's profile, gaps and JPM on a day.</summary>
/// <param name="EmployeeId">The employee.</param>
/// <param name="Nip">The NIP.</param>
/// <param name="Name">The name.</param>
/// <param name="PositionId">The position held.</param>
/// <param name="PositionName">Its name.</param>
/// <param name="PositionKind">Its kind.</param>
/// <param name="RegionCode">The region.</param>
/// <param name="OpdCode">The OPD.</param>
/// <param name="AsOf">The day.</param>
/// <param name="Profile">The current profile.</param>
/// <param name="Gaps">The gaps against the position's standard in force (empty when none is).</param>
/// <param name="Jpm">The JPM, or <see langword="null"/> when the position has no standard in force.</param>
public sealed record EmployeeProfileView(
    EmployeeId EmployeeId,
    Nip Nip,
    string Name,
    PositionId PositionId,
    string PositionName,
    PositionKind PositionKind,
    string RegionCode,
    string OpdCode,
    DateOnly AsOf,
    CompetencyProfile Profile,
    IReadOnlyList<CompetencyGap> Gaps,
    JpmResult? Jpm);

/// <summary>Gets an employee's current profile with gaps and JPM. The employee must be in the caller's scope.</summary>
/// <param name="EmployeeId">The employee.</param>
/// <param name="AsOf">The day (default: today by the injected clock).</param>
[RequiresCapability(Capabilities.PopulationRead)]
public sealed record GetEmployeeProfile(EmployeeId EmployeeId, DateOnly? AsOf = null) : IRequest<EmployeeProfileView>;

internal sealed class GetEmployeeProfileValidator : AbstractValidator<GetEmployeeProfile>
{
    public GetEmployeeProfileValidator() => RuleFor(x => x.EmployeeId).Required();
}

internal sealed class GetEmployeeProfileHandler(ProfileLoader loader, ICallerScopeAccessor scope, RuleSetRegistry rules, LatihanAsnOptions options, TimeProvider time)
    : IRequestHandler<GetEmployeeProfile, EmployeeProfileView>
{
    public async Task<EmployeeProfileView> Handle(GetEmployeeProfile request, CancellationToken cancellationToken)
    {
        var asOf = request.AsOf ?? time.Today();
        var snapshot = (await loader.LoadAsync(scope.Current, asOf, null, null, [request.EmployeeId], cancellationToken).ConfigureAwait(false)).SingleOrDefault()
            ?? throw new NotFoundInScopeException(Messages.Get("Competencies_Employee"), request.EmployeeId.ToString());
        var jpm = snapshot.Gaps.Count == 0 ? null : JpmRule.Compute(snapshot.Gaps, rules.InForce<JpmBandRuleSet>(asOf), options.JpmCapping);
        var e = snapshot.Employee;
        return new EmployeeProfileView(e.Id, e.Nip, e.Name, e.PositionId, snapshot.Position.Name, snapshot.Position.Kind, e.RegionCode, e.OpdCode, asOf, snapshot.Profile, snapshot.Gaps, jpm);
    }
}
