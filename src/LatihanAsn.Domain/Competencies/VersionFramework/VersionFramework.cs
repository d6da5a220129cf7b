using FluentValidation;
using LatihanAsn.Domain.Common;
using MediatR;

namespace LatihanAsn.Domain.Competencies;

/// <summary>
/// Publishes the next version of an existing framework; the current version ends the day before
/// <paramref name="ValidFrom"/>. Returns the new version's identifier.
/// </summary>
/// <param name="Code">The framework code.</param>
/// <param name="Source">The regulation or decision behind the new version.</param>
/// <param name="ValidFrom">First day of the new version; after the current version's first day.</param>
/// <param name="Competencies">The new version's competencies.</param>
public sealed record VersionFramework(string Code, string Source, DateOnly ValidFrom, IReadOnlyList<CompetencyInput> Competencies) : IRequest<FrameworkId>;

internal sealed class VersionFrameworkValidator : AbstractValidator<VersionFramework>
{
    public VersionFrameworkValidator(IReadRepository<CompetencyFramework> frameworks)
    {
        RuleFor(x => x.Code).Required()
            .MustAsync(async (code, ct) => await frameworks.AnyAsync(new FrameworkVersionsSpec(code!.Trim()), ct).ConfigureAwait(false))
            .WithMessage(_ => Messages.Get("Competencies_FrameworkDoesNotExistUseDefineFramework"));
        RuleFor(x => x.Source).Required().MaxChars(500);
        RuleFor(x => x.ValidFrom)
            .MustAsync(async (request, validFrom, ct) =>
            {
                var current = await frameworks.FirstOrDefaultAsync(new FrameworkVersionsSpec(request.Code?.Trim() ?? string.Empty), ct).ConfigureAwait(false);
                return current is null || (current.ValidTo is null && validFrom > current.ValidFrom);
            })
            .WithMessage(_ => Messages.Get("Competencies_NewVersionMustStartAfterCurrent"));
        RuleFor(x => x.Competencies).Required()
            .Must(CompetencyInputValidator.DistinctCodes).WithMessage(_ => Messages.Get("Competencies_CompetencyCodesMustUnique"));
        RuleForEach(x => x.Competencies).SetValidator(new CompetencyInputValidator());
    }
}

internal sealed class VersionFrameworkHandler(IRepository<CompetencyFramework> frameworks, DomainEventPublisher events)
    : IRequestHandler<VersionFramework, FrameworkId>
{
    public async Task<FrameworkId> Handle(VersionFramework request, CancellationToken cancellationToken)
    {
        var current = await frameworks.FirstOrDefaultAsync(new FrameworkVersionsSpec(request.Code.Trim()), cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundInScopeException(Messages.Get("Competencies_Framework"), request.Code);
        var next = current.NextVersion(FrameworkId.New(), request.Source, request.ValidFrom, CompetencyInputValidator.ToDefinitions(request.Competencies));
        await frameworks.AddAsync(next, cancellationToken).ConfigureAwait(false);
        await frameworks.UpdateAsync(current, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync([current, next], cancellationToken).ConfigureAwait(false);
        return next.Id;
    }
}
