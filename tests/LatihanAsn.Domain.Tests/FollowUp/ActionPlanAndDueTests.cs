using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.FollowUp;
using LatihanAsn.Domain.NeedsAnalysis;
using LatihanAsn.Domain.Programs;
using LatihanAsn.Domain.Tests.Evaluation;
using LatihanAsn.Domain.Tests.Infrastructure;

namespace LatihanAsn.Domain.Tests.FollowUp;

public sealed class ActionPlanTests
{
    private static readonly DateOnly First = new(2026, 12, 10);
    private static readonly DateOnly Second = new(2027, 1, 15);

    private static CreateActionPlan Request(EmployeeId employee) => new(
        employee,
        "Percepatan respons pengaduan layanan",
        null,
        "Kepala Bidang Pelayanan",
        [new ActionGoalInput("Respons pengaduan dalam 24 jam", "M.05", "RESPONSE-HOURS", 24m), new ActionGoalInput("Dokumentasi tindak lanjut")],
        [new MilestoneInput("SOP disusun", First), new MilestoneInput("SOP diterapkan di loket", Second)]);

    [Fact]
    public async Task Milestones_become_overdue_as_the_clock_passes_them_and_sign_off_needs_them_all()
    {
        using var host = new TestHost();
        var world = await World.CreateAsync(host);
        var employee = world.MetroStaff[0];
        var plan = await host.Send(Request(employee));
        ActionPlan Stored() => host.Store.Set<ActionPlan>().Single();
        Stored().Goals[0].Competency.ShouldBe(CompetencyCode.From("M.05"));

        var soon = (await host.Send(new GetWhatIsDue(HorizonDays: 14))).Items.Single(i => i.Reference == $"action-plan:{plan}:1");
        (soon.Kind, soon.Overdue, soon.DueOn, soon.Employee).ShouldBe((DueKind.MilestoneDue, false, First, (EmployeeId?)employee));
        (await host.Send(new GetWhatIsDue(HorizonDays: 11))).Items.ShouldNotContain(i => i.Reference.StartsWith("action-plan:", StringComparison.Ordinal));

        RunFixture.MoveTo(host, First);
        Stored().OverdueOn(host.Today).ShouldBeEmpty();
        RunFixture.MoveTo(host, First.AddDays(1));
        Stored().OverdueOn(host.Today).Select(m => m.Number).ShouldBe([1]);
        var overdue = (await host.Send(new GetWhatIsDue())).Items.Single(i => i.Reference == $"action-plan:{plan}:1");
        (overdue.Kind, overdue.Overdue).ShouldBe((DueKind.MilestoneOverdue, true));

        await host.Send(new CompleteMilestone(plan, 1, host.Today, "SOP No. 12/2026 ditandatangani"));
        (await host.Send(new GetWhatIsDue())).Items.ShouldNotContain(i => i.Reference.StartsWith("action-plan:", StringComparison.Ordinal));
        var refused = await Should.ThrowAsync<DomainRuleException>(() => host.Send(new SignOffActionPlan(plan, "Kepala Bidang Pelayanan", host.Today)));
        refused.Message.ShouldContain("2");
        Stored().Status.ShouldBe(ActionPlanStatus.Active);

        RunFixture.MoveTo(host, Second.AddDays(3));
        (await host.Send(new GetWhatIsDue())).Items.Single(i => i.Reference == $"action-plan:{plan}:2").Kind.ShouldBe(DueKind.MilestoneOverdue);
        await host.Send(new CompleteMilestone(plan, 2, host.Today, "Rata-rata respons 20 jam pada Januari"));
        await host.Send(new SignOffActionPlan(plan, "Kepala Bidang Pelayanan", host.Today));

        (Stored().Status, Stored().SignedOffBy, Stored().SignedOffOn).ShouldBe((ActionPlanStatus.SignedOff, "Kepala Bidang Pelayanan", (DateOnly?)host.Today));
        Stored().Milestones.Select(m => m.CompletedOn).ShouldBe([(DateOnly?)First.AddDays(1), Second.AddDays(3)]);
        Stored().Milestones[0].Evidence.ShouldBe(["SOP No. 12/2026 ditandatangani"]);
        host.Events.Events.Select(e => e.GetType().Name).ShouldBe(["ActionPlanCreated", "MilestoneCompleted", "MilestoneCompleted", "ActionPlanSignedOff"]);
        (await Should.ThrowAsync<DomainRuleException>(() => host.Send(new SignOffActionPlan(plan, "Lagi", host.Today)))).Message.ShouldNotBeEmpty();
        (await Should.ThrowAsync<DomainRuleException>(() => host.Send(new CompleteMilestone(plan, 1, host.Today, "Lagi")))).Message.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Completing_a_milestone_twice_or_one_that_does_not_exist_is_refused()
    {
        using var host = new TestHost();
        var world = await World.CreateAsync(host);
        var plan = await host.Send(Request(world.MetroStaff[0]));
        await host.Send(new CompleteMilestone(plan, 1, host.Today, "Draf SOP"));
        host.Store.Writes = 0;

        (await Should.ThrowAsync<DomainRuleException>(() => host.Send(new CompleteMilestone(plan, 1, host.Today, "Lagi")))).Message.ShouldContain("1");
        (await Should.ThrowAsync<DomainRuleException>(() => host.Send(new CompleteMilestone(plan, 3, host.Today, "Tidak ada")))).Message.ShouldContain("3");
        host.Store.Writes.ShouldBe(0);
        host.Store.Set<ActionPlan>().Single().Milestones[0].Evidence.ShouldBe(["Draf SOP"]);
    }

    [Fact]
    public async Task Bad_action_plans_are_refused_with_every_reason_and_nothing_is_written()
    {
        using var host = new TestHost();
        var world = await World.CreateAsync(host);

        var error = await Should.ThrowAsync<RequestValidationException>(() => host.Send(
            new CreateActionPlan(world.PesisirStaff[0], "", null, " ", [new ActionGoalInput("", "??")], [new MilestoneInput("", First)]),
            CallerScope.ForRegion(World.MetroRegion)));

        error.Errors.Keys.ShouldBe(["Title", "Supervisor", "Goals[0].Description", "Goals[0].Competency", "Milestones[0].Title"], ignoreOrder: true);
        (await Should.ThrowAsync<NotFoundInScopeException>(() => host.Send(Request(world.PesisirStaff[0]), CallerScope.ForRegion(World.MetroRegion)))).Code.ShouldBe("not_found");
        (await Should.ThrowAsync<RequestValidationException>(() => host.Send(new CreateActionPlan(world.MetroStaff[0], "Rencana", null, "Atasan", [], []))))
            .Errors.Keys.ShouldBe(["Goals", "Milestones"], ignoreOrder: true);
        var plan = await host.Send(Request(world.MetroStaff[0]));
        host.Store.Writes = 0;
        (await Should.ThrowAsync<RequestValidationException>(() => host.Send(new CompleteMilestone(plan, 1, host.Today.AddDays(1), ""))))
            .Errors.Keys.ShouldBe(["On", "Evidence"], ignoreOrder: true);
        (await Should.ThrowAsync<NotFoundInScopeException>(() => host.Send(new SignOffActionPlan(plan, "Kepala", host.Today), CallerScope.ForRegion(World.PesisirRegion))))
            .Code.ShouldBe("not_found");

        host.Store.Writes.ShouldBe(0);
        host.Store.Set<ActionPlan>().Single().Milestones.ShouldAllBe(m => m.CompletedOn == null);
    }

    [Fact]
    public async Task Messages_are_indonesian_by_default_and_english_on_request()
    {
        using var host = new TestHost();
        var world = await World.CreateAsync(host);
        var plan = await host.Send(Request(world.MetroStaff[0]));

        using (new Competencies.CultureScope("id-ID"))
        {
            (await Should.ThrowAsync<RequestValidationException>(() => host.Send(new CompleteMilestone(plan, 1, host.Today.AddDays(1), "x")))).Errors["On"].Single().ShouldBe("Tanggal tidak boleh di masa depan.");
            (await Should.ThrowAsync<DomainRuleException>(() => host.Send(new SignOffActionPlan(plan, "Kepala", host.Today)))).Message.ShouldBe("Tahap 1, 2 belum selesai.");
        }

        using (new Competencies.CultureScope("en-US"))
        {
            (await Should.ThrowAsync<DomainRuleException>(() => host.Send(new SignOffActionPlan(plan, "Kepala", host.Today)))).Message.ShouldBe("Milestones 1, 2 are not completed.");
        }
    }
}

public sealed class WhatIsDueTests
{
    [Fact]
    public async Task Late_in_the_year_employees_below_20_jp_are_due_and_earlier_they_are_not()
    {
        using var host = new TestHost();
        var world = await World.CreateAsync(host, 2, 1);
        await host.Send(new RecordLearningHours(world.MetroStaff[0], new DateOnly(2026, 3, 2), LearningForm.Pelatihan, 20 * 45, "Pelatihan Pelayanan Prima", Reference: "bkd-2026-001"));
        await host.Send(new RecordLearningHours(world.MetroStaff[1], new DateOnly(2026, 3, 2), LearningForm.Pelatihan, 8 * 45, "Seminar Digitalisasi"));

        var november = await host.Send(new GetWhatIsDue());
        var september = await host.Send(new GetWhatIsDue(new DateOnly(2026, 9, 30)));

        var below = november.Items.Where(i => i.Kind == DueKind.BelowJpEntitlement).ToArray();
        below.Select(i => i.Employee).ShouldBe([world.MetroStaff[1], world.PesisirStaff[0]], ignoreOrder: true);
        below.ShouldAllBe(i => i.DueOn == new DateOnly(2026, 12, 31) && !i.Overdue);
        below.Single(i => i.Employee == world.MetroStaff[1]).Description.English.ShouldBe("Pegawai Metro 1: 8 JP, 12 JP short before the year ends.");
        september.Items.ShouldNotContain(i => i.Kind == DueKind.BelowJpEntitlement);
        (await host.Send(new GetWhatIsDue(RegionCode: World.PesisirRegion))).Items.Select(i => i.Employee).ShouldBe([world.PesisirStaff[0]]);
    }

    [Fact]
    public async Task Evaluation_measurements_due_or_missing_come_from_the_evaluation_plan()
    {
        using var host = new TestHost();
        var (_, plan) = await EvaluationFixture.CreateAsync(host);

        // The run ended on 5 June 2026; on 28 November the 90-day measurements' windows (to 3 October + 30) have passed.
        var report = await host.Send(new GetWhatIsDue(HorizonDays: 0));

        var evaluation = report.Items.Where(i => i.Reference.StartsWith($"evaluation:{plan}:", StringComparison.Ordinal)).ToArray();
        evaluation.ShouldNotBeEmpty();
        evaluation.Where(i => i.Kind == DueKind.EvaluationMissing).Select(i => i.Reference.Split(':')[2]).ShouldContain("L3-SUP-90");
        evaluation.ShouldAllBe(i => i.RegionCode == World.MetroRegion);
        var states = await host.Send(new Domain.Evaluation.GetMeasurementStatus(plan));
        evaluation.Length.ShouldBe(states.Count(s => s.Status is Domain.Evaluation.MeasurementStatus.Due or Domain.Evaluation.MeasurementStatus.Overdue));
    }

    [Fact]
    public async Task Runs_starting_soon_and_expiring_certificates_are_listed_in_due_order()
    {
        using var host = new TestHost();
        var setup = await RunFixture.ScheduledAsync(host, RunFixture.Course(new CourseCompletion(GrantsCertificate: true, CertificateValidityMonths: 12)));
        await host.Send(new InviteParticipants(setup.Run, [new(setup.Staff[0]), new(setup.Staff[1])]));
        await host.Send(new RespondToInvitation(setup.Run, setup.Staff[0], true));

        var before = await host.Send(new GetWhatIsDue(setup.View.Start.AddDays(-7)));
        var starting = before.Items.Single(i => i.Kind == DueKind.RunStarting);
        starting.Description.English.ShouldBe($"Run PPP-01 starts {Text.Iso(setup.View.Start)}: 1 confirmed (minimum 2).");
        (await host.Send(new GetWhatIsDue(setup.View.Start.AddDays(-8)))).Items.ShouldNotContain(i => i.Kind == DueKind.RunStarting);

        await host.Send(new RespondToInvitation(setup.Run, setup.Staff[1], true));
        RunFixture.MoveTo(host, setup.View.Start);
        await host.Send(new StartRun(setup.Run));
        await RunFixture.AttendAsync(host, setup, [setup.Staff[0], setup.Staff[1]], (_, _) => true);
        await host.Send(new CompleteRun(setup.Run));
        var until = setup.View.End.AddMonths(12).AddDays(-1);

        var due = await host.Send(new GetWhatIsDue(until.AddDays(-30)));
        var expiring = due.Items.Where(i => i.Kind == DueKind.CertificateExpiring).ToArray();
        expiring.Length.ShouldBe(2);
        expiring.ShouldAllBe(i => i.DueOn == until && !i.Overdue);
        (await host.Send(new GetWhatIsDue(until.AddDays(1)))).Items.Count(i => i.Kind == DueKind.CertificateExpired).ShouldBe(2);
        due.Items.Select(i => i.DueOn).ShouldBeInOrder();
        due.Items.ShouldBe(due.Items.OrderBy(i => i.DueOn).ThenBy(i => i.Kind).ThenBy(i => i.Reference, StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_report_stays_in_the_callers_scope_and_refuses_bad_input()
    {
        using var host = new TestHost();
        var world = await World.CreateAsync(host, 2, 2);
        var metro = CallerScope.ForRegion(World.MetroRegion);

        (await host.Send(new GetWhatIsDue(), metro)).Items.ShouldAllBe(i => i.RegionCode == World.MetroRegion);
        (await host.Send(new GetWhatIsDue(), metro)).Items.Count.ShouldBe(2);
        await Should.ThrowAsync<ScopeViolationException>(() => host.Send(new GetWhatIsDue(RegionCode: World.PesisirRegion), metro));
        (await Should.ThrowAsync<RequestValidationException>(() => host.Send(new GetWhatIsDue(HorizonDays: -1)))).Errors.Keys.ShouldBe(["HorizonDays"]);
        (await Should.ThrowAsync<RequestValidationException>(() => host.Send(new GetWhatIsDue(HorizonDays: 367)))).Errors.Keys.ShouldBe(["HorizonDays"]);
        world.MetroStaff.Count.ShouldBe(2);
    }
}
