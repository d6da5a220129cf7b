using FluentValidation;
using LatihanAsn.Domain.Common;
using MediatR;

namespace LatihanAsn.Domain.Competencies;

/// <summary>
/// Defines version 1 of a competency framework (for example an agency's technical competencies). Frameworks are
/// reference data readable by every caller. Returns the new version's identifier.
/// </summary>
/// <param name="Code">The framework code; not yet used.</param>
/// <param name="Name">The framework name.</param>
/// <param name="Source">The regulation or decision that defines it.</param>
/// <param name="ValidFrom">First day in force.</param>
/// <param name="Competencies">The competencies.</param>
[RequiresCapability(Capabilities.FrameworkManage)]
public sealed record DefineFramework(string Code, string Name, string Source, DateOnly ValidFrom, IReadOnlyList<CompetencyInput> Competencies) : IRequest<FrameworkId>;

internal sealed class DefineFrameworkValidator : AbstractValidator<DefineFramework>
{
    public DefineFrameworkValidator(IReadRepository<CompetencyFramework> frameworks)
    {
        RuleFor(x => x.Code).Required().MaxChars(100)
            .MustAsync(async (code, ct) => !await frameworks.AnyAsync(new FrameworkVersionsSpec(code!.Trim()), ct).ConfigureAwait(false))
            .WithMessage(_ => Messages.Get("Competencies_FrameworkAlreadyExistsUseVersionFramework"));
        RuleFor(x => x.Name).Required().MaxChars(300);
        RuleFor(x => x.Source).Required().MaxChars(500);
        RuleFor(x => x.Competencies).Required()
            .Must(CompetencyInputValidator.DistinctCodes).WithMessage(_ => Messages.Get("Competencies_CompetencyCodesMustUnique"));
        RuleForEach(x => x.Competencies).SetValidator(new CompetencyInputValidator());
    }
}

internal sealed class DefineFrameworkHandler(IRepository<CompetencyFramework> frameworks, DomainEventPublisher events)
    : IRequestHandler<DefineFramework, FrameworkId>
{
    public async Task<FrameworkId> Handle(DefineFramework request, CancellationToken cancellationToken)
    {
        var framework = CompetencyFramework.Define(
            FrameworkId.New(), request.Code, request.Name, request.Source, request.ValidFrom, CompetencyInputValidator.ToDefinitions(request.Competencies));
        await frameworks.AddAsync(framework, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(framework, cancellationToken).ConfigureAwait(false);
        return framework.Id;
    }
}
