using FluentValidation;
using LatihanAsn.Domain.Common;
using MediatR;

namespace LatihanAsn.Domain.Competencies;

/// <summary>
/// Defines a position in an OPD (the region is the OPD's). The OPD must be in the caller's scope. Returns the
/// position's identifier. Its competency standard is defined separately with <see cref="DefinePositionStandard"/>.
/// </summary>
/// <param name="Code">The position code; unique across the host's data.</param>
/// <param name="Name">The position name.</param>
/// <param name="Kind">The kind of position.</param>
/// <param name="Grade">The functional grade: required for functional positions, refused otherwise.</param>
/// <param name="OpdCode">The OPD.</param>
/// <param name="Profile">The SKJ identity and requirements, if known.</param>
[RequiresCapability(Capabilities.OrganisationManage)]
public sealed record DefinePosition(string Code, string Name, PositionKind Kind, FunctionalGrade? Grade, string OpdCode, PositionProfile? Profile = null) : IRequest<PositionId>;

internal sealed class DefinePositionValidator : AbstractValidator<DefinePosition>
{
    public DefinePositionValidator(IReadRepository<Position> positions)
    {
        RuleFor(x => x.Code).Required().MaxChars(50)
            .MustAsync(async (code, ct) => !await positions.AnyAsync(new PositionWithCodeSpec(code!.Trim()), ct).ConfigureAwait(false))
            .WithMessage(_ => Messages.Get("Competencies_PositionCodeAlreadyInUse"));
        RuleFor(x => x.Name).Required().MaxChars(300);
        RuleFor(x => x.Kind).KnownValue();
        RuleFor(x => x.Grade).NotNull().When(x => x.Kind == PositionKind.Fungsional)
            .WithMessage(_ => Messages.Get("Competencies_FunctionalPositionNeedsGrade"));
        RuleFor(x => x.Grade).Null().When(x => x.Kind != PositionKind.Fungsional)
            .WithMessage(_ => Messages.Get("Competencies_OnlyFunctionalPositionsHaveGrade"));
        RuleFor(x => x.Grade!.Value).IsInEnum().When(x => x.Grade.HasValue)
            .WithMessage(_ => Messages.Get("Competencies_UnknownGrade"));
        RuleFor(x => x.OpdCode).Required().MaxChars(50);
    }
}

internal sealed class DefinePositionHandler(IRepository<Position> positions, IReadRepository<Opd> opds, ICallerScopeAccessor scope, DomainEventPublisher events)
    : IRequestHandler<DefinePosition, PositionId>
{
    public async Task<PositionId> Handle(DefinePosition request, CancellationToken cancellationToken)
    {
        var opd = await Load.OpdAsync(opds, scope.Current, request.OpdCode, cancellationToken).ConfigureAwait(false);
        var position = Position.Define(PositionId.New(), request.Code, request.Name, request.Kind, request.Grade, opd.OpdCode, opd.RegionCode, request.Profile);
        await positions.AddAsync(position, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(position, cancellationToken).ConfigureAwait(false);
        return position.Id;
    }
}
