using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.FollowUp;
using LatihanAsn.Domain.Programs;
using LatihanAsn.Domain.Reference;
using LatihanAsn.Lampung.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LatihanAsn.Lampung.Seeding;

/// <summary>The evaluation design a demo run gets: what is measured, and how the simulated evaluation turns out.</summary>
internal enum DemoCourse
{
    /// <summary>A public-service run (PLY-01 or PLY-02): evaluated at every level, with the complaint KPIs and SKM of the units whose staff took part.</summary>
    PublicService,

    /// <summary>A communication run (KOM-01).</summary>
    Communication,

    /// <summary>An office IT run (TIK-01): weaker learning and no return.</summary>
    OfficeIt,
}

/// <summary>
/// A completed run of the approved plan that the demo evaluates, as the follow-up step held it: its identifier, plan
/// line, course, dates, JP and budget; the participants (indexes in the plan's employees: the enrolments that ended
/// <c>Completed</c> or <c>NotCompleted</c>), those absent throughout (no JP attended) and the final test scores; for a
/// public-service run, the service units whose results it is meant to improve and the unit they are compared with.
/// <paramref name="StandIn"/> says that no run of the design's own course could be evaluated and this one stands in.
/// </summary>
internal sealed record DemoRun(
    CourseRunId Id,
    DemoCourse Course,
    int Line,
    string CourseCode,
    string Title,
    DeliveryMode Mode,
    string Place,
    string Organiser,
    string OpdCode,
    DateOnly Start,
    DateOnly End,
    decimal Jp,
    decimal Budget,
    bool StandIn,
    IReadOnlyList<int> Participants,
    IReadOnlySet<int> Absent,
    IReadOnlyDictionary<int, decimal> TestScores,
    IReadOnlyList<string> Units,
    string? ComparisonUnit);

/// <summary>
/// Chooses the runs the demo's evaluation step evaluates: three completed runs of the approved plan, read from the
/// database (<c>CourseRuns</c>), one per <see cref="DemoCourse"/>. A run qualifies when it ended early enough for its
/// follow-up measurements (90 days after, and for public service three months of KPIs from then) to fall on or before
/// the report day, and has at least <see cref="MinimumParticipants"/> participants, two of them present. Each design
/// takes, in this order, a run of its own course, a run of a related course, then any run left: among those, the one
/// with the most participants, ties by plan line. Deterministic: the library's identifiers are new on every run, so
/// nothing is ordered by them.
/// </summary>
internal static class DemoRuns
{
    /// <summary>The evaluator: the plan's owner, who holds the evaluation plans.</summary>
    public const string Organiser = "BPSDM Provinsi Lampung";

    /// <summary>The fewest participants a run needs to be evaluated.</summary>
    public const int MinimumParticipants = 6;

    /// <summary>The fewest participants present a run needs to be evaluated (a gain and its t need two pairs).</summary>
    public const int MinimumPresent = 2;

    /// <summary>The kinds of OPD that serve the public directly (and survey their users' satisfaction, SKM).</summary>
    public static readonly string[] ServiceKinds = ["DPMPTSP", "DINKES", "DINSOS", "DISHUB", "DISDIKBUD"];

    /// <summary>How many units the public-service run is meant to improve.</summary>
    public const int TrainedUnits = 2;

    /// <summary>Each design's own courses, then related courses; after those, any completed run.</summary>
    private static readonly (DemoCourse Course, string[] Own, string[] Related)[] Designs =
    [
        (DemoCourse.PublicService, ["PLY-01", "PLY-02"], []),
        (DemoCourse.Communication, ["KOM-01"], ["KOM-02", "KER-01"]),
        (DemoCourse.OfficeIt, ["TIK-01"], []),
    ];

    /// <summary>The courses of the public-service design.</summary>
    public static IReadOnlyList<string> PublicServiceCourses => Designs[0].Own;

    /// <summary>The courses a design evaluates first.</summary>
    public static IReadOnlyList<string> OwnCourses(DemoCourse course) => Designs.Single(d => d.Course == course).Own;

    /// <summary>Reads the completed runs of the year's approved plan and chooses the runs to evaluate, in design order.</summary>
    public static IReadOnlyList<DemoRun> Select(HostDatabase database, DemoPlan plan, SeedResult seeded, int year, DateOnly reportDay)
    {
        var index = new Dictionary<EmployeeId, int>();
        for (var i = 0; i < seeded.EmployeeIds.Count; i++)
        {
            index[seeded.EmployeeIds[i]] = i;
        }

        List<CourseRun> held;
        Dictionary<int, decimal> budgets;
        using (var context = database.CreateContext())
        {
            var approved = context.Set<TrainingPlan>().AsNoTracking().SingleOrDefault(p => p.Year == year && p.Status == PlanStatus.Approved);
            if (approved is null)
            {
                return [];
            }

            budgets = approved.Lines.ToDictionary(l => l.Number, l => l.Budget);
            held = context.Set<CourseRun>().AsNoTracking().Where(r => r.PlanId == approved.Id && r.Status == RunStatus.Completed).ToList();
        }

        var candidates = held.Select(r => Candidate.Of(r, index)).OrderBy(c => c.Run.LineNumber).ToArray();
        var chosen = new Dictionary<DemoCourse, (Candidate Run, int Tier)>();
        for (var tier = 0; tier < 3; tier++)
        {
            foreach (var (course, own, related) in Designs)
            {
                if (chosen.ContainsKey(course))
                {
                    continue;
                }

                var best = candidates
                    .Where(c => !chosen.Values.Any(x => ReferenceEquals(x.Run, c)))
                    .Where(c => tier switch { 0 => own.Contains(c.Run.CourseCode), 1 => related.Contains(c.Run.CourseCode), _ => true })
                    .Where(c => c.Participants.Length >= MinimumParticipants && c.Participants.Length - c.Absent.Count >= MinimumPresent)
                    .Where(c => EvaluationGenerator.LastRecordDay(course, c.Run.End) <= reportDay)
                    .OrderByDescending(c => c.Participants.Length)
                    .ThenBy(c => c.Run.LineNumber)
                    .FirstOrDefault();
                if (best is not null)
                {
                    chosen[course] = (best, tier);
                }
            }
        }

        // The OPDs whose staff took part in a public-service run this year: a comparison unit is preferably none of them.
        var publicService = candidates.Where(c => PublicServiceCourses.Contains(c.Run.CourseCode)).SelectMany(c => c.Participants).Select(p => OpdOf(plan, p)).ToHashSet(StringComparer.Ordinal);
        return Designs
            .Where(d => chosen.ContainsKey(d.Course))
            .Select(d =>
            {
                var (c, tier) = chosen[d.Course];
                var r = c.Run;
                var (units, comparison) = d.Course == DemoCourse.PublicService ? Units(plan, c.Participants, publicService) : ([], null);
                return new DemoRun(
                    r.Id, d.Course, r.LineNumber, r.CourseCode, r.Title, r.Mode, r.Place, r.Organiser, r.OpdCode, r.Start, r.End, r.Jp,
                    budgets.GetValueOrDefault(r.LineNumber), tier > 0, c.Participants, c.Absent, c.Scores, units, comparison);
            })
            .ToArray();
    }

    /// <summary>
    /// The units a public-service run is meant to improve: the <see cref="TrainedUnits"/> service OPDs with the most
    /// participants (ties by OPD code), topped up with other OPDs of the run if it has fewer; and the comparison unit:
    /// an OPD of the first unit's kind without participants in the run, preferably at the same level (province or
    /// regency) and without staff in any public-service run of the year, ties by OPD code.
    /// </summary>
    public static (IReadOnlyList<string> Units, string? Comparison) Units(DemoPlan plan, IReadOnlyList<int> participants, IReadOnlySet<string> trainedThisYear)
    {
        var byOpd = participants.GroupBy(p => OpdOf(plan, p))
            .Select(g => (Opd: g.Key, Count: g.Count()))
            .OrderBy(x => ServiceKinds.Contains(KindOf(x.Opd)) ? 0 : 1)
            .ThenByDescending(x => x.Count)
            .ThenBy(x => x.Opd, StringComparer.Ordinal)
            .ToArray();
        var units = byOpd.Take(TrainedUnits).Select(x => x.Opd).ToArray();
        if (units.Length == 0)
        {
            return ([], null);
        }

        var inRun = byOpd.Select(x => x.Opd).ToHashSet(StringComparer.Ordinal);
        var first = units[0];
        var comparison = plan.Opds
            .Select(o => o.Code)
            .Where(code => KindOf(code) == KindOf(first) && !inRun.Contains(code))
            .OrderBy(code => IsProvincial(code) == IsProvincial(first) ? 0 : 1)
            .ThenBy(code => trainedThisYear.Contains(code) ? 1 : 0)
            .ThenBy(code => code, StringComparer.Ordinal)
            .FirstOrDefault();
        return (units, comparison);
    }

    /// <summary>A unit's short name: its kind and place, for example <c>DPMPTSP Kabupaten Lampung Selatan</c> or <c>DINKES Provinsi Lampung</c>.</summary>
    public static string UnitName(string opdCode)
    {
        if (IsProvincial(opdCode))
        {
            return $"{KindOf(opdCode)} Provinsi Lampung";
        }

        return opdCode.Length > 4 && LampungRegions.Find(opdCode[..4]) is { } region ? $"{KindOf(opdCode)} {LampungCatalogue.RegionTitle(region)}" : opdCode;
    }

    /// <summary>The kind of an OPD: its code after the region, for example <c>DINKES</c>.</summary>
    public static string KindOf(string opdCode) => opdCode[(opdCode.IndexOf('-', StringComparison.Ordinal) + 1)..];

    private static bool IsProvincial(string opdCode) => opdCode.StartsWith(LampungCatalogue.ProvincePrefix + "-", StringComparison.Ordinal);

    private static string OpdOf(DemoPlan plan, int employee) => plan.Positions[plan.Employees[employee].Position].OpdCode;

    /// <summary>A completed run with its participants as plan indexes (ascending), those absent throughout and the final test scores.</summary>
    private sealed record Candidate(CourseRun Run, int[] Participants, IReadOnlySet<int> Absent, IReadOnlyDictionary<int, decimal> Scores)
    {
        public static Candidate Of(CourseRun run, IReadOnlyDictionary<EmployeeId, int> index)
        {
            var took = run.Enrolments
                .Where(e => e.Status is EnrolmentStatus.Completed or EnrolmentStatus.NotCompleted && index.ContainsKey(e.Employee))
                .Select(e => (Index: index[e.Employee], e.AttendedJp, e.TestScore))
                .OrderBy(e => e.Index)
                .ToArray();
            return new Candidate(
                run,
                took.Select(e => e.Index).ToArray(),
                took.Where(e => e.AttendedJp <= 0m).Select(e => e.Index).ToHashSet(),
                took.Where(e => e.TestScore is not null).ToDictionary(e => e.Index, e => e.TestScore!.Value));
        }
    }
}
