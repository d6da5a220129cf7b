using Ardalis.GuardClauses;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.Programs;

namespace LatihanAsn.Domain.FollowUp;

/// <summary>A certificate's standing on a day.</summary>
public enum CertificateStanding
{
    /// <summary>Valid, and not close to expiring.</summary>
    Valid = 0,

    /// <summary>Valid, but expiring within the horizon asked about.</summary>
    Expiring = 1,

    /// <summary>Past its validity.</summary>
    Expired = 2,

    /// <summary>Replaced by a newer certificate for the same course.</summary>
    Renewed = 3,
}

/// <summary>
/// A certificate issued on completing a course that grants one, with its validity. Completing the same course again
/// (recertification) issues a new certificate and marks this one renewed.
/// </summary>
public sealed class Certificate : AggregateRoot<CertificateId>, IScoped
{
    private Certificate()
    {
        CourseCode = CourseTitle = RegionCode = OpdCode = string.Empty;
    }

    /// <summary>Gets the holder.</summary>
    public EmployeeId EmployeeId { get; private set; }

    /// <summary>Gets the course.</summary>
    public CourseId CourseId { get; private set; }

    /// <summary>Gets the course code.</summary>
    public string CourseCode { get; private set; }

    /// <summary>Gets the course title.</summary>
    public string CourseTitle { get; private set; }

    /// <summary>Gets the run completed.</summary>
    public CourseRunId RunId { get; private set; }

    /// <summary>Gets the issue day.</summary>
    public DateOnly IssuedOn { get; private set; }

    /// <summary>Gets the last valid day, or <see langword="null"/> when it does not expire.</summary>
    public DateOnly? ValidUntil { get; private set; }

    /// <summary>Gets the certificate that renewed it, if any.</summary>
    public CertificateId? RenewedBy { get; private set; }

    /// <summary>Gets the holder's region.</summary>
    public string RegionCode { get; private set; }

    /// <summary>Gets the holder's OPD.</summary>
    public string OpdCode { get; private set; }

    /// <summary>Issues a certificate.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="employee">The holder.</param>
    /// <param name="run">The completed run.</param>
    /// <param name="issuedOn">The issue day.</param>
    /// <returns>The certificate, with a <see cref="CertificateIssued"/> event pending.</returns>
    /// <exception cref="DomainRuleException">The run grants no certificate (<c>course_grants_no_certificate</c>).</exception>
    public static Certificate Issue(CertificateId id, Employee employee, CourseRun run, DateOnly issuedOn)
    {
        Guard.Against.Default(id.Value);
        Guard.Against.Null(employee);
        Guard.Against.Null(run);
        if (!run.Terms.GrantsCertificate)
        {
            throw new DomainRuleException("course_grants_no_certificate", Messages.Get("FollowUp_CourseGrantsNoCertificate", run.CourseCode));
        }

        var certificate = new Certificate
        {
            Id = id,
            EmployeeId = employee.Id,
            CourseId = run.CourseId,
            CourseCode = run.CourseCode,
            CourseTitle = run.Title,
            RunId = run.Id,
            IssuedOn = issuedOn,
            ValidUntil = run.Terms.CertificateValidityMonths is { } months ? issuedOn.AddMonths(months).AddDays(-1) : null,
            RegionCode = employee.RegionCode,
            OpdCode = employee.OpdCode,
        };
        certificate.Raise(new CertificateIssued(id, employee.Id, run.CourseCode, certificate.ValidUntil));
        return certificate;
    }

    /// <summary>Marks the certificate renewed by a newer one for the same course.</summary>
    /// <param name="newer">The newer certificate.</param>
    /// <exception cref="DomainRuleException">Already renewed (<c>certificate_already_renewed</c>), or renewed by itself (<c>certificate_renews_itself</c>).</exception>
    public void RenewWith(CertificateId newer)
    {
        Guard.Against.Default(newer.Value);
        if (RenewedBy is not null)
        {
            throw new DomainRuleException("certificate_already_renewed", Messages.Get("FollowUp_CertificateAlreadyRenewed"));
        }

        if (newer == Id)
        {
            throw new DomainRuleException("certificate_renews_itself", Messages.Get("FollowUp_CertificateCannotRenewItself"));
        }

        RenewedBy = newer;
        Raise(new CertificateRenewed(Id, newer));
    }

    /// <summary>Returns the certificate's standing on a day.</summary>
    /// <param name="day">The day.</param>
    /// <param name="horizonDays">How many days ahead counts as expiring.</param>
    /// <returns>The standing.</returns>
    public CertificateStanding StandingOn(DateOnly day, int horizonDays) =>
        RenewedBy is not null ? CertificateStanding.Renewed
        : ValidUntil is not { } until ? CertificateStanding.Valid
        : day > until ? CertificateStanding.Expired
        : until.DayNumber - day.DayNumber <= horizonDays ? CertificateStanding.Expiring
        : CertificateStanding.Valid;
}
