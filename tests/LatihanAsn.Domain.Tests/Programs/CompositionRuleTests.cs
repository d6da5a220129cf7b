using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.NeedsAnalysis;
using LatihanAsn.Domain.Programs;
using LatihanAsn.Domain.Tests.Competencies;

namespace LatihanAsn.Domain.Tests.Programs;

public sealed class CompositionRuleTests
{
    private static readonly CompetencyCode M05 = CompetencyCode.From("M.05");
    private static readonly CompetencyCode M08 = CompetencyCode.From("M.08");
    private static readonly CompositionPolicy Policy = new();

    private static CompositionEmployee Person(int i, string region, int level = 2, decimal earned = 0m) =>
        new(new EmployeeId(new Guid(i, 0, 0, new byte[8])), region, "OPD-" + region, new Dictionary<CompetencyCode, int> { [M05] = level, [M08] = level }, earned, []);

    private static DeliveryOffering Klasikal(bool regional = false, int min = 2, int max = 30, decimal perRun = 20_000_000m) =>
        new(DeliveryMode.Klasikal, perRun, 1_000_000m, min, max, "BPSDM-LAMPUNG", regional, 5_000_000m, 5, 5, LearningForm.Pelatihan);

    private static DeliveryOffering Online(DeliveryMode mode) =>
        new(mode, 5_000_000m, 100_000m, 2, 100, null, false, 0m, 4, mode == DeliveryMode.ELearning ? 28 : 4, mode == DeliveryMode.ELearning ? LearningForm.ELearning : LearningForm.PelatihanJarakJauh);

    private static Course Course(string code, params DeliveryOffering[] offerings) =>
        LatihanAsn.Domain.Programs.Course.Define(CourseId.New(), code, "Pelayanan Publik Prima", OrganiserKind.Bpsdm, "BPSDM Provinsi Lampung", 30m, "Terakreditasi LAN", [new CompetencyStep(M05, ProficiencyLevel.Paham, ProficiencyLevel.Menengah)], [], offerings);

    private static CompositionProblem Problem(IReadOnlyList<CompositionEmployee> people, IReadOnlyList<Course> courses, decimal budget = 1_000_000_000m, decimal cap = 60m) =>
        new(2026, budget, people, people.Select(p => new CompositionNeed(p.Id, M05, p.Levels[M05], 3, 0.5m)).ToArray(), courses, Reference.LampungReach.Create(), TrainingCalendarRuleSet.Default,
            new DeliveryPolicyRuleSet(DeliveryPolicyRuleSet.Default.Info, 8m, 4m, cap, 0.01m, 0.1m, 20, 5_000_000));

    [Fact]
    public void Far_regions_get_a_regional_cohort_when_the_course_offers_one_and_near_ones_travel_to_the_centre()
    {
        var people = Enumerable.Range(1, 6).Select(i => Person(i, "1813")).Concat(Enumerable.Range(7, 6).Select(i => Person(i, "1809"))).ToArray();

        var result = Policy.Compose(Problem(people, [Course("PP-01", Klasikal(regional: true))]));

        var pesisir = result.Runs.Single(r => r.Participants.Contains(people[0].Id));
        pesisir.Place.ShouldBe("1813");
        pesisir.Why.English.ShouldContain("regional cohort in Pesisir Barat: 7 hours' travel to BPSDM-LAMPUNG");
        result.Runs.ShouldAllBe(r => r.Place != "BPSDM-LAMPUNG" || r.Participants.All(p => people.Single(x => x.Id == p).RegionCode != "1813"));
    }

    [Fact]
    public void Beyond_the_maximum_travel_time_the_centre_is_not_offered_and_the_need_says_so()
    {
        var people = Enumerable.Range(1, 4).Select(i => Person(i, "1813")).ToArray(); // 7 hours, limited connectivity
        var policy = new DeliveryPolicyRuleSet(DeliveryPolicyRuleSet.Default.Info, 6m, 4m, 60m, 0.01m, 0.1m, 20, 5_000_000);

        var result = Policy.Compose(Problem(people, [Course("PP-01", Klasikal(), Online(DeliveryMode.DistanceLearning))]) with { Policy = policy });

        result.Runs.ShouldBeEmpty();
        result.Unmet.ShouldAllBe(u => u.Reason == UnmetReason.NoReachableMode);
    }

    [Theory]
    [InlineData(DeliveryMode.DistanceLearning, "1872", true)]   // good connectivity
    [InlineData(DeliveryMode.DistanceLearning, "1813", false)]  // limited: no synchronous sessions
    [InlineData(DeliveryMode.ELearning, "1813", true)]          // limited is enough for self-paced
    public void Online_modes_follow_connectivity(DeliveryMode mode, string region, bool reached)
    {
        var people = Enumerable.Range(1, 4).Select(i => Person(i, region)).ToArray();

        var result = Policy.Compose(Problem(people, [Course("PP-01", Online(mode))]));

        result.Runs.Any().ShouldBe(reached);
        if (!reached)
        {
            result.Unmet.ShouldAllBe(u => u.Reason == UnmetReason.NoReachableMode);
        }
    }

    [Fact]
    public void Too_few_participants_for_the_minimum_seats_are_reported_as_seats()
    {
        var people = Enumerable.Range(1, 3).Select(i => Person(i, "1871")).ToArray();

        var result = Policy.Compose(Problem(people, [Course("PP-01", Klasikal(min: 5))]));

        result.Runs.ShouldBeEmpty();
        result.Unmet.Select(u => u.Reason).Distinct().ShouldBe([UnmetReason.Seats]);
    }

    [Fact]
    public void A_competency_no_course_develops_is_reported_as_no_course_and_a_level_prerequisite_as_prerequisite()
    {
        var people = Enumerable.Range(1, 4).Select(i => Person(i, "1871", level: 1)).ToArray();
        var advanced = LatihanAsn.Domain.Programs.Course.Define(CourseId.New(), "PP-02", "Lanjutan", OrganiserKind.Lan, "LAN", 20m, null,
            [new CompetencyStep(M05, ProficiencyLevel.Paham, ProficiencyLevel.Menengah)], [new Prerequisite(Competency: M08, MinimumLevel: ProficiencyLevel.Menengah)], [Klasikal()]);
        var problem = Problem(people, [advanced]) with
        {
            Needs = people.SelectMany(p => new[] { new CompositionNeed(p.Id, M05, 1, 3, 1m), new CompositionNeed(p.Id, CompetencyCode.From("SK.01"), 1, 2, 1m) }).ToArray(),
        };

        var result = Policy.Compose(problem);

        result.Unmet.Where(u => u.Competency == M05).ShouldAllBe(u => u.Reason == UnmetReason.Prerequisite);
        result.Unmet.Where(u => u.Competency.Value == "SK.01").ShouldAllBe(u => u.Reason == UnmetReason.NoCourse);
    }

    [Fact]
    public void Levels_left_after_every_run_that_could_take_them_are_reported_as_no_course()
    {
        // Level 1 to 3 with a course that lifts one step: its one run is planned, and the second level needs another course.
        var people = Enumerable.Range(1, 4).Select(i => Person(i, "1871", level: 1)).ToArray();

        var result = Policy.Compose(Problem(people, [Course("PP-01", Online(DeliveryMode.ELearning))]));

        result.Runs.ShouldHaveSingleItem().Participants.Count.ShouldBe(4);
        result.Unmet.Count.ShouldBe(4);
        result.Unmet.ShouldAllBe(u => u.RemainingLevels == 1 && u.Reason == UnmetReason.NoCourse);
    }

    [Fact]
    public void An_employee_takes_a_course_once_in_one_of_its_modes()
    {
        // The course's classroom and e-learning runs both fit budget and JP cap, and each lifts level 1 one step: taking
        // both would claim the second level from the same course twice.
        var people = Enumerable.Range(1, 4).Select(i => Person(i, "1871", level: 1)).ToArray();

        var result = Policy.Compose(Problem(people, [Course("PP-01", Klasikal(), Online(DeliveryMode.ELearning))]), CompositionMethod.Exact);

        result.ProvenOptimal.ShouldBeTrue();
        result.Runs.ShouldHaveSingleItem().Participants.Count.ShouldBe(4);
        result.Totals.LevelsClosed.ShouldBe(4);
        result.Unmet.ShouldAllBe(u => u.RemainingLevels == 1 && u.Reason == UnmetReason.NoCourse);
        Policy.Compose(Problem(people, [Course("PP-01", Klasikal(), Online(DeliveryMode.ELearning))]), CompositionMethod.Heuristic).Runs.Count.ShouldBe(1);
    }

    [Fact]
    public void A_budget_too_small_for_any_run_is_said_and_the_needs_are_budget_bound()
    {
        var people = Enumerable.Range(1, 4).Select(i => Person(i, "1871")).ToArray();
        using var culture = new CultureScope("en-US");

        var result = Policy.Compose(Problem(people, [Course("PP-01", Klasikal())], budget: 1_000_000m));

        result.Runs.ShouldBeEmpty();
        result.Diagnostics.First().English.ShouldStartWith("Budget: the cheapest run costs Rp 24,000,000");
        result.Diagnostics[^1].ShouldBe(result.Quality); // then the bound and gap
        result.Unmet.ShouldAllBe(u => u.Reason == UnmetReason.Budget);
    }

    [Fact]
    public void The_JP_cap_keeps_an_employee_out_of_runs_beyond_it()
    {
        var people = Enumerable.Range(1, 4).Select(i => Person(i, "1871")).ToArray();
        var second = LatihanAsn.Domain.Programs.Course.Define(CourseId.New(), "PP-02", "Kepemimpinan", OrganiserKind.Bpsdm, "BPSDM", 30m, null, [new CompetencyStep(M08, ProficiencyLevel.Paham, ProficiencyLevel.Menengah)], [], [Klasikal()]);
        var problem = Problem(people, [Course("PP-01", Klasikal()), second], cap: 40m) with
        {
            Needs = people.SelectMany(p => new[] { new CompositionNeed(p.Id, M05, 2, 3, 1m), new CompositionNeed(p.Id, M08, 2, 3, 0.5m) }).ToArray(),
        };

        var result = Policy.Compose(problem);

        result.Runs.Count.ShouldBe(1);
        result.Runs[0].CourseCode.ShouldBe("PP-01");
        result.Unmet.ShouldAllBe(u => u.Competency == M08 && u.Reason == UnmetReason.JpCap);
        result.EmployeeJp.ShouldAllBe(e => e.PlannedJp == 30m);
    }

    [Fact]
    public void Start_days_avoid_every_blackout_and_fall_on_mondays()
    {
        var calendar = TrainingCalendarRuleSet.Default;

        var days = calendar.StartDays(2026, 5, blocksCalendar: true).ToArray();

        days.ShouldAllBe(d => d.DayOfWeek == DayOfWeek.Monday && !calendar.IsBlocked(d, d.AddDays(4)));
        days.ShouldNotContain(new DateOnly(2026, 1, 12));  // budget year not started
        days.ShouldNotContain(new DateOnly(2026, 3, 16));  // Idul Fitri leave (estimate)
        days.ShouldNotContain(new DateOnly(2026, 8, 17));  // Independence Day
        days.ShouldNotContain(new DateOnly(2026, 12, 14)); // would run into the fiscal year-end
        days.ShouldContain(new DateOnly(2026, 1, 19));
        calendar.BlackoutsIn(new DateOnly(2026, 12, 20), new DateOnly(2026, 12, 21)).Single().Reason.ShouldBe("Akhir tahun anggaran");
    }

    [Fact]
    public void Totals_count_costs_needs_and_the_20_JP_entitlement_before_and_after()
    {
        var people = Enumerable.Range(1, 6).Select(i => Person(i, "1871", earned: i <= 2 ? 25m : 0m)).ToArray();

        var result = Policy.Compose(Problem(people, [Course("PP-01", Klasikal(max: 10))]));

        var run = result.Runs.Single();
        run.Cost.ShouldBe(new CostBreakdown(20_000_000m, 6_000_000m, 0m));
        result.Totals.Cost.Total.ShouldBe(26_000_000m);
        result.Totals.NeedsClosed.ShouldBe(6);
        result.Totals.LevelsClosed.ShouldBe(6);
        (result.Totals.CompliantBefore, result.Totals.CompliantAfter).ShouldBe((2, 6));
        result.Totals.JpByMode[DeliveryMode.Klasikal].ShouldBe(180m);
        // 6 levels x 0.5 weight, plus 0.01 per JP toward 20 for the four below it (4 x 20 JP).
        result.Objective.ShouldBe((6 * 0.5m) + (0.01m * 80m));
        run.Why.Indonesian.ShouldStartWith("Menutup 6 tingkat kebutuhan (M.05) untuk 6 peserta");
    }

    [Theory]
    [InlineData(1, DeliveryMode.Klasikal, "Closes 1 level of need (M.05) for 1 participant, value 0.7; classroom at BPSDM-LAMPUNG: longest trip 0 hours.")]
    [InlineData(2, DeliveryMode.Klasikal, "Closes 2 levels of need (M.05) for 2 participants, value 1.4; classroom at BPSDM-LAMPUNG: longest trip 0 hours.")]
    [InlineData(2, DeliveryMode.ELearning, "Closes 2 levels of need (M.05) for 2 participants, value 1.4; self-paced e-learning reaches 1 region with no travel cost.")]
    public void Explanations_count_in_the_singular_for_one(int count, DeliveryMode mode, string why)
    {
        var people = Enumerable.Range(1, count).Select(i => Person(i, "1871")).ToArray();

        var result = Policy.Compose(Problem(people, [Course("PP-01", mode == DeliveryMode.Klasikal ? Klasikal(min: 1) : Online(mode))]));

        // 0.5 per level closed plus 0.01 per JP toward 20 (20 JP each).
        result.Runs.ShouldHaveSingleItem().Why.English.ShouldBe(why);
    }

    [Fact]
    public void A_prerequisite_cycle_is_refused()
    {
        var a = CourseId.New();
        var b = CourseId.New();
        var first = LatihanAsn.Domain.Programs.Course.Define(a, "A", "A", OrganiserKind.Bpsdm, "BPSDM", 10m, null, [new CompetencyStep(M05, ProficiencyLevel.Paham, ProficiencyLevel.Dasar)], [new Prerequisite(b)], [Klasikal()]);
        var second = LatihanAsn.Domain.Programs.Course.Define(b, "B", "B", OrganiserKind.Bpsdm, "BPSDM", 10m, null, [new CompetencyStep(M05, ProficiencyLevel.Dasar, ProficiencyLevel.Menengah)], [new Prerequisite(a)], [Klasikal()]);

        Should.Throw<LatihanAsn.Domain.Common.DomainRuleException>(() => Policy.Compose(Problem([Person(1, "1871")], [first, second])));
    }
}

public sealed class CompositionCalendarTests
{
    [Fact]
    public void No_run_starts_before_the_first_allowed_day()
    {
        var problem = CompositionInstances.Random(5, employees: 30, courses: 4, budget: 900_000_000m) with { NotBefore = new DateOnly(2026, 11, 1) };

        var result = new CompositionPolicy().Compose(problem);

        result.Runs.ShouldNotBeEmpty();
        result.Runs.ShouldAllBe(r => r.Start >= new DateOnly(2026, 11, 1));
    }
}
