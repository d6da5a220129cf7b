using FluentValidation;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using MediatR;

namespace LatihanAsn.Domain.FollowUp;

/// <summary>Which certificates to list.</summary>
public enum CertificateFilter
{
    /// <summary>Every certificate.</summary>
    All = 0,

    /// <summary>Valid ones, including those expiring soon.</summary>
    Valid = 1,

    /// <summary>Valid ones expiring within the given days.</summary>
    Expiring = 2,

    /// <summary>Expired ones that were not renewed.</summary>
    Expired = 3,
}

/// <summary>A certificate with its standing on a day.</summary>
/// <param name="CertificateId">The certificate.</param>
/// <param name="Employee">The holder.</param>
/// <param name="CourseCode">The course.</param>
/// <param name="CourseTitle">Its title.</param>
/// <param name="IssuedOn">The issue day.</param>
/// <param name="ValidUntil">Its last valid day, if it expires.</param>
/// <param name="Standing">Its standing.</param>
/// <param name="DaysLeft">Days until it expires (negative when expired), if it expires.</param>
public sealed record CertificateView(CertificateId CertificateId, EmployeeId Employee, string CourseCode, string CourseTitle, DateOnly IssuedOn, DateOnly? ValidUntil, CertificateStanding Standing, int? DaysLeft);

/// <summary>Lists certificates in the caller's scope: valid, expiring within some days, or expired (not renewed).</summary>
/// <param name="Filter">Which.</param>
/// <param name="AsOf">The day (default: today).</param>
/// <param name="WithinDays">For <see cref="CertificateFilter.Expiring"/>: the horizon (default: the rule set's, 60 days).</param>
/// <param name="Employee">Only this employee's, if given.</param>
[RequiresCapability(Capabilities.FollowUpManage, Capabilities.PopulationRead)]
public sealed record GetCertificates(CertificateFilter Filter = CertificateFilter.All, DateOnly? AsOf = null, int? WithinDays = null, EmployeeId? Employee = null) : IRequest<IReadOnlyList<CertificateView>>;

internal sealed class GetCertificatesValidator : AbstractValidator<GetCertificates>
{
    public GetCertificatesValidator()
    {
        RuleFor(x => x.Filter).KnownValue();
        RuleFor(x => x.WithinDays).InclusiveBetween(0, 3650).When(x => x.WithinDays.HasValue)
            .WithMessage(_ => Messages.Get("FollowUp_HorizonMust0To3650"));
    }
}

internal sealed class GetCertificatesHandler(IReadRepository<Certificate> certificates, ICallerScopeAccessor scope, RuleSetRegistry rules, TimeProvider time)
    : IRequestHandler<GetCertificates, IReadOnlyList<CertificateView>>
{
    public async Task<IReadOnlyList<CertificateView>> Handle(GetCertificates request, CancellationToken cancellationToken)
    {
        var asOf = request.AsOf ?? time.Today();
        var horizon = request.WithinDays ?? rules.InForce<FollowUpRuleSet>(asOf).CertificateHorizonDays;
        IReadOnlyList<CertificateView> views = (await certificates.ListAsync(new CertificatesSpec(scope.Current, request.Employee).ReadOnly(), cancellationToken).ConfigureAwait(false))
            .Select(c => new CertificateView(c.Id, c.EmployeeId, c.CourseCode, c.CourseTitle, c.IssuedOn, c.ValidUntil, c.StandingOn(asOf, horizon), c.ValidUntil is { } until ? until.DayNumber - asOf.DayNumber : null))
            .Where(v => request.Filter switch
            {
                CertificateFilter.Valid => v.Standing is CertificateStanding.Valid or CertificateStanding.Expiring,
                CertificateFilter.Expiring => v.Standing == CertificateStanding.Expiring,
                CertificateFilter.Expired => v.Standing == CertificateStanding.Expired,
                _ => true,
            })
            .ToArray();
        return views;
    }
}
