using Ardalis.Specification;
using FluentValidation;
using LatihanAsn.Domain.Common;
using MediatR;

namespace LatihanAsn.Domain.Programs;

/// <summary>
/// Sets a region's reach: connectivity and travel to each training centre (creates or replaces it). Needs
/// <see cref="Capabilities.ReachManage"/>; a region caller sets only its own region's reach (otherwise <c>forbidden</c>).
/// </summary>
/// <param name="RegionCode">The region code.</param>
/// <param name="Name">The region's name.</param>
/// <param name="Connectivity">Its connectivity.</param>
/// <param name="Travel">Its trips to centres.</param>
[RequiresCapability(Capabilities.ReachManage)]
public sealed record SetRegionReach(string RegionCode, string Name, Connectivity Connectivity, IReadOnlyList<TravelLink> Travel) : IRequest<Unit>;

internal sealed class SetRegionReachValidator : AbstractValidator<SetRegionReach>
{
    public SetRegionReachValidator()
    {
        RuleFor(x => x.RegionCode).Required().MaxChars(20);
        RuleFor(x => x.Name).Required().MaxChars(200);
        RuleFor(x => x.Connectivity).KnownValue();
        RuleFor(x => x.Travel).NotNull().WithMessage(_ => Messages.Get("Programs_TravelListRequiredMayEmpty"))
            .Must(t => t is null || t.Select(x => x.CentreCode).Distinct(StringComparer.Ordinal).Count() == t.Count)
            .WithMessage(_ => Messages.Get("Programs_EachTrainingCentreMayAppearOnly"));
        RuleForEach(x => x.Travel).ChildRules(t =>
        {
            t.RuleFor(x => x.CentreCode).Required().MaxChars(50);
            t.RuleFor(x => x.Hours).InclusiveBetween(0m, 72m).WithMessage(_ => Messages.Get("Programs_TravelTimeMust0To72"));
            t.RuleFor(x => x.CostPerParticipant).GreaterThanOrEqualTo(0m).WithMessage(_ => Messages.Get("Programs_CostsMustNotNegative"));
        });
    }
}

internal sealed class SetRegionReachHandler(IRepository<RegionReach> regions, ICallerScopeAccessor scope, DomainEventPublisher events) : IRequestHandler<SetRegionReach, Unit>
{
    public async Task<Unit> Handle(SetRegionReach request, CancellationToken cancellationToken)
    {
        var code = request.RegionCode.Trim();
        // A region caller sets only its own region's reach; an OPD caller none (a region is wider than an OPD).
        ScopeGuard.EnsureRegion(scope.Current, code);
        var reach = await regions.FirstOrDefaultAsync(new RegionReachSpec(code), cancellationToken).ConfigureAwait(false);
        if (reach is null)
        {
            reach = RegionReach.Define(code, request.Name, request.Connectivity, request.Travel);
            await regions.AddAsync(reach, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            reach.Update(request.Name, request.Connectivity, request.Travel);
            await regions.UpdateAsync(reach, cancellationToken).ConfigureAwait(false);
        }

        await events.PublishAsync(reach, cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}
