using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.NeedsAnalysis;
using LatihanAsn.Domain.Programs;
using LatihanAsn.Lampung.Json;

namespace LatihanAsn.Lampung.Commands;

/// <summary>
/// A composition problem read from a self-contained JSON file (<c>examples/compose.schema.json</c> describes it), with
/// the names the file gave its employees and courses. The library's identifiers are made from the file's order, so
/// the same file always gives the same problem and the same plan.
/// </summary>
internal sealed record ComposeInput(CompositionProblem Problem, IReadOnlyDictionary<EmployeeId, string> EmployeeNames)
{
    private static readonly string[] RootProperties =
        ["$schema", "year", "budget", "entitlementJp", "notBefore", "employees", "needs", "courses", "regions", "calendar", "policy"];

    private static readonly IReadOnlyDictionary<string, DeliveryMode> Modes = JsonValue.Names<DeliveryMode>();
    private static readonly IReadOnlyDictionary<string, LearningForm> Forms = JsonValue.Names<LearningForm>();
    private static readonly IReadOnlyDictionary<string, OrganiserKind> Organisers = JsonValue.Names<OrganiserKind>();
    private static readonly IReadOnlyDictionary<string, Connectivity> Connectivities = JsonValue.Names<Connectivity>();
    private static readonly IReadOnlyDictionary<string, DayOfWeek> Days = JsonValue.Names<DayOfWeek>();

    /// <summary>Reads and checks a file: every value is checked before the problem is built.</summary>
    /// <exception cref="InputException">The file is missing or unreadable.</exception>
    /// <exception cref="JsonInputException">The file is not valid JSON, or a value is missing, of the wrong type or out of range.</exception>
    public static ComposeInput Read(string path) => From(JsonValue.Load(path));

    /// <summary>Builds the problem from parsed JSON.</summary>
    /// <exception cref="JsonInputException">A value is missing, of the wrong type or out of range.</exception>
    public static ComposeInput From(JsonValue json)
    {
        var root = json.Object(RootProperties);
        var year = root.Required("year").Integer(2000, 9999);
        var budget = root.Required("budget").Number(0m, 1_000_000_000_000_000m);
        var entitlement = root.Optional("entitlementJp")?.Number(0.5m, 2000m) ?? 20m;
        var notBefore = root.Optional("notBefore")?.Date();
        var regions = Regions(root.Optional("regions"));
        var courses = Courses(root.Optional("courses"));
        var (employees, names) = Employees(root.Required("employees"), courses);
        var needs = Needs(root.Optional("needs"), employees, names);
        var calendar = Calendar(root.Optional("calendar"));
        var policy = Policy(root.Optional("policy"));
        return new ComposeInput(
            new CompositionProblem(year, budget, employees, needs, courses.Select(c => c.Course).ToArray(), regions, calendar, policy, entitlement, notBefore),
            names);
    }

    private sealed record ParsedCourse(Course Course, JsonValue Source);

    private static List<RegionReach> Regions(JsonValue? json)
    {
        var regions = new List<RegionReach>();
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in json?.Array() ?? [])
        {
            var region = item.Object("code", "name", "connectivity", "travel");
            var codeValue = region.Required("code");
            var code = codeValue.String();
            if (!codes.TryAdd(code, item.Path))
            {
                throw codeValue.Error(Text.Pick($"wilayah '{code}' sudah ada di {codes[code]}.", $"region '{code}' is already at {codes[code]}."));
            }

            var travel = new List<TravelLink>();
            var centres = new HashSet<string>(StringComparer.Ordinal);
            foreach (var t in region.Optional("travel")?.Array() ?? [])
            {
                var trip = t.Object("centre", "hours", "costPerParticipant");
                var centreValue = trip.Required("centre");
                var centre = centreValue.String();
                if (!centres.Add(centre))
                {
                    throw centreValue.Error(Text.Pick($"pusat pelatihan '{centre}' muncul dua kali.", $"training centre '{centre}' appears twice."));
                }

                travel.Add(new TravelLink(centre, trip.Required("hours").Number(0m, 100m), trip.Optional("costPerParticipant")?.Number(0m, 1_000_000_000m) ?? 0m));
            }

            var reach = RegionReach.Define(code, region.Optional("name")?.String() ?? code, region.Required("connectivity").Choice(Connectivities), travel);
            reach.ClearDomainEvents();
            regions.Add(reach);
        }

        return regions;
    }

    private static List<ParsedCourse> Courses(JsonValue? json)
    {
        var items = json?.Array() ?? [];

        // Codes first, so that a prerequisite may name a course further down the list.
        var ids = new Dictionary<string, (CourseId Id, string Path, int Index)>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var codeValue = items[i].Object().Required("code");
            var code = codeValue.String();
            if (!ids.TryAdd(code, (new CourseId(new Guid(0x4c415449, 0x0001, 0, BitConverter.GetBytes((long)i + 1))), items[i].Path, i)))
            {
                throw codeValue.Error(Text.Pick($"kursus '{code}' sudah ada di {ids[code].Path}.", $"course '{code}' is already at {ids[code].Path}."));
            }
        }

        var courses = new List<ParsedCourse>();
        var prerequisiteCourses = new List<(int Course, int Prerequisite, JsonValue Source)>();
        foreach (var item in items)
        {
            var course = item.Object("code", "title", "organiser", "organiserName", "jp", "accreditation", "develops", "prerequisites", "offerings");
            var code = course.Required("code").String();
            var organiser = course.Optional("organiser")?.Choice(Organisers) ?? OrganiserKind.Bpsdm;
            var develops = Develops(course.Required("develops"));
            var prerequisites = new List<Prerequisite>();
            foreach (var p in course.Optional("prerequisites")?.Array() ?? [])
            {
                var prerequisite = p.Object("course", "competency", "minimumLevel");
                if (prerequisite.Optional("course") is { } other)
                {
                    if (prerequisite.Optional("competency") is not null || prerequisite.Optional("minimumLevel") is not null)
                    {
                        throw p.Error(Text.Pick("prasyarat berupa kursus, atau kompetensi dengan tingkat minimum, bukan keduanya.", "a prerequisite is a course, or a competency with a minimum level, not both."));
                    }

                    var otherCode = other.String();
                    if (!ids.TryGetValue(otherCode, out var found))
                    {
                        throw other.Error(Text.Pick($"kursus '{otherCode}' tidak ada di 'courses'.", $"course '{otherCode}' is not in 'courses'."));
                    }

                    if (otherCode == code)
                    {
                        throw other.Error(Text.Pick("kursus tidak boleh menjadi prasyarat dirinya sendiri.", "a course cannot be its own prerequisite."));
                    }

                    prerequisiteCourses.Add((courses.Count, found.Index, other));
                    prerequisites.Add(new Prerequisite(found.Id));
                }
                else
                {
                    prerequisites.Add(new Prerequisite(
                        Competency: Competency(prerequisite.Required("competency")),
                        MinimumLevel: ProficiencyLevel.From(prerequisite.Required("minimumLevel").Integer(1, 5))));
                }
            }

            var offerings = Offerings(course.Required("offerings"));
            var created = Course.Define(
                ids[code].Id,
                code,
                course.Required("title").String(),
                organiser,
                course.Optional("organiserName")?.String() ?? organiser.ToString(),
                course.Required("jp").Number(0.5m, 2000m),
                course.Optional("accreditation")?.String(),
                develops,
                prerequisites,
                offerings);
            created.ClearDomainEvents();
            courses.Add(new ParsedCourse(created, item));
        }

        RefuseCycles(courses, prerequisiteCourses);
        return courses;
    }

    /// <summary>Course prerequisites must not form a cycle (the library would refuse the whole problem).</summary>
    private static void RefuseCycles(List<ParsedCourse> courses, List<(int Course, int Prerequisite, JsonValue Source)> edges)
    {
        var state = new int[courses.Count];
        void Visit(int course)
        {
            state[course] = 1;
            foreach (var edge in edges.Where(e => e.Course == course))
            {
                if (state[edge.Prerequisite] == 1)
                {
                    throw edge.Source.Error(Text.Pick(
                        $"prasyarat kursus membentuk lingkaran ({courses[edge.Course].Course.Code} dan {courses[edge.Prerequisite].Course.Code}).",
                        $"course prerequisites form a cycle ({courses[edge.Course].Course.Code} and {courses[edge.Prerequisite].Course.Code})."));
                }

                if (state[edge.Prerequisite] == 0)
                {
                    Visit(edge.Prerequisite);
                }
            }

            state[course] = 2;
        }

        for (var i = 0; i < courses.Count; i++)
        {
            if (state[i] == 0)
            {
                Visit(i);
            }
        }
    }

    private static List<CompetencyStep> Develops(JsonValue json)
    {
        var steps = new List<CompetencyStep>();
        var items = json.Array();
        if (items.Count == 0)
        {
            throw json.Error(Text.Pick("kursus harus mengembangkan paling sedikit satu kompetensi.", "a course must develop at least one competency."));
        }

        foreach (var item in items)
        {
            var step = item.Object("competency", "fromLevel", "toLevel", "step");
            var competencyValue = step.Required("competency");
            var competency = Competency(competencyValue);
            if (steps.Any(s => s.Competency == competency))
            {
                throw competencyValue.Error(Text.Pick($"kompetensi {competency} muncul dua kali.", $"competency {competency} appears twice."));
            }

            var from = step.Required("fromLevel").Integer(1, 4);
            var toValue = step.Required("toLevel");
            var to = toValue.Integer(2, 5);
            if (to <= from)
            {
                throw toValue.Error(Text.Pick($"tingkat tujuan ({to}) harus di atas tingkat awal ({from}).", $"the level it leads to ({to}) must be above the entry level ({from})."));
            }

            steps.Add(new CompetencyStep(competency, ProficiencyLevel.From(from), ProficiencyLevel.From(to), step.Optional("step")?.Integer(1, 4) ?? 1));
        }

        return steps;
    }

    private static List<DeliveryOffering> Offerings(JsonValue json)
    {
        var offerings = new List<DeliveryOffering>();
        var items = json.Array();
        if (items.Count == 0)
        {
            throw json.Error(Text.Pick("kursus harus ditawarkan dalam paling sedikit satu moda.", "a course must be offered in at least one mode."));
        }

        foreach (var item in items)
        {
            var offering = item.Object("mode", "form", "costPerRun", "costPerParticipant", "minSeats", "maxSeats", "centre", "regionalCohorts", "regionalSurcharge", "sessions", "durationDays");
            var modeValue = offering.Required("mode");
            var mode = modeValue.Choice(Modes);
            if (offerings.Any(o => o.Mode == mode))
            {
                throw modeValue.Error(Text.Pick($"moda {mode} muncul dua kali.", $"mode {mode} appears twice."));
            }

            var minSeats = offering.Required("minSeats").Integer(1, 10_000);
            var maxValue = offering.Required("maxSeats");
            var maxSeats = maxValue.Integer(1, 10_000);
            if (maxSeats < minSeats)
            {
                throw maxValue.Error(Text.Pick($"kursi maksimum ({maxSeats}) di bawah kursi minimum ({minSeats}).", $"maximum seats ({maxSeats}) are below the minimum ({minSeats})."));
            }

            var centre = offering.Optional("centre")?.String();
            var centreBased = mode is DeliveryMode.Klasikal or DeliveryMode.SeminarWorkshop or DeliveryMode.Blended;
            if (centreBased && centre is null)
            {
                throw item.Error(Text.Pick($"moda {mode} di pusat pelatihan memerlukan 'centre'.", $"the centre-based mode {mode} needs a 'centre'."), JsonValue.PropertyPath(item.Path, "centre"));
            }

            offerings.Add(new DeliveryOffering(
                mode,
                offering.Required("costPerRun").Number(0m, 1_000_000_000_000m),
                offering.Required("costPerParticipant").Number(0m, 1_000_000_000_000m),
                minSeats,
                maxSeats,
                centre,
                offering.Optional("regionalCohorts")?.Boolean() ?? false,
                offering.Optional("regionalSurcharge")?.Number(0m, 1_000_000_000_000m) ?? 0m,
                offering.Optional("sessions")?.Integer(1, 1000) ?? 1,
                offering.Required("durationDays").Integer(1, 366),
                offering.Required("form").Choice(Forms)));
        }

        return offerings;
    }

    private static (List<CompositionEmployee> Employees, Dictionary<EmployeeId, string> Names) Employees(JsonValue json, List<ParsedCourse> courses)
    {
        var employees = new List<CompositionEmployee>();
        var names = new Dictionary<EmployeeId, string>();
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        var courseIds = courses.ToDictionary(c => c.Course.Code, c => c.Course.Id, StringComparer.Ordinal);
        foreach (var item in json.Array())
        {
            var employee = item.Object("id", "region", "opd", "levels", "earnedJp", "completedCourses");
            var idValue = employee.Required("id");
            var name = idValue.String();
            if (!paths.TryAdd(name, item.Path))
            {
                throw idValue.Error(Text.Pick($"pegawai '{name}' sudah ada di {paths[name]}.", $"employee '{name}' is already at {paths[name]}."));
            }

            var levels = new Dictionary<CompetencyCode, int>();
            if (employee.Optional("levels") is { } levelsValue)
            {
                foreach (var (code, level) in levelsValue.Object().Properties)
                {
                    if (!CompetencyCode.TryFrom(code, out var competency))
                    {
                        throw level.Error(Text.Pick($"kode kompetensi tidak valid: '{code}'.", $"not a valid competency code: '{code}'."));
                    }

                    if (!levels.TryAdd(competency, level.Integer(1, 5)))
                    {
                        throw level.Error(Text.Pick($"kompetensi {competency} muncul dua kali.", $"competency {competency} appears twice."));
                    }
                }
            }

            var completed = new HashSet<CourseId>();
            foreach (var c in employee.Optional("completedCourses")?.Array() ?? [])
            {
                var code = c.String();
                completed.Add(courseIds.TryGetValue(code, out var id)
                    ? id
                    : throw c.Error(Text.Pick($"kursus '{code}' tidak ada di 'courses'.", $"course '{code}' is not in 'courses'.")));
            }

            var employeeId = new EmployeeId(new Guid(0x4c415449, 0x0002, 0, BitConverter.GetBytes((long)employees.Count + 1)));
            names[employeeId] = name;
            employees.Add(new CompositionEmployee(
                employeeId,
                employee.Required("region").String(),
                employee.Optional("opd")?.String() ?? string.Empty,
                levels,
                employee.Optional("earnedJp")?.Number(0m, 10_000m) ?? 0m,
                completed));
        }

        return (employees, names);
    }

    /// <summary>
    /// Reads the needs: each of a known employee, once per competency, with a target above the current level. A need's
    /// current level is the employee's level (from <c>levels</c>, which it completes when the competency is not there).
    /// </summary>
    private static List<CompositionNeed> Needs(JsonValue? json, List<CompositionEmployee> employees, Dictionary<EmployeeId, string> names)
    {
        var byName = employees.ToDictionary(e => names[e.Id], StringComparer.Ordinal);
        var needs = new List<CompositionNeed>();
        var seen = new Dictionary<(EmployeeId, CompetencyCode), string>();
        foreach (var item in json?.Array() ?? [])
        {
            var need = item.Object("employee", "competency", "currentLevel", "targetLevel", "weight");
            var employeeValue = need.Required("employee");
            var name = employeeValue.String();
            if (!byName.TryGetValue(name, out var employee))
            {
                throw employeeValue.Error(Text.Pick($"pegawai '{name}' tidak ada di 'employees'.", $"employee '{name}' is not in 'employees'."));
            }

            var competencyValue = need.Required("competency");
            var competency = Competency(competencyValue);
            if (!seen.TryAdd((employee.Id, competency), item.Path))
            {
                throw competencyValue.Error(Text.Pick(
                    $"kebutuhan pegawai '{name}' dalam {competency} sudah ada di {seen[(employee.Id, competency)]}.",
                    $"employee '{name}' already has a need in {competency} at {seen[(employee.Id, competency)]}."));
            }

            var currentValue = need.Required("currentLevel");
            var current = currentValue.Integer(1, 5);
            var levels = (Dictionary<CompetencyCode, int>)employee.Levels;
            if (!levels.TryAdd(competency, current) && levels[competency] != current)
            {
                throw currentValue.Error(Text.Pick(
                    $"tingkat saat ini ({current}) berbeda dengan tingkat pegawai dalam 'levels' ({levels[competency]}).",
                    $"the current level ({current}) differs from the employee's level in 'levels' ({levels[competency]})."));
            }

            var targetValue = need.Required("targetLevel");
            var target = targetValue.Integer(1, 5);
            if (target <= current)
            {
                throw targetValue.Error(Text.Pick(
                    $"tingkat sasaran ({target}) harus di atas tingkat saat ini ({current}).",
                    $"the target level ({target}) must be above the current level ({current})."));
            }

            needs.Add(new CompositionNeed(employee.Id, competency, current, target, need.Optional("weight")?.Number(0m, 1000m) ?? 1m));
        }

        return needs;
    }

    private static CompetencyCode Competency(JsonValue value)
    {
        var text = value.String();
        return CompetencyCode.TryFrom(text, out var code)
            ? code
            : throw value.Error(Text.Pick($"kode kompetensi tidak valid: '{text}'.", $"not a valid competency code: '{text}'."));
    }

    private static TrainingCalendarRuleSet Calendar(JsonValue? json)
    {
        if (json is null)
        {
            return TrainingCalendarRuleSet.Default;
        }

        var calendar = json.Object("runStartDay", "defaultBlackouts", "blackouts");
        var defaults = TrainingCalendarRuleSet.Default;
        var keepDefaults = calendar.Optional("defaultBlackouts")?.Boolean() ?? true;
        var dated = new List<BlackoutPeriod>(keepDefaults ? defaults.Dated : []);
        foreach (var item in calendar.Optional("blackouts")?.Array() ?? [])
        {
            var blackout = item.Object("from", "to", "reason");
            var from = blackout.Required("from").Date();
            var toValue = blackout.Required("to");
            var to = toValue.Date();
            if (to < from)
            {
                throw toValue.Error(Text.Pick("masa libur berakhir sebelum dimulai.", "the blackout ends before it starts."));
            }

            dated.Add(new BlackoutPeriod(from, to, blackout.Optional("reason")?.String() ?? string.Empty));
        }

        return new TrainingCalendarRuleSet(
            new RuleSetInfo("training-calendar/compose-input", "1", $"{defaults.Info.Key} {(keepDefaults ? "+" : "-")} compose input", new DateOnly(2000, 1, 1), null, SourceCertainty.Unverified),
            calendar.Optional("runStartDay")?.Choice(Days) ?? defaults.RunStartDay,
            keepDefaults ? defaults.Yearly : [],
            dated);
    }

    private static DeliveryPolicyRuleSet Policy(JsonValue? json)
    {
        var defaults = DeliveryPolicyRuleSet.Default;
        if (json is null)
        {
            return defaults;
        }

        var policy = json.Object("maxTravelHours", "longTravelHours", "jpCapPerYear", "entitlementWeightPerJp", "minimumNeedWeight", "exactSearchMaxRuns", "exactSearchNodeLimit");
        var maxTravel = policy.Optional("maxTravelHours")?.Number(0m, 100m) ?? defaults.MaxTravelHours;
        var longTravelValue = policy.Optional("longTravelHours");
        var longTravel = longTravelValue?.Number(0m, 100m) ?? Math.Min(defaults.LongTravelHours, maxTravel);
        if (longTravel > maxTravel)
        {
            throw longTravelValue!.Error(Text.Pick(
                $"longTravelHours ({longTravel}) tidak boleh di atas maxTravelHours ({maxTravel}).",
                $"longTravelHours ({longTravel}) must not be above maxTravelHours ({maxTravel})."));
        }

        return new DeliveryPolicyRuleSet(
            new RuleSetInfo("delivery-policy/compose-input", "1", $"{defaults.Info.Key} with the compose input's overrides", new DateOnly(2000, 1, 1), null, SourceCertainty.Unverified),
            maxTravel,
            longTravel,
            policy.Optional("jpCapPerYear")?.Number(0.5m, 2000m) ?? defaults.JpCapPerYear,
            policy.Optional("entitlementWeightPerJp")?.Number(0m, 1000m) ?? defaults.EntitlementWeightPerJp,
            policy.Optional("minimumNeedWeight")?.Number(0m, 1000m) ?? defaults.MinimumNeedWeight,
            policy.Optional("exactSearchMaxRuns")?.Integer(0, 40) ?? defaults.ExactSearchMaxRuns,
            policy.Optional("exactSearchNodeLimit")?.Integer(1, int.MaxValue) ?? defaults.ExactSearchNodeLimit);
    }
}
