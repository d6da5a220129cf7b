using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.FollowUp;
using LatihanAsn.Domain.NeedsAnalysis;
using LatihanAsn.Domain.Programs;
using LatihanAsn.Domain.Reference;
using LatihanAsn.Domain.Tests.Competencies;
using LatihanAsn.Domain.Tests.Infrastructure;

namespace LatihanAsn.Domain.Tests.FollowUp;

/// <summary>
/// The README's cycle examples (needs analysis, composition, follow-up), run as written through the real container and
/// pipeline, so that the README shows code that works and the numbers it prints.
/// </summary>
public sealed class ReadmeCycleExampleTests
{
    [Fact]
    public async Task The_readme_cycle_runs_as_written()
    {
        using var culture = new CultureScope("en-GB");
        using var host = new TestHost();
        var world = await RunFixtureWorldAsync(host);
        var mediator = new HostMediator(host);
        var employees = world.MetroStaff;
        var ana = employees[0];
        var lines = new List<string>();

        // --- README: needs analysis ---
        var survey = await mediator.Send(new OpenNeedsSurvey("AKPK 2027", SurveyForm.Borich,
            [new SurveyItemInput("M.03"), new SurveyItemInput("M.05")]));
        foreach (var employee in employees)                                     // at least the minimum group size (5)
        {
            await mediator.Send(new SubmitSurveyResponse(survey, employee,
                [new AnswerInput("M.03", Importance: 5, Competence: 3), new AnswerInput("M.05", Importance: 4, Competence: 4)],
                [new ProposalInput("Penanganan pengaduan", "M.05")]));
        }

        await mediator.Send(new CloseNeedsSurvey(survey));
        var priorities = await mediator.Send(new ComputeSurveyPriorities(survey));
        foreach (var item in priorities.Borich)
        {
            lines.Add($"{item.Item}: MWDS {item.Mwds}, rank {item.Rank}");     // M.03: MWDS 10, rank 1
        }

        var needs = await mediator.Send(new ComputeIndividualNeeds(ana));
        lines.Add(needs.Explanation.English);
        await mediator.Send(new RecordLearningHours(ana, new DateOnly(2026, 3, 2), LearningForm.Seminar, 6 * 60, "Seminar Pelayanan Publik", Days: 1, Reference: "bkd-2026-0042"));
        var jp = await mediator.Send(new GetJpCompliance(2026, EmployeeId: ana));
        lines.Add($"{jp.Employees[0].Standing.Jp} JP of {jp.RequiredJp}");     // 4 JP of 20

        // --- README: program composition ---
        var composed = await mediator.Send(new ComposeTrainingPlan("Rencana Pengembangan Kompetensi", 2027, 500_000_000m, "METRO-DISKOMINFO"));
        foreach (var run in composed.Composition.Runs)
        {
            lines.Add($"{run.CourseCode} {run.Mode} {run.Start:yyyy-MM-dd}: {run.Participants.Count} participants; {run.Why.English}");
        }

        await mediator.Send(new SubmitTrainingPlan(composed.PlanId));
        await mediator.Send(new ApproveTrainingPlan(composed.PlanId, "Sekretaris Daerah"));

        // --- README: follow-up ---
        var runId = await mediator.Send(new ScheduleRun(composed.PlanId, Line: 1));
        var invited = await mediator.Send(new InviteParticipants(runId));          // the line's target employees
        foreach (var e in invited)
        {
            await mediator.Send(new RespondToInvitation(runId, e.Employee, Accept: true));
        }

        var view = await mediator.Send(new GetCourseRun(runId));
        RunFixture.MoveTo(host, view.Start);                                        // the host's clock (TimeProvider)
        await mediator.Send(new StartRun(runId));
        foreach (var session in view.Sessions)
        {
            RunFixture.MoveTo(host, session.Date);
            await mediator.Send(new RecordSessionAttendance(runId, session.Number, invited.Select(e => new AttendanceMark(e.Employee, true)).ToArray()));
        }

        RunFixture.MoveTo(host, view.End);
        var completion = await mediator.Send(new CompleteRun(runId, invited.Select(e => new TestScoreInput(e.Employee, 82m)).ToArray()));
        lines.Add($"{completion.Outcomes.Count(o => o.Completed)} completed, {completion.CreditedJp.Values.Sum()} JP credited, {completion.Certificates.Count} certificates, {completion.Evidence.Count} pending assessments");
        foreach (var evidence in completion.Evidence)
        {
            await mediator.Send(new ConfirmAssessment(evidence, "Kepala Bidang"));    // now it counts: the gap shrinks
        }

        var due = await mediator.Send(new GetWhatIsDue(AsOf: new DateOnly(2028, 12, 1), HorizonDays: 60));
        foreach (var kind in due.Items.GroupBy(i => i.Kind))
        {
            lines.Add($"{kind.Key}: {kind.Count()}, first {kind.First().Description.English}");
        }

        // What the README says these lines print.
        lines[0].ShouldBe("M.03: MWDS 10, rank 1");
        lines[1].ShouldBe("M.05: MWDS 0, rank 2");
        lines[2].ShouldBe("Training needs: M.03 (-2), M.05 (-1).");
        lines[3].ShouldBe("4 JP of 20");
        composed.Composition.Runs.ShouldNotBeEmpty();
        lines.ShouldContain(l => l.StartsWith("PPP-01 Klasikal ", StringComparison.Ordinal) && l.Contains("participants; Closes ", StringComparison.Ordinal));
        completion.Outcomes.ShouldAllBe(o => o.Completed);
        completion.Evidence.Count.ShouldBe(completion.Outcomes.Count);
        (await mediator.Send(new ComputeIndividualNeeds(ana))).Needs.Single(n => n.Competency.Value == "M.05").Held!.Gap.ShouldBe(0);
        due.Items.GroupBy(i => i.Kind).Select(g => (g.Key, g.Count())).ShouldBe([(DueKind.BelowJpEntitlement, 6), (DueKind.CertificateExpiring, 6)]);
        foreach (var line in lines)
        {
            Console.WriteLine(line);
        }
    }

    private static async Task<World> RunFixtureWorldAsync(TestHost host)
    {
        var world = await World.CreateAsync(host, 6, 0);
        foreach (var reach in LampungReach.Create())
        {
            host.Store.Seed(reach);
        }

        foreach (var id in world.MetroStaff)
        {
            await host.Send(new RecordAssessment(id, AssessmentSource.AssessmentCentre, new DateOnly(2026, 1, 10), "UPT", [new("M.01", 2), new("M.03", 1), new("M.05", 1)]));
        }

        await host.Send(new DefineCourse("PPP-01", RunFixture.Course(new CourseCompletion(PassingScore: 70m, GrantsCertificate: true, CertificateValidityMonths: 24))));
        return world;
    }

    /// <summary>Reads like an injected <c>IMediator</c> in the README.</summary>
    private sealed class HostMediator(TestHost host)
    {
        public Task<T> Send<T>(MediatR.IRequest<T> request) => host.Send(request);
    }
}
