using Ardalis.GuardClauses;
using LatihanAsn.Domain.Common;

namespace LatihanAsn.Domain.FollowUp;

/// <summary>
/// The thresholds of follow-up: the attendance share a run requires when its course sets none, how far ahead a
/// certificate counts as expiring, from which month employees below the JP entitlement are flagged, and how many
/// mentees a mentor takes. A library convention (the 90 % attendance is common training practice, unverified).
/// </summary>
public sealed class FollowUpRuleSet : IRuleSet
{
    /// <summary>Initialises the rule set.</summary>
    /// <param name="info">Identity, source and validity.</param>
    /// <param name="minimumAttendanceShare">Attendance share required by default, 0-1.</param>
    /// <param name="certificateHorizonDays">Days ahead a certificate counts as expiring.</param>
    /// <param name="entitlementWarningMonth">From this month (1-12), employees below the entitlement are due for attention.</param>
    /// <param name="mentorLoadLimit">The most active mentees per mentor.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value out of range.</exception>
    public FollowUpRuleSet(RuleSetInfo info, decimal minimumAttendanceShare, int certificateHorizonDays, int entitlementWarningMonth, int mentorLoadLimit)
    {
        Info = Guard.Against.Null(info);
        MinimumAttendanceShare = Guard.Against.OutOfRange(minimumAttendanceShare, nameof(minimumAttendanceShare), 0m, 1m);
        CertificateHorizonDays = Guard.Against.OutOfRange(certificateHorizonDays, nameof(certificateHorizonDays), 0, 3650);
        EntitlementWarningMonth = Guard.Against.OutOfRange(entitlementWarningMonth, nameof(entitlementWarningMonth), 1, 12);
        MentorLoadLimit = Guard.Against.OutOfRange(mentorLoadLimit, nameof(mentorLoadLimit), 1, 100);
    }

    /// <summary>Gets the default: 90 % attendance; certificates expiring within 60 days; JP warnings from October; three mentees per mentor.</summary>
    public static FollowUpRuleSet Default { get; } = new(
        new RuleSetInfo("follow-up/default", "1", "Konvensi LatihanAsn: kehadiran 90 % JP, sertifikat 60 hari, peringatan 20 JP mulai Oktober, 3 mentee per mentor", new DateOnly(2000, 1, 1), null, SourceCertainty.Unverified),
        0.9m,
        60,
        10,
        3);

    /// <inheritdoc />
    public RuleSetInfo Info { get; }

    /// <summary>Gets the attendance share required by default.</summary>
    public decimal MinimumAttendanceShare { get; }

    /// <summary>Gets the days ahead a certificate counts as expiring.</summary>
    public int CertificateHorizonDays { get; }

    /// <summary>Gets the month from which employees below the entitlement are due for attention.</summary>
    public int EntitlementWarningMonth { get; }

    /// <summary>Gets the most active mentees per mentor.</summary>
    public int MentorLoadLimit { get; }
}
