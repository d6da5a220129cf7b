using FluentValidation;
using LatihanAsn.Domain.Common;
using MediatR;

namespace LatihanAsn.Domain.Competencies;

/// <summary>
/// Publishes the next version of an existing framework; the current version ends the day before
/// <paramref name="ValidFrom"/>, and both are committed together. An unknown code is not found; a day not after the
/// current version's first day is refused by the framework (<c>domain_rule.framework_version_not_later</c>). Returns
/// the new version's identifier.
/// </summary>
/// <param name="Code">The framework code.</param>
/// <param name="Source">The regulation or decision behind the new version.</param>
/// <param name="ValidFrom">First day of the new version; after the current version's first day.</param>
/// <param name="Competencies">The new version's competencies.</param>
[RequiresCapability(Capabilities.FrameworkManage)]
public sealed record VersionFramework(string Code, string Source, DateOnly ValidFrom, IReadOnlyList<CompetencyInput> Competencies) : IRequest<FrameworkId>;

internal sealed class VersionFrameworkValidator : AbstractValidator<VersionFramework>
{
    public VersionFrameworkValidator()
    {
        RuleFor(x => x.Code).Required().MaxChars(100);
        RuleFor(x => x.Source).Required().MaxChars(500);
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
        var current = await Load.CurrentFrameworkAsync(frameworks, request.Code, cancellationToken).ConfigureAwait(false);
        var next = current.NextVersion(FrameworkId.New(), request.Source, request.ValidFrom, CompetencyInputValidator.ToDefinitions(request.Competencies));
        await frameworks.AddAsync(next, cancellationToken).ConfigureAwait(false);
        await frameworks.UpdateAsync(current, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync([current, next], cancellationToken).ConfigureAwait(false);
        return next.Id;
    }
}
