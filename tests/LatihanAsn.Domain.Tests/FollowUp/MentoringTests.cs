using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.FollowUp;
using LatihanAsn.Domain.Tests.Infrastructure;

namespace LatihanAsn.Domain.Tests.FollowUp;

public sealed class MentorMatchingRuleTests
{
    private static readonly CompetencyCode M05 = CompetencyCode.From("M.05");

    private static EmployeeId Id(int n) => new(new Guid(n, 0, 0, new byte[8]));

    // NIPs in the order of n for even n (Nips.Make alternates the sex digit).
    private static MentorCandidate Mentor(int n, int level, string region = "1872", string opd = "A", int load = 0) =>
        new(Id(n), Nip.Parse(Nips.Make(n)), new Dictionary<CompetencyCode, int> { [M05] = level }, region, opd, load);

    private static MenteeRequest Mentee(int n, int target = 3, string region = "1872", string opd = "A") => new(Id(n), M05, target, region, opd);

    public static TheoryData<string, MentorCandidate[], int?> Cases => new()
    {
        { "a level equal to the target does not qualify", [Mentor(1, 3)], null },
        { "a level above the target qualifies", [Mentor(1, 3), Mentor(2, 4)], 2 },
        { "no one mentors themself", [Mentor(100, 5)], null },
        { "a mentor at the load limit is skipped", [Mentor(1, 5, load: 2), Mentor(2, 4, opd: "B", region: "1813")], 2 },
        { "the same OPD beats the same region", [Mentor(1, 5, opd: "B"), Mentor(2, 4)], 2 },
        { "the same region beats another region", [Mentor(1, 5, region: "1813", opd: "C"), Mentor(2, 4, opd: "B")], 2 },
        { "then the lighter load", [Mentor(1, 5, load: 1), Mentor(2, 4)], 2 },
        { "then the higher level", [Mentor(1, 4), Mentor(2, 5)], 2 },
        { "then the lower NIP", [Mentor(4, 4), Mentor(2, 4)], 2 },
        { "someone with no level in the competency does not qualify", [new(Id(1), Nip.Parse(Nips.Make(1)), new Dictionary<CompetencyCode, int>(), "1872", "A", 0)], null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Mentors_are_matched_by_the_documented_rules(string rule, MentorCandidate[] candidates, int? expected)
    {
        var match = MentorMatchingRule.Match([Mentee(100)], candidates, loadLimit: 2).Single();

        match.Mentor.ShouldBe(expected is { } n ? Id(n) : null, rule);
        (match.Mentor is null ? match.Why.English : match.Why.English).ShouldNotBeNullOrWhiteSpace();
        if (expected is null)
        {
            match.Why.English.ShouldBe("No mentor with a M.05 level above 3 has capacity left.");
        }
    }

    [Fact]
    public void Matches_made_in_one_call_count_towards_the_load_and_are_explained()
    {
        var matches = MentorMatchingRule.Match([Mentee(100), Mentee(101), Mentee(102, opd: "B", region: "1813")], [Mentor(1, 5, load: 1), Mentor(2, 4, region: "1813", opd: "Z")], loadLimit: 2);

        matches.Select(m => m.Mentor).ShouldBe([Id(1), Id(2), Id(2)]);
        matches[0].Why.English.ShouldBe("Mentor's M.05 level 5 is above the target 3; same OPD; load 2/2.");
        matches[1].Why.English.ShouldBe("Mentor's M.05 level 4 is above the target 3; another region; load 1/2.");
        matches[2].Why.English.ShouldBe("Mentor's M.05 level 4 is above the target 3; same region; load 2/2.");
        matches[2].Why.Indonesian.ShouldBe("Tingkat M.05 mentor 4 di atas target 3; wilayah yang sama; beban 2/2.");
    }

    [Fact]
    public void The_rule_is_deterministic_whatever_the_candidates_order()
    {
        var candidates = Enumerable.Range(1, 8).Select(i => Mentor(i, 4 + (i % 2), region: i % 3 == 0 ? "1813" : "1872", opd: i % 4 == 0 ? "A" : "B", load: i % 2)).ToArray();
        var requests = Enumerable.Range(100, 6).Select(i => Mentee(i)).ToArray();

        var forward = MentorMatchingRule.Match(requests, candidates, 2).Select(m => m.Mentor).ToArray();
        var backward = MentorMatchingRule.Match(requests, candidates.Reverse(), 2).Select(m => m.Mentor).ToArray();

        forward.ShouldBe(backward);
        Should.Throw<ArgumentException>(() => MentorMatchingRule.Match(requests, candidates, 0));
    }
}

public sealed class MentoringHandlerTests
{
    /// <summary>A Metro world where staff 5 is confirmed at M.05 level 4 and staff 4 at level 3; the others at 1.</summary>
    private static async Task<World> MentorWorldAsync(TestHost host)
    {
        var world = await World.CreateAsync(host, 6, 2);
        for (var i = 0; i < world.MetroStaff.Count; i++)
        {
            await host.Send(new RecordAssessment(world.MetroStaff[i], AssessmentSource.AssessmentCentre, new DateOnly(2026, 3, 2), "UPT", [new("M.05", i == 5 ? 4 : i == 4 ? 3 : 1)]));
        }

        await host.Send(new RecordAssessment(world.PesisirStaff[0], AssessmentSource.AssessmentCentre, new DateOnly(2026, 3, 2), "UPT", [new("M.05", 5)]));
        host.Events.Events.Clear();
        host.Store.Writes = 0;
        return world;
    }

    [Fact]
    public async Task Find_mentors_prefers_the_same_opd_and_explains_each_match()
    {
        using var host = new TestHost();
        var world = await MentorWorldAsync(host);
        var staff = world.MetroStaff;

        var matches = await host.Send(new FindMentors([new(staff[0], "M.05", 3), new(staff[1], "m.05", 2), new(staff[2], "M.05", 4)]));

        matches.Select(m => m.Mentor).ShouldBe([staff[5], staff[4], world.PesisirStaff[0]]);
        matches[0].Request.OpdCode.ShouldBe(World.MetroOpd);
        matches[2].Why.English.ShouldContain("another region");
        (await host.Send(new FindMentors([new(staff[0], "M.05", 3)]), CallerScope.ForRegion(World.MetroRegion))).Single().Mentor.ShouldBe(staff[5]);
        (await host.Send(new FindMentors([new(staff[0], "M.05", 4)]), CallerScope.ForRegion(World.MetroRegion))).Single().Mentor.ShouldBeNull();
    }

    [Fact]
    public async Task A_mentoring_plan_runs_on_its_cadence_and_ends_with_the_mentors_assessment_as_pending_evidence()
    {
        using var host = new TestHost();
        var world = await MentorWorldAsync(host);
        var (mentor, mentee) = (world.MetroStaff[5], world.MetroStaff[0]);

        var plan = await host.Send(new StartMentoring(mentor, mentee, "M.05", 3, 14, host.Today));
        MentoringPlan Stored() => host.Store.Set<MentoringPlan>().Single();
        Stored().NextCheckInDue.ShouldBe(host.Today.AddDays(14));
        (await host.Send(new GetWhatIsDue(HorizonDays: 13))).Items.ShouldNotContain(i => i.Kind == DueKind.MentoringCheckIn);
        (await host.Send(new GetWhatIsDue(HorizonDays: 14))).Items.Single(i => i.Kind == DueKind.MentoringCheckIn).Reference.ShouldBe($"mentoring:{plan}");

        RunFixture.MoveTo(host, host.Today.AddDays(20));
        var late = (await host.Send(new GetWhatIsDue())).Items.Single(i => i.Kind == DueKind.MentoringCheckIn);
        (late.Overdue, late.Employee).ShouldBe((true, (EmployeeId?)mentee));
        await host.Send(new RecordMentoringCheckIn(plan, host.Today, "Menyusun SOP penanganan pengaduan", 3));
        Stored().NextCheckInDue.ShouldBe(host.Today.AddDays(14));
        (await Should.ThrowAsync<DomainRuleException>(() => host.Send(new RecordMentoringCheckIn(plan, host.Today.AddDays(-1), "Terlambat dicatat", 3)))).Message.ShouldNotBeEmpty();

        var assessment = await host.Send(new CompleteMentoring(plan, host.Today, 3, "Menangani pengaduan secara mandiri"));

        var evidence = host.Store.Set<CompetencyAssessment>().Single(a => a.Id == assessment);
        (evidence.Source, evidence.Status, evidence.EmployeeId).ShouldBe((AssessmentSource.Mentor, AssessmentStatus.Pending, mentee));
        evidence.Levels.Single().Level.Value.ShouldBe(3);
        evidence.Evidence.Single().Reference.ShouldBe($"mentoring:{plan}");
        Stored().Status.ShouldBe(MentoringStatus.Completed);
        Stored().NextCheckInDue.ShouldBeNull();
        host.Events.Events.Select(e => e.GetType().Name).ShouldBe(["MentoringStarted", "MentoringCheckInRecorded", "MentoringCompleted", "AssessmentRecorded"]);
        (await Should.ThrowAsync<DomainRuleException>(() => host.Send(new RecordMentoringCheckIn(plan, host.Today, "Lagi", 4)))).Message.ShouldNotBeEmpty();
        (await Should.ThrowAsync<DomainRuleException>(() => host.Send(new CompleteMentoring(plan, host.Today, 3, "Lagi")))).Message.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task A_confirmed_mentor_assessment_ranks_between_supervisor_and_360_in_the_profile()
    {
        var policy = ProfilePolicyRuleSet.Default;
        policy.RankOf(AssessmentSource.Mentor).ShouldBe(policy.RankOf(AssessmentSource.Supervisor) + 1);
        policy.RankOf(AssessmentSource.ThreeSixty).ShouldBe(policy.RankOf(AssessmentSource.Mentor) + 1);
        policy.Counted.ShouldContain(AssessmentSource.Mentor);

        using var host = new TestHost();
        var world = await MentorWorldAsync(host);
        var plan = await host.Send(new StartMentoring(world.MetroStaff[5], world.MetroStaff[0], "M.05", 3, 7, host.Today));
        var assessment = await host.Send(new CompleteMentoring(plan, host.Today, 3, "Mandiri"));
        await host.Send(new RecordAssessment(world.MetroStaff[0], AssessmentSource.ThreeSixty, host.Today, "Rekan kerja", [new("M.05", 2)]));
        (await host.Send(new GetEmployeeProfile(world.MetroStaff[0]))).Profile.LevelOf(CompetencyCode.From("M.05"))!.Value.Value.ShouldBe(2);

        await host.Send(new ConfirmAssessment(assessment, "Kepala Bidang"));

        (await host.Send(new GetEmployeeProfile(world.MetroStaff[0]))).Profile.LevelOf(CompetencyCode.From("M.05"))!.Value.Value.ShouldBe(3);
    }

    [Fact]
    public async Task Mentoring_refuses_unqualified_self_and_overloaded_mentors_and_writes_nothing()
    {
        var oneEach = new FollowUpRuleSet(new RuleSetInfo("follow-up/satu-mentee", "1", "Uji", new DateOnly(2020, 1, 1)), 0.9m, 60, 10, 1);
        using var host = new TestHost(o => o.RuleSets.Add(oneEach));
        var world = await MentorWorldAsync(host);
        var staff = world.MetroStaff;
        await host.Send(new StartMentoring(staff[5], staff[0], "M.05", 3, 14, host.Today));
        host.Store.Writes = 0;

        var unqualified = await Should.ThrowAsync<DomainRuleException>(() => host.Send(new StartMentoring(staff[4], staff[1], "M.05", 3, 14, host.Today)));
        (unqualified.Code, unqualified.Message.Contains('3')).ShouldBe(("domain_rule.mentor_level_not_above_target", true));
        var overloaded = await Should.ThrowAsync<DomainRuleException>(() => host.Send(new StartMentoring(staff[5], staff[1], "M.05", 3, 14, host.Today)));
        (overloaded.Code, overloaded.Message.Contains('1')).ShouldBe(("domain_rule.mentor_at_load_limit", true));
        (await Should.ThrowAsync<RequestValidationException>(() => host.Send(new StartMentoring(staff[1], staff[1], "M.05", 3, 14, host.Today))))
            .Errors.Keys.ShouldBe(["Mentor"]);
        (await Should.ThrowAsync<RequestValidationException>(() => host.Send(new StartMentoring(staff[5], world.PesisirStaff[1], "!!", 9, 0, host.Today), CallerScope.ForRegion(World.MetroRegion))))
            .Errors.Keys.ShouldBe(["Competency", "TargetLevel", "CadenceDays"], ignoreOrder: true);
        (await Should.ThrowAsync<NotFoundInScopeException>(() => host.Send(new StartMentoring(staff[5], world.PesisirStaff[1], "M.05", 3, 14, host.Today), CallerScope.ForRegion(World.MetroRegion)))).Code.ShouldBe("not_found");
        (await Should.ThrowAsync<NotFoundInScopeException>(() => host.Send(new StartMentoring(world.PesisirStaff[0], staff[1], "M.05", 3, 14, host.Today), CallerScope.ForRegion(World.MetroRegion)))).Code.ShouldBe("not_found");
        (await Should.ThrowAsync<RequestValidationException>(() => host.Send(new FindMentors([new(world.PesisirStaff[1], "M.05", 2), new(staff[0], "!!", 0)]), CallerScope.ForRegion(World.MetroRegion))))
            .Errors.Keys.ShouldBe(["Requests[0].Mentee", "Requests[1].Competency", "Requests[1].TargetLevel"], ignoreOrder: true);
        var plan = host.Store.Set<MentoringPlan>().Single().Id;
        (await Should.ThrowAsync<RequestValidationException>(() => host.Send(new RecordMentoringCheckIn(plan, host.Today.AddDays(1), "", 6))))
            .Errors.Keys.ShouldBe(["On", "Notes", "Progress"], ignoreOrder: true);
        (await Should.ThrowAsync<RequestValidationException>(() => host.Send(new CompleteMentoring(MentoringPlanId.New(), host.Today, 0, "x"))))
            .Errors.Keys.ShouldBe(["AssessedLevel"]);
        (await Should.ThrowAsync<NotFoundInScopeException>(() => host.Send(new CompleteMentoring(MentoringPlanId.New(), host.Today, 3, "x")))).Code.ShouldBe("not_found");

        host.Store.Writes.ShouldBe(0);
        host.Store.Set<MentoringPlan>().Count.ShouldBe(1);
    }
}
