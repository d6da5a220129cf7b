using FluentValidation;
using LatihanAsn.Domain.Common;
using MediatR;

namespace LatihanAsn.Domain.Competencies;

/// <summary>Registers an OPD in a region. The caller's scope must cover it. Returns the OPD's identifier.</summary>
/// <param name="OpdCode">The OPD code; unique across the host's data.</param>
/// <param name="Name">The OPD name, for example <c>Dinas Komunikasi dan Informatika</c>.</param>
/// <param name="RegionCode">The region the OPD is located in.</param>
[RequiresCapability(Capabilities.OrganisationManage)]
public sealed record RegisterOpd(string OpdCode, string Name, string RegionCode) : IRequest<OpdId>;

internal sealed class RegisterOpdValidator : AbstractValidator<RegisterOpd>
{
    public RegisterOpdValidator(IReadRepository<Opd> opds)
    {
        RuleFor(x => x.OpdCode).Required().MaxChars(50)
            .MustAsync(async (code, ct) => !await opds.AnyAsync(new OpdWithCodeSpec(code!.Trim()), ct).ConfigureAwait(false))
            .WithMessage(_ => Messages.Get("Competencies_OPDCodeAlreadyInUse"));
        RuleFor(x => x.Name).Required().MaxChars(300);
        RuleFor(x => x.RegionCode).Required().MaxChars(20);
    }
}

internal sealed class RegisterOpdHandler(IRepository<Opd> opds, ICallerScopeAccessor scope, DomainEventPublisher events)
    : IRequestHandler<RegisterOpd, OpdId>
{
    public async Task<OpdId> Handle(RegisterOpd request, CancellationToken cancellationToken)
    {
        scope.Current.EnsureCovers(request.RegionCode.Trim(), request.OpdCode.Trim(), $"OPD {request.OpdCode}");
        var opd = Opd.Register(OpdId.New(), request.OpdCode, request.Name, request.RegionCode);
        await opds.AddAsync(opd, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(opd, cancellationToken).ConfigureAwait(false);
        return opd.Id;
    }
}
