using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.Evaluation;
using LatihanAsn.Domain.Programs;
using LatihanAsn.Domain.Tests.Competencies;
using LatihanAsn.Domain.Tests.Infrastructure;

namespace LatihanAsn.Domain.Tests.Evaluation;

public sealed class PlanHandlerTests
{
    [Fact]
    public async Task Creating_a_plan_stores_it_in_the_organiser_OPD_and_publishes_after_save()
    {
        using var host = new TestHost();
        var world = await World.CreateAsync(host);
        var run = EvaluationFixture.SeedRun(host);

        var id = await host.Send(EvaluationFixture.Request(world, run));

        var plan = host.Store.Set<EvaluationPlan>().Single();
        plan.Id.ShouldBe(id);
        plan.CourseRunId.ShouldBe(run);
        plan.RegionCode.ShouldBe(World.MetroRegion);
        plan.OpdCode.ShouldBe(World.MetroOpd);
        plan.Participants.Count.ShouldBe(4);
        plan.Measurements.Select(m => m.Code).ShouldContain("L3-SUP-90");
        plan.Design.Questionnaire!.Scale.ShouldBe(LikertScale.OneToFour);
        plan.Design.Grading!.Components.Select(c => c.Code).ShouldBe(["ACADEMIC", "ATTITUDE", "PROJECT"]);
        plan.Design.GradingSource.ShouldBe("grading/lan-latsar@1");
        var created = host.Events.Events.ShouldHaveSingleItem().ShouldBeOfType<EvaluationPlanCreated>();
        created.CourseRunId.ShouldBe(run);
        created.Measurements.ShouldBe(EvaluationFixture.Measurements.Length);
        plan.DomainEvents.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_plan_with_its_own_weights_keeps_them_as_fractions()
    {
        using var host = new TestHost();
        var world = await World.CreateAsync(host);

        await host.Send(EvaluationFixture.Request(world) with { Grading = [new("TEST", "Ujian", 40m), new("PROJECT", "Proyek", 60m)] });

        var plan = host.Store.Set<EvaluationPlan>().Single();
        plan.Design.Grading!.Components.Select(c => c.Weight).ShouldBe([0.4m, 0.6m]);
        plan.Design.GradingSource.ShouldBe("skema rencana sendiri");
    }

    public static TheoryData<string, Func<World, CreateEvaluationPlan, CreateEvaluationPlan>> BadPlans() => new()
    {
        { "Title", (_, r) => r with { Title = " " } },
        { "OpdCode", (_, r) => r with { OpdCode = "TIDAK-ADA" } },
        { "RunEnd", (_, r) => r with { RunEnd = r.RunStart.AddDays(-1) } },
        { "Measurements", (_, r) => r with { Measurements = [] } },
        { "Measurements", (_, r) => r with { Measurements = [r.Measurements[0], r.Measurements[0] with { Code = "l1-reaction" }] } },
        { "Measurements[0].Instrument", (_, r) => r with { Measurements = [r.Measurements[0] with { Level = KirkpatrickLevel.Behaviour }] } },
        { "Measurements[0].Phase", (_, r) => r with { Measurements = [r.Measurements[0] with { Phase = MeasurementPhase.Before }] } },
        { "Measurements[0].OffsetDays", (_, r) => r with { Measurements = [r.Measurements[0] with { OffsetDays = 2000 }] } },
        { "Measurements[0].Code", (_, r) => r with { Measurements = [r.Measurements[0] with { Code = "L1 REACTION" }] } },
        { "Participants", (_, r) => r with { Participants = [] } },
        { "Participants", (w, r) => r with { Participants = [w.MetroStaff[0], w.MetroStaff[0]] } },
        { "Participants[1]", (w, r) => r with { Participants = [w.MetroStaff[0], EmployeeId.New()] } },
        { "Questionnaire", (_, r) => r with { Questionnaire = null } },
        { "Questionnaire.Scale", (_, r) => r with { Questionnaire = r.Questionnaire! with { ScaleMinimum = 4, ScaleMaximum = 4 } } },
        { "Questionnaire.Items", (_, r) => r with { Questionnaire = r.Questionnaire! with { Items = [new ReactionItem("REC", ReactionAspect.Content, "x")] } } },
        { "TestMaximum", (_, r) => r with { TestMaximum = 0m } },
        { "Behaviour", (_, r) => r with { Behaviour = null } },
        { "Behaviour.Indicators[0].Competency", (_, r) => r with { Behaviour = r.Behaviour! with { Indicators = [new BehaviourIndicator("A", "a", "M 05!")] } } },
        { "Kpis", (_, r) => r with { Kpis = [] } },
        { "Kpis[0].Direction", (_, r) => r with { Kpis = [r.Kpis![0] with { Direction = (KpiDirection)7 }] } },
        { "Grading", (_, r) => r with { Grading = [new("A", "a", 20m), new("B", "b", 79m)] } },
    };

    [Theory]
    [MemberData(nameof(BadPlans))]
    public async Task A_bad_plan_is_refused_and_nothing_is_written(string property, Func<World, CreateEvaluationPlan, CreateEvaluationPlan> spoil)
    {
        using var host = new TestHost();
        var world = await World.CreateAsync(host);

        var error = await Should.ThrowAsync<RequestValidationException>(() => host.Send(spoil(world, EvaluationFixture.Request(world))));

        error.Errors.Keys.ShouldContain(property);
        host.Store.Writes.ShouldBe(0);
        host.Store.Set<EvaluationPlan>().ShouldBeEmpty();
        host.Events.Events.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_run_has_one_plan()
    {
        using var host = new TestHost();
        var world = await World.CreateAsync(host);
        var run = EvaluationFixture.SeedRun(host);
        await host.Send(EvaluationFixture.Request(world, run));

        var error = await Should.ThrowAsync<RequestValidationException>(() => host.Send(EvaluationFixture.Request(world, run), CallerScope.ForRegion(World.MetroRegion)));

        error.Errors.Keys.ShouldContain("CourseRunId");
        // Of another region's run nothing is told, not even that it has a plan: it is not found.
        var pesisir = EvaluationFixture.Request(world, run) with { OpdCode = World.PesisirOpd, Participants = world.PesisirStaff.Take(2).ToArray() };
        (await Should.ThrowAsync<NotFoundInScopeException>(() => host.Send(pesisir, CallerScope.ForRegion(World.PesisirRegion)))).Code.ShouldBe(ErrorCodes.NotFound);
    }

    [Fact]
    public async Task Participants_and_the_organiser_must_be_inside_the_callers_scope()
    {
        using var host = new TestHost();
        var world = await World.CreateAsync(host);
        var mixed = EvaluationFixture.Request(world, participants: [world.MetroStaff[0], world.PesisirStaff[0]]);

        var fromMetro = await Should.ThrowAsync<RequestValidationException>(() => host.Send(mixed, CallerScope.ForRegion(World.MetroRegion)));
        var fromPesisir = await Should.ThrowAsync<RequestValidationException>(() => host.Send(mixed, CallerScope.ForOpd(World.PesisirOpd)));

        fromMetro.Errors.Keys.ShouldBe(["Participants[1]"]);
        fromPesisir.Errors.Keys.OrderBy(k => k).ShouldBe(["OpdCode", "Participants[0]"]);
        await host.Send(mixed); // the province sees both
        host.Store.Set<EvaluationPlan>().ShouldHaveSingleItem();
    }

    [Fact]
    public async Task A_plan_outside_the_scope_is_not_found()
    {
        using var host = new TestHost();
        var (world, plan) = await EvaluationFixture.CreateAsync(host);

        var error = await Should.ThrowAsync<NotFoundInScopeException>(() =>
            host.Send(new RecordAttendance(plan, [new(world.MetroStaff[0], true)]), CallerScope.ForRegion(World.PesisirRegion)));

        error.Code.ShouldBe("not_found");
        error.Message.ShouldBe($"Rencana evaluasi '{plan}' tidak ditemukan dalam cakupan Anda.");
        host.Store.Writes.ShouldBe(0);
        (await host.Send(new GetMeasurementStatus(plan), CallerScope.ForOpd(World.MetroOpd))).Count.ShouldBe(EvaluationFixture.Measurements.Length);
    }

    [Fact]
    public async Task Attendance_is_recorded_and_can_be_corrected_but_only_for_participants()
    {
        using var host = new TestHost();
        var (world, plan) = await EvaluationFixture.CreateAsync(host);

        await EvaluationFixture.RecordAttendanceAsync(host, world, plan);
        await host.Send(new RecordAttendance(plan, [new(world.MetroStaff[3], true)]));
        var outsider = await Should.ThrowAsync<DomainRuleException>(() => host.Send(new RecordAttendance(plan, [new(world.MetroStaff[5], true)])));

        var stored = host.Store.Set<EvaluationPlan>().Single();
        stored.AttendedCount.ShouldBe(4);
        host.Events.Events.OfType<AttendanceRecorded>().Select(e => (e.Attended, e.Absent)).ShouldBe([(3, 1), (4, 0)]);
        outsider.Code.ShouldBe("domain_rule.not_a_participant");
    }

    [Theory]
    // day, status of L1-REACTION (due 5 Jun, window 7), L3-SUP-90 (due 3 Sep, window 30), L4-SKM (due 5 Jun 2027)
    [InlineData("2026-06-04", MeasurementStatus.Upcoming, MeasurementStatus.Upcoming)]
    [InlineData("2026-06-05", MeasurementStatus.Due, MeasurementStatus.Upcoming)]
    [InlineData("2026-06-12", MeasurementStatus.Due, MeasurementStatus.Upcoming)]
    [InlineData("2026-06-13", MeasurementStatus.Overdue, MeasurementStatus.Upcoming)]
    [InlineData("2026-09-03", MeasurementStatus.Overdue, MeasurementStatus.Due)]
    [InlineData("2026-10-03", MeasurementStatus.Overdue, MeasurementStatus.Due)]
    [InlineData("2026-10-04", MeasurementStatus.Overdue, MeasurementStatus.Overdue)]
    public async Task The_plan_knows_what_is_due_and_what_is_missing_on_a_day(string day, MeasurementStatus reaction, MeasurementStatus behaviour)
    {
        using var host = new TestHost();
        var (_, plan) = await EvaluationFixture.CreateAsync(host);

        var states = await host.Send(new GetMeasurementStatus(plan, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));

        states.Single(s => s.Measurement.Code == "L1-REACTION").Status.ShouldBe(reaction);
        states.Single(s => s.Measurement.Code == "L3-SUP-90").Status.ShouldBe(behaviour);
        var survey = states.Single(s => s.Measurement.Code == "L4-SKM");
        survey.Status.ShouldBe(MeasurementStatus.Upcoming);
        survey.DueOn.ShouldBe(new DateOnly(2027, 6, 5));
    }

    [Fact]
    public async Task Status_defaults_to_today_and_recorded_measurements_are_not_missing()
    {
        using var host = new TestHost();
        var (world, plan) = await EvaluationFixture.CreateAsync(host);
        await EvaluationFixture.RecordAttendanceAsync(host, world, plan);
        await host.Send(new RecordReactionResponses(plan, "l1-reaction", [new(world.MetroStaff[0], EvaluationFixture.Answers(("C1", 4)))]));

        var states = await host.Send(new GetMeasurementStatus(plan));

        var reaction = states.Single(s => s.Measurement.Code == "L1-REACTION");
        reaction.Status.ShouldBe(MeasurementStatus.Recorded);
        reaction.Records.ShouldBe(1);
        states.Single(s => s.Measurement.Code == "L3-SUP-90").Status.ShouldBe(MeasurementStatus.Overdue); // 28 Nov is past 3 Oct
    }

    [Fact]
    public async Task Validation_messages_are_English_under_an_English_UI_culture()
    {
        using var host = new TestHost();
        var world = await World.CreateAsync(host);
        using var culture = new CultureScope("en-GB");

        var error = await Should.ThrowAsync<RequestValidationException>(() => host.Send(EvaluationFixture.Request(world) with { Grading = [new("A", "a", 0.5m), new("B", "b", 0.4m)] }));

        error.Errors["Grading"].Single().ShouldBe("The weights must sum to exactly 1 or 100 %, not 0.9.");
    }
}
