using Ardalis.Specification;
using FluentValidation;
using LatihanAsn.Domain.Common;
using MediatR;

namespace LatihanAsn.Domain.Programs;

/// <summary>Sets a region's reach: connectivity and travel to each training centre (creates or replaces it).</summary>
/// <param name="RegionCode">The region code.</param>
/// <param name="Name">The region's name.</param>
/// <param name="Connectivity">Its connectivity.</param>
/// <param name="Travel">Its trips to centres.</param>
public sealed record SetRegionReach(string RegionCode, string Name, Connectivity Connectivity, IReadOnlyList<TravelLink> Travel) : IRequest<Unit>;

internal sealed class SetRegionReachValidator : AbstractValidator<SetRegionReach>
{
    public SetRegionReachValidator()
    {
        RuleFor(x => x.RegionCode).Required().MaxChars(20);
        RuleFor(x => x.Name).Required().MaxChars(200);
        RuleFor(x => x.Connectivity).KnownValue();
        RuleFor(x => x.Travel).NotNull().WithText("Daftar perjalanan wajib diisi (boleh kosong).", "The travel list is required (may be empty).")
            .Must(t => t is null || t.Select(x => x.CentreCode).Distinct(StringComparer.Ordinal).Count() == t.Count)
            .WithText("Setiap pusat pelatihan hanya boleh muncul sekali.", "Each training centre may appear only once.");
        RuleForEach(x => x.Travel).ChildRules(t =>
        {
            t.RuleFor(x => x.CentreCode).Required().MaxChars(50);
            t.RuleFor(x => x.Hours).InclusiveBetween(0m, 72m).WithText("Waktu tempuh harus 0 sampai 72 jam.", "Travel time must be 0 to 72 hours.");
            t.RuleFor(x => x.CostPerParticipant).GreaterThanOrEqualTo(0m).WithText("Biaya tidak boleh negatif.", "Costs must not be negative.");
        });
    }
}

internal sealed class SetRegionReachHandler(IRepository<RegionReach> regions, DomainEventPublisher events) : IRequestHandler<SetRegionReach, Unit>
{
    public async Task<Unit> Handle(SetRegionReach request, CancellationToken cancellationToken)
    {
        var code = request.RegionCode.Trim();
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
