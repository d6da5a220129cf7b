using FluentValidation;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using MediatR;

namespace LatihanAsn.Domain.NeedsAnalysis;

/// <summary>
/// Computes the needs register of the population in the caller's scope (or a region or OPD within it), grouped by
/// <paramref name="By"/>: individual gaps (held and to-be-held positions) and, when a survey is named, its signals from
/// the responses within the scope. Small groups and lines, and those that would give them away across province,
/// regions and OPDs, are withheld (<see cref="NeedsRegisterRule"/>). Naming a region or OPD outside the scope throws
/// <see cref="ScopeViolationException"/>.
/// </summary>
/// <param name="By">How to group.</param>
/// <param name="RegionCode">Only this region, if given.</param>
/// <param name="OpdCode">Only this OPD, if given.</param>
/// <param name="SurveyId">The needs survey whose signals to include, if any.</param>
/// <param name="AsOf">The day (default: today).</param>
[RequiresCapability(Capabilities.PopulationRead)]
public sealed record ComputeNeedsRegister(PopulationDimension By, string? RegionCode = null, string? OpdCode = null, SurveyId? SurveyId = null, DateOnly? AsOf = null) : IRequest<NeedsRegister>;

internal sealed class ComputeNeedsRegisterValidator : AbstractValidator<ComputeNeedsRegister>
{
    public ComputeNeedsRegisterValidator()
    {
        RuleFor(x => x.By).KnownValue();
        RuleFor(x => x.RegionCode).MaxChars(20);
        RuleFor(x => x.OpdCode).MaxChars(50);
    }
}

internal sealed class ComputeNeedsRegisterHandler(
    NeedsLoader loader,
    SurveyAccess access,
    IReadRepository<SurveyResponse> responses,
    IReadRepository<Opd> opds,
    ICallerScopeAccessor scope,
    RuleSetRegistry rules,
    LatihanAsnOptions options,
    TimeProvider time)
    : IRequestHandler<ComputeNeedsRegister, NeedsRegister>
{
    public async Task<NeedsRegister> Handle(ComputeNeedsRegister request, CancellationToken cancellationToken)
    {
        var caller = scope.Current;
        await ScopeGuard.EnsureWithinAsync(caller, request.RegionCode, request.OpdCode, opds, cancellationToken).ConfigureAwait(false);
        var survey = request.SurveyId is { } surveyId ? await access.LoadAsync(surveyId, cancellationToken).ConfigureAwait(false) : null;

        var asOf = request.AsOf ?? time.Today();

        // The whole scope is read even for a region or OPD: suppression is computed over every level at once, so that
        // this answer and any other level's answer cannot be subtracted from each other.
        var rows = await loader.LoadAsync(caller, asOf, null, null, null, false, cancellationToken).ConfigureAwait(false);
        var members = rows.Select(r => new NeedsMember(r.Snapshot.Employee.Id, r.Snapshot.Employee.RegionCode, r.Snapshot.Employee.OpdCode, r.Snapshot.Position.Kind, r.Needs));
        var surveyed = new List<SurveyMember>();
        var scale = RatingScale.OneToFive;
        if (survey is not null)
        {
            scale = survey.Scale;
            var answered = await responses.ListAsync(new SurveyResponsesSpec(caller, survey.Id).ReadOnly(), cancellationToken).ConfigureAwait(false);
            surveyed.AddRange(answered
                .Select(r => new SurveyMember(r.Respondent.ToString(), r.RegionCode, r.OpdCode, r.PositionKind, r.ToRatingPairs().ToArray(), r.ToProposals().ToArray())));
        }

        return NeedsRegisterRule.Build(members, surveyed, scale, request.By, asOf, rules.InForce<PriorityWeightsRuleSet>(asOf), options.MinimumGroupSize, request.RegionCode, request.OpdCode);
    }
}
