using System.Text.RegularExpressions;
using Ardalis.GuardClauses;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;

namespace LatihanAsn.Domain.NeedsAnalysis;

/// <summary>A topic an employee proposed ("what training do you need?").</summary>
/// <param name="Respondent">Who proposed it.</param>
/// <param name="UnitCode">The proposer's unit (OPD), for the spread.</param>
/// <param name="Text">The topic in the proposer's words.</param>
/// <param name="Competency">The competency the proposer linked it to, if any.</param>
public sealed record Proposal(string Respondent, string UnitCode, string Text, CompetencyCode? Competency = null);

/// <summary>A proposed topic with how often and how widely it was proposed.</summary>
/// <param name="Topic">The topic as most proposers wrote it.</param>
/// <param name="Frequency">How many distinct respondents proposed it.</param>
/// <param name="Spread">How many distinct units they come from.</param>
/// <param name="Competency">The competency most of them linked it to, if any.</param>
/// <param name="Rank">Competition rank ("1224") by frequency, then spread.</param>
public sealed record RankedProposal(string Topic, int Frequency, int Spread, CompetencyCode? Competency, int Rank);

/// <summary>
/// The employees' own proposals (the seed insists that ASN take part in designing their training), ranked by how many
/// respondents proposed a topic and then by how many units they come from. Topics are the same when their text is the
/// same ignoring case, leading/trailing space and repeated spaces; a respondent proposing a topic twice counts once.
/// The displayed text is the most common spelling (ties: ordinal order). Pure and thread-safe.
/// </summary>
public static class ProposalRule
{
    private static readonly Regex Spaces = new(@"\s+", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>Ranks the proposals.</summary>
    /// <param name="proposals">The proposals.</param>
    /// <returns>The topics, highest rank first, ties by topic (ordinal).</returns>
    public static IReadOnlyList<RankedProposal> Rank(IEnumerable<Proposal> proposals)
    {
        var groups = Guard.Against.Null(proposals)
            .Where(p => !string.IsNullOrWhiteSpace(p.Text))
            .GroupBy(p => Normalise(p.Text), StringComparer.Ordinal)
            .Select(g =>
            {
                var topic = g.GroupBy(p => Spaces.Replace(p.Text.Trim(), " "), StringComparer.Ordinal)
                    .OrderByDescending(s => s.Count()).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key;
                var competency = g.Where(p => p.Competency is not null).GroupBy(p => p.Competency!.Value)
                    .OrderByDescending(c => c.Count()).ThenBy(c => c.Key).Select(c => (CompetencyCode?)c.Key).FirstOrDefault();
                return (Topic: topic,
                    Frequency: g.Select(p => p.Respondent).Distinct(StringComparer.Ordinal).Count(),
                    Spread: g.Select(p => p.UnitCode).Distinct(StringComparer.Ordinal).Count(),
                    Competency: competency);
            })
            .ToList();
        var ranks = CompetitionRanking.Descending(groups.Select(g => (g.Frequency, g.Spread)).Select(k => new FrequencyKey(k.Frequency, k.Spread)).ToList());
        return groups
            .Select((g, i) => new RankedProposal(g.Topic, g.Frequency, g.Spread, g.Competency, ranks[i]))
            .OrderBy(p => p.Rank)
            .ThenBy(p => p.Topic, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>The key two proposals share when they are the same topic.</summary>
    /// <param name="text">The topic text.</param>
    /// <returns>The normalised text.</returns>
    public static string Normalise(string text) => Spaces.Replace(Guard.Against.Null(text).Trim(), " ").ToLowerInvariant();

    private readonly record struct FrequencyKey(int Frequency, int Spread) : IComparable<FrequencyKey>
    {
        public int CompareTo(FrequencyKey other) =>
            Frequency != other.Frequency ? Frequency.CompareTo(other.Frequency) : Spread.CompareTo(other.Spread);
    }
}
