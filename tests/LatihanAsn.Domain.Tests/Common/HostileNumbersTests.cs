using System.Runtime.ExceptionServices;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.Evaluation;
using LatihanAsn.Domain.NeedsAnalysis;
using LatihanAsn.Domain.Programs;
using LatihanAsn.Domain.Reference;
using LatihanAsn.Domain.Tests.Competencies;
using LatihanAsn.Domain.Tests.Evaluation;
using LatihanAsn.Domain.Tests.Infrastructure;

namespace LatihanAsn.Domain.Tests.Common;

/// <summary>
/// Hostile numbers and shapes (issue 11, item 7): amounts near <see cref="decimal.MaxValue"/>, counts near
/// <see cref="int.MaxValue"/> and a 30,000-deep prerequisite chain give a correct answer or a clear
/// <see cref="DomainRuleException"/> in the caller's language, never a wrapped number, a bare overflow or a stack overflow.
/// </summary>
public sealed class HostileNumbersTests
{
    private const string Centre = "BPSDM-LAMPUNG";
    private const string Region = "1871";
    private static readonly CompetencyCode M05 = CompetencyCode.From("M.05");
    private static readonly CompetencyCode M08 = CompetencyCode.From("M.08");

    /// <summary>Asserts the clear error, with a message in Indonesian (the default) and in English.</summary>
    private static void ShouldBeTooLarge(Action action)
    {
        string indonesian, english;
        using (new CultureScope("id-ID"))
        {
            indonesian = Should.Throw<DomainRuleException>(action).Message;
        }

        using (new CultureScope("en-GB"))
        {
            english = Should.Throw<DomainRuleException>(action).Message;
        }

        indonesian.ShouldStartWith("Jumlah terlalu besar untuk dihitung: ");
        english.ShouldStartWith("The amount is too large to compute: ");
        indonesian.Length.ShouldBeGreaterThan("Jumlah terlalu besar untuk dihitung: ".Length);
        english.Length.ShouldBeGreaterThan("The amount is too large to compute: ".Length);
    }

    [Theory]
    [InlineData("79228162514264337593543950335", "1")]
    [InlineData("79228162514264337593543950335", "0.5")]
    [InlineData("1000000000000000000000", "0.0000001")]
    public void ROI_beyond_the_range_of_decimal_is_a_clear_error(string benefits, string costs)
    {
        var b = decimal.Parse(benefits, System.Globalization.CultureInfo.InvariantCulture);
        var c = decimal.Parse(costs, System.Globalization.CultureInfo.InvariantCulture);

        ShouldBeTooLarge(() => RoiRule.Compute(b, c));
    }

    [Fact]
    public void ROI_of_amounts_near_the_maximum_that_fit_is_computed()
    {
        var result = RoiRule.Compute(decimal.MaxValue, decimal.MaxValue);

        result.Bcr.ShouldBe(1m);
        result.RoiPercent.ShouldBe(0m);
        result.MeetsTarget.ShouldBe(true);
    }

    [Fact]
    public void Costs_or_benefits_that_sum_beyond_decimal_are_a_clear_error()
    {
        var near = decimal.MaxValue / 2 + 1m;
        CostItem[] costs = [new(CostCategory.Delivery, "Widyaiswara", near), new(CostCategory.Delivery, "Bahan", near)];
        MonetisedBenefit[] benefits = [new("Jam kerja hemat", near, 1m, 1m), new("Biaya cetak hemat", near, 1m, 1m)];

        ShouldBeTooLarge(() => RoiRule.Analyse(costs, [new("Jam kerja hemat", 1m, 1m, 1m)]));
        ShouldBeTooLarge(() => RoiRule.Analyse([new CostItem(CostCategory.Delivery, "Widyaiswara", 1m)], benefits));
    }

    [Fact]
    public async Task ROI_through_the_mediator_on_amounts_near_the_maximum_is_a_clear_error()
    {
        using var host = new TestHost();
        var (_, plan) = await EvaluationFixture.CreateAsync(host);
        await host.Send(new RecordCostsAndBenefits(plan, "L5-ROI",
            [new(CostCategory.Delivery, "Widyaiswara", 0.5m)],
            [new("Jam kerja hemat", decimal.MaxValue, 1m, 1m)]));

        var english = await Should.ThrowAsync<DomainRuleException>(async () =>
        {
            using var culture = new CultureScope("en-GB");
            await host.Send(new ComputeRoi(plan));
        });
        var indonesian = await Should.ThrowAsync<DomainRuleException>(() => host.Send(new ComputeRoi(plan)));

        english.Message.ShouldStartWith("The amount is too large to compute: the benefit-cost ratio and ROI");
        indonesian.Message.ShouldStartWith("Jumlah terlalu besar untuk dihitung: rasio manfaat-biaya dan ROI");
    }

    [Fact]
    public void Learning_gains_on_hostile_scores_are_a_clear_error_or_an_exact_answer()
    {
        // Integer scores: the exact sum of squared differences would pass a long.
        ShouldBeTooLarge(() => GainRule.Compute([0, 2_000_000_000, 0], [2_000_000_000, 0, 2_000_000_000], 2_000_000_000, GainBandRuleSet.Default));
        ShouldBeTooLarge(() => GainRule.Compute([0], [0], int.MaxValue, GainBandRuleSet.Default));

        // A negative score is refused as such: the (uint) range check is a deliberate bit trick, not an overflow.
        Should.Throw<ArgumentOutOfRangeException>(() => GainRule.Compute([-1, 5], [3, 5], 10, GainBandRuleSet.Default));

        // Decimal scores near the maximum: their squares are beyond decimal.
        var maximum = decimal.MaxValue;
        ShouldBeTooLarge(() => GainRule.Compute([new PrePostScore(0m, maximum), new PrePostScore(maximum, 0m)], maximum));
        ShouldBeTooLarge(() => GainRule.EffectSize(3, decimal.MaxValue, decimal.MaxValue));

        // A large maximum that still fits gives the exact answer.
        var result = GainRule.Compute([0, 1_000_000], [1_000_000, 1_000_000], 2_000_000, GainBandRuleSet.Default);
        result.MeanPre.ShouldBe(500_000m);
        result.ClassGain.ShouldBe(500_000m / 1_500_000m);
    }

    [Fact]
    public void Other_evaluation_rules_give_a_clear_error_or_the_right_answer_on_hostile_numbers()
    {
        var kpi = new KpiDefinition("RESPONSE-HOURS", "Jam respons", "jam", KpiDirection.LowerIsBetter);
        KpiObservation[] observations =
        [
            new("RESPONSE-HOURS", ComparisonGroup.Trained, MeasurementPhase.Before, new DateOnly(2026, 1, 1), decimal.MaxValue),
            new("RESPONSE-HOURS", ComparisonGroup.Trained, MeasurementPhase.Before, new DateOnly(2026, 2, 1), decimal.MaxValue),
            new("RESPONSE-HOURS", ComparisonGroup.Trained, MeasurementPhase.After, new DateOnly(2026, 9, 1), 1m),
        ];
        ShouldBeTooLarge(() => KpiChangeRule.Compute(kpi, observations));

        // Two counts near int.MaxValue: the participant shared (before, their wrapped sum was negative), summed in longs.
        var participant = EmployeeId.New();
        var transfer = BehaviourChangeRule.Transfer(1, [new KnowledgeTransfer(participant, new DateOnly(2026, 9, 1), int.MaxValue, int.MaxValue)]);
        transfer.ParticipantsWhoShared.ShouldBe(1);
        transfer.ColleaguesTaught.ShouldBe(int.MaxValue);
        transfer.SessionsShared.ShouldBe(int.MaxValue);

        // Weights whose sum is beyond decimal are simply not a valid scheme.
        GradingScheme.TryCheck([new("A", "Tugas", decimal.MaxValue), new("B", "Ujian", decimal.MaxValue)], out var error).ShouldBeFalse();
        error.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Needs_rules_on_sums_near_the_limits_give_the_exact_answer_or_a_clear_error()
    {
        // Σ importance - Σ competence passes a long, but the exact mean discrepancy (about 2) fits: no wrapping.
        var sums = new ItemSums("M.01", long.MaxValue, long.MaxValue, long.MinValue);
        var need = HennessyHicksRule.Rank([sums]).Single();
        need.MeanNeed.ShouldNotBeNull().ShouldBeGreaterThan(2m);
        need.MeanNeed!.Value.ShouldBeLessThan(2.0000001m);

        // The MWDS of those sums is beyond decimal: a clear error, not a wrapped rank.
        ShouldBeTooLarge(() => BorichRule.Rank([new ItemSums("M.01", 1, long.MaxValue, long.MinValue)]));
        ShouldBeTooLarge(() => sums.Add(sums));

        // A huge MWDS over a tiny maximum is simply the whole Borich signal.
        var score = PriorityRule.Score(new PriorityEvidence(Mwds: decimal.MaxValue, MwdsMaximum: 0.000001m), PriorityWeightsRuleSet.Default);
        score.Score.ShouldBe(0.3m);
        Should.Throw<ArgumentException>(() => new PriorityWeightsRuleSet(PriorityWeightsRuleSet.Default.Info, decimal.MaxValue, decimal.MaxValue, 0m, 0m));
    }

    [Fact]
    public void JP_sums_in_a_ledger_near_the_maximum_are_a_clear_error_and_credit_nothing()
    {
        var employee = LatihanAsn.Domain.Competencies.Employee.Register(EmployeeId.New(), Nip.Parse("199008012015031001"), "Rina", EmploymentType.Pns, PositionId.New(), "OPD", Region);
        var ledger = LearningHoursLedger.Open(LedgerId.New(), employee, 2026);
        var rules = JpConversionRuleSet.Default;
        var day = new DateOnly(2026, 5, 1);

        // Declared JP x 45 minutes is beyond decimal.
        ShouldBeTooLarge(() => ledger.Credit(day, new LearningActivity(LearningForm.Pelatihan, 60, DeclaredJp: decimal.MaxValue), "Diklat", null, rules, TestHost.Now));
        ledger.Entries.ShouldBeEmpty();

        // Each entry fits, but the second would put the ledger's total beyond decimal: refused, the first kept.
        var half = decimal.MaxValue / 45m / 2m + 1m;
        ledger.Credit(day, new LearningActivity(LearningForm.Pelatihan, 60, DeclaredJp: half), "Diklat 1", "A", rules, TestHost.Now);
        ShouldBeTooLarge(() => ledger.Credit(day, new LearningActivity(LearningForm.Pelatihan, 60, DeclaredJp: half), "Diklat 2", "B", rules, TestHost.Now));
        ledger.Entries.Count.ShouldBe(1);
        ledger.Standing(rules).Compliant.ShouldBeTrue();

        ShouldBeTooLarge(() => LearningHoursRule.Standing(employee.Id, 2026, decimal.MaxValue, decimal.MaxValue, rules));
    }

    [Fact]
    public void JP_shortfall_batch_refuses_an_entitlement_whose_shortfall_would_pass_a_long_and_merged_counts_beyond_an_int()
    {
        var huge = new JpConversionRuleSet(JpConversionRuleSet.Default.Info, 45, 100_000_000_000_000_000m, []);
        var minutes = new int[100];
        var groups = new int[100];
        ShouldBeTooLarge(() => JpShortfallBatch.Compute(minutes, groups, ["1871"], huge));

        // Merging a partial with itself doubles its counts: past int.MaxValue employees the groups are a clear error,
        // past long.MaxValue the merge is.
        var partials = JpShortfallBatch.Compute([0, 900], [0, 0], ["1871"], JpConversionRuleSet.Default);
        for (var i = 0; i < 31; i++)
        {
            partials = partials.Merge(partials);
        }

        ShouldBeTooLarge(() => partials.ToGroups());
        ShouldBeTooLarge(() => MergeWithItselfForever(ref partials, p => p.Merge(p)));
    }

    [Fact]
    public void Population_and_survey_partials_merged_past_the_limits_are_a_clear_error()
    {
        var matrix = new PopulationMatrix([M05], 1, ["1871"]);
        matrix.SetRow(0, 0, [3], [2]);
        var population = PopulationBatch.Compute(matrix, JpmBandRuleSet.Brin3Of2023);
        for (var i = 0; i < 31; i++)
        {
            population = population.Merge(population);
        }

        population.EmployeesOf(0).ShouldBe(1L << 31);
        ShouldBeTooLarge(() => population.ToSummary(PopulationDimension.Region, 1));
        ShouldBeTooLarge(() => MergeWithItselfForever(ref population, p => p.Merge(p)));

        var survey = new SurveyMatrix(["M.05"], 1, RatingScale.OneToFive, ["1871"]);
        survey.ImportanceColumn(0)[0] = 5;
        survey.CompetenceColumn(0)[0] = 2;
        var partials = SurveyBatch.Compute(survey);
        ShouldBeTooLarge(() => MergeWithItselfForever(ref partials, p => p.Merge(p)));
        partials.Total().Single().N.ShouldBeGreaterThanOrEqualTo(1L << 60);
    }

    [Fact]
    public void A_band_minimum_near_the_maximum_is_unreachable_not_an_overflow()
    {
        var bands = new JpmBandRuleSet(JpmBandRuleSet.Brin3Of2023.Info, [new JpmBand("Tak terjangkau", decimal.MaxValue), new JpmBand("Lainnya", 0m)]);
        var matrix = new PopulationMatrix([M05, M08], 40, ["1871"]);
        for (var e = 0; e < 40; e++)
        {
            matrix.SetRow(e, 0, [3, 2], [(byte)(1 + (e % 5)), 2]);
        }

        var summary = PopulationBatch.Summarise(matrix, PopulationDimension.Region, bands, JpmCapping.None, 1);

        summary.Groups.Single().JpmDistribution.Single(d => d.Band == "Lainnya").Count.ShouldBe(40);
        var scalar = PopulationBatch.Compute(matrix, bands, JpmCapping.None, vectorised: false).ToSummary(PopulationDimension.Region, 1);
        scalar.Groups.Single().JpmDistribution.ShouldBe(summary.Groups.Single().JpmDistribution);
    }

    [Fact]
    public void Composition_on_costs_or_weights_near_the_maximum_is_a_clear_error()
    {
        var expensive = Problem(Chain(1, costPerParticipant: decimal.MaxValue / 2));
        ShouldBeTooLarge(() => new CompositionPolicy().Compose(expensive));

        var heavy = Problem(Chain(1), weight: decimal.MaxValue);
        ShouldBeTooLarge(() => new CompositionPolicy().Compose(heavy));
        ShouldBeTooLarge(() => new CompositionPolicy().Compose(heavy, CompositionMethod.Exact));
    }

    [Fact]
    public void The_exact_search_bound_on_a_budget_near_the_validators_limit_does_not_overflow()
    {
        // Two cohorts (2 and 1 employees, each level worth 1,000 x 10^9), each run costing 6 x 10^17 against a budget of
        // 10^18: only one fits, and the knapsack bound's fractional part, gain x budget left (2 x 10^12 x 4 x 10^17), passes
        // decimal's range. The answer is still the larger cohort.
        var course = Chain(1).Single();
        var offering = course.Offerings[0] with { CostPerRun = 600_000_000_000_000_000m, MaxSeats = 2 };
        course.Update(course.Title, course.Organiser, course.OrganiserName, course.Jp, null, course.Develops, [], [offering]);
        var problem = Problem([course], weight: 1_000m) with { Budget = 1_000_000_000_000_000_000m };

        var result = new CompositionPolicy().Compose(problem, CompositionMethod.Exact);

        result.Runs.ShouldHaveSingleItem().Participants.Count.ShouldBe(2);
        new BranchAndBound().Run(CandidateBuilder.Build(problem), default).Proven.ShouldBeTrue(); // the search finished
        result.UpperBound.ShouldBeGreaterThanOrEqualTo(result.Objective); // and the relaxation's bound did not overflow either
        result.Unmet.ShouldHaveSingleItem().Reason.ShouldBe(UnmetReason.Budget);
    }

    [Fact]
    public void A_plan_whose_totals_sum_beyond_range_is_refused_and_left_as_it_was()
    {
        var totals = new PlanTotals(new CostBreakdown(0m, 0m, 0m), 0, 0, 2, 0, 0, 0, 0m, 2, 0, 0, new Dictionary<DeliveryMode, decimal>());
        var open = new CompositionResult([], totals, [], [], 0m, CompositionMethod.Heuristic, false, 0, [], []);
        var plan = TrainingPlan.Compose(TrainingPlanId.New(), "Rencana", 2027, Region, "OPD", (null, null, null), 1m, open, [], TestHost.Now);

        UnmetNeed Unmet() => new(EmployeeId.New(), M05, int.MaxValue, UnmetReason.Budget);
        var levels = open with { Unmet = [Unmet(), Unmet()] };
        var costs = open with { Totals = totals with { Cost = new CostBreakdown(decimal.MaxValue, decimal.MaxValue, 0m) } };

        ShouldBeTooLarge(() => plan.Recompose(2m, levels, [], TestHost.Now));
        ShouldBeTooLarge(() => plan.Recompose(2m, costs, [], TestHost.Now));
        plan.BudgetCeiling.ShouldBe(1m);
        plan.Unmet.ShouldBeEmpty();
    }

    [Fact]
    public void A_30000_deep_prerequisite_chain_composes_without_a_stack_overflow()
    {
        var problem = Problem(Chain(30_000));

        // On a thread with a small stack, so the walk is proven iterative whatever stack the test runner gives.
        var result = OnSmallStack(() => new CompositionPolicy().Compose(problem));

        result.CandidateRuns.ShouldBeGreaterThan(0);
        result.Runs.ShouldBeEmpty(); // the deepest course waits for a prerequisite nobody needs
        result.Unmet.ShouldAllBe(u => u.Reason == UnmetReason.Prerequisite);
        var exact = OnSmallStack(() => new CompositionPolicy().Compose(problem, CompositionMethod.Exact));
        exact.Unmet.Count.ShouldBe(result.Unmet.Count);
    }

    [Fact]
    public void A_cycle_at_the_end_of_a_30000_deep_chain_is_a_clear_error()
    {
        var courses = Chain(30_000, cycle: true);

        var error = OnSmallStack(() => Should.Throw<DomainRuleException>(() => new CompositionPolicy().Compose(Problem(courses))));

        error.Message.ShouldContain("lingkaran");
    }

    [Fact]
    public void The_exact_search_over_thousands_of_candidate_runs_goes_as_deep_without_recursion()
    {
        // One seat per run: 2,000 employees give 2,000 candidate runs, and the exact search (asked for explicitly, so
        // no instance cap applies) goes 2,000 runs deep before it backtracks: deeper than a recursive search fits in
        // this thread's stack.
        const int count = 2_000;
        var course = Course.Define(CourseId.New(), "C-1", "Kursus", OrganiserKind.Bpsdm, "BPSDM Provinsi Lampung", 8m, null,
            [new CompetencyStep(M05, ProficiencyLevel.From(1), ProficiencyLevel.From(3), 2)], [],
            [new DeliveryOffering(DeliveryMode.Klasikal, 1_000m, 0m, 1, 1, Centre, false, 0m, 1, 2, LearningForm.Pelatihan)]);
        var problem = Problem([course], employees: count) with { Budget = 1_000_000_000m };

        var result = OnSmallStack(() => new CompositionPolicy().Compose(problem, CompositionMethod.Exact), 128 * 1024);

        result.Runs.Count.ShouldBe(count);
        result.ProvenOptimal.ShouldBeTrue();
    }

    [Fact]
    public async Task A_30000_deep_prerequisite_chain_composes_through_the_mediator()
    {
        using var host = new TestHost();
        var world = await World.CreateAsync(host, 3, 0);
        foreach (var reach in LampungReach.Create())
        {
            host.Store.Seed(reach);
        }

        foreach (var id in world.MetroStaff)
        {
            await host.Send(new RecordAssessment(id, AssessmentSource.AssessmentCentre, new DateOnly(2026, 1, 10), "UPT", [new("M.01", 2), new("M.03", 3), new("M.05", 1)]));
        }

        host.Store.Seed([.. Chain(30_000)]);

        var composed = await host.Send(new ComposeTrainingPlan("Rencana 2027", 2027, 500_000_000m, World.MetroOpd));

        composed.Composition.Runs.ShouldBeEmpty();
        composed.Composition.Unmet.ShouldNotBeEmpty();
        composed.Composition.Unmet.ShouldAllBe(u => u.Reason == UnmetReason.Prerequisite);
    }

    [Fact]
    public async Task Composition_through_the_mediator_on_costs_near_the_maximum_is_a_clear_error_and_writes_nothing()
    {
        using var host = new TestHost();
        var world = await World.CreateAsync(host, 3, 0);
        foreach (var reach in LampungReach.Create())
        {
            host.Store.Seed(reach);
        }

        foreach (var id in world.MetroStaff)
        {
            await host.Send(new RecordAssessment(id, AssessmentSource.AssessmentCentre, new DateOnly(2026, 1, 10), "UPT", [new("M.01", 2), new("M.03", 3), new("M.05", 1)]));
        }

        var details = Programs.CatalogueHandlerTests.Details() with
        {
            Offerings = [new DeliveryOffering(DeliveryMode.Klasikal, decimal.MaxValue, decimal.MaxValue, 1, 30, LampungReach.BpsdmCentre, true, decimal.MaxValue, 5, 5, LearningForm.Pelatihan)],
        };
        await host.Send(new DefineCourse("MAHAL-01", details));

        var error = await Should.ThrowAsync<DomainRuleException>(() => host.Send(new ComposeTrainingPlan("Rencana 2027", 2027, 500_000_000m, World.MetroOpd)));

        error.Message.ShouldStartWith("Jumlah terlalu besar untuk dihitung: ");
        host.Store.Set<TrainingPlan>().ShouldBeEmpty();
    }

    /// <summary>
    /// A chain of courses, each requiring the one before; only the last (the deepest) develops M.05, the others M.08,
    /// which nobody needs. Codes run backwards so the deepest course comes first in the catalogue's order and the walk
    /// from it goes the whole depth. With <paramref name="cycle"/>, the first course requires the last.
    /// </summary>
    private static Course[] Chain(int length, decimal costPerParticipant = 500_000m, bool cycle = false)
    {
        var ids = Enumerable.Range(0, length).Select(i => new CourseId(new Guid(i + 1, 0, 0, new byte[8]))).ToArray();
        return Enumerable.Range(0, length).Select(i => Course.Define(
            ids[i],
            Code(length - 1 - i),
            $"Kursus {i}",
            OrganiserKind.Bpsdm,
            "BPSDM Provinsi Lampung",
            8m,
            null,
            [new CompetencyStep(i == length - 1 ? M05 : M08, ProficiencyLevel.From(1), ProficiencyLevel.From(3), 2)],
            i > 0 ? [new Prerequisite(ids[i - 1])] : cycle ? [new Prerequisite(ids[length - 1])] : [],
            [new DeliveryOffering(DeliveryMode.Klasikal, 1_000_000m, costPerParticipant, 1, 30, Centre, false, 0m, 1, 2, LearningForm.Pelatihan)]))
            .ToArray();

        static string Code(int n) => $"C{n:00000}";
    }

    private static CompositionProblem Problem(IReadOnlyList<Course> courses, decimal weight = 1m, int employees = 3)
    {
        var people = Enumerable.Range(0, employees).Select(i => new CompositionEmployee(
            new EmployeeId(new Guid(i + 1, 0, 0, new byte[8])), Region, "OPD", new Dictionary<CompetencyCode, int> { [M05] = 1 }, 0m, [])).ToArray();
        var needs = people.Select(e => new CompositionNeed(e.Id, M05, 1, 3, weight)).ToArray();
        RegionReach[] reach = [RegionReach.Define(Region, "Bandar Lampung", Connectivity.Good, [new TravelLink(Centre, 0m, 0m)])];
        return new CompositionProblem(2026, 100_000_000m, people, needs, courses, reach, TrainingCalendarRuleSet.Default, DeliveryPolicyRuleSet.Default);
    }

    /// <summary>Merges partials with themselves (doubling every count) until a merge refuses.</summary>
    private static void MergeWithItselfForever<T>(ref T partials, Func<T, T> merge)
    {
        for (var i = 0; i < 200; i++)
        {
            partials = merge(partials);
        }

        throw new ShouldAssertException("200 merges doubled every count without an error.");
    }

    private static T OnSmallStack<T>(Func<T> work, int stackSize = 512 * 1024)
    {
        T result = default!;
        Exception? error = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = work();
                }
                catch (Exception e)
                {
                    error = e;
                }
            },
            maxStackSize: stackSize);
        thread.Start();
        thread.Join();
        if (error is not null)
        {
            ExceptionDispatchInfo.Capture(error).Throw();
        }

        return result;
    }
}
