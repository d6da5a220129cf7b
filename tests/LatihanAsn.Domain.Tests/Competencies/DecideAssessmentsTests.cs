using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.Tests.Infrastructure;

namespace LatihanAsn.Domain.Tests.Competencies;

/// <summary>
/// DecideAssessments through the real container and pipeline: decisions in one batch leave the assessments, the
/// profiles' statuses and the events that the same decisions sent one by one leave; a refused row refuses the batch,
/// naming the row, with nothing stored and nothing published; a supervisor decides only for the people they supervise.
/// </summary>
public sealed class DecideAssessmentsTests
{
    private static async Task<(World World, List<AssessmentId> Pending)> WorldAsync(TestHost host)
    {
        var world = await World.CreateAsync(host, 4, 1);
        var pending = new List<AssessmentId>();
        foreach (var person in world.MetroStaff)
        {
            pending.Add(await host.Send(new RecordAssessment(person, AssessmentSource.Test, host.Today, "BPSDM", [new("M.05", 3)], Pending: true)));
        }

        host.Events.Events.Clear();
        host.Store.Writes = 0;
        return (world, pending);
    }

    [Fact]
    public async Task Decisions_in_one_batch_leave_what_decisions_one_by_one_leave()
    {
        using var single = new TestHost();
        using var batch = new TestHost();
        var (_, pending1) = await WorldAsync(single);
        var (_, pending2) = await WorldAsync(batch);
        bool[] confirm = [true, false, true, false];

        for (var i = 0; i < pending1.Count; i++)
        {
            await (confirm[i]
                ? single.Send(new ConfirmAssessment(pending1[i], "Kepala Bidang"))
                : single.Send(new RejectAssessment(pending1[i], "Kepala Bidang", "Belum terlihat")));
        }

        await batch.Send(new DecideAssessments([.. pending2.Select((id, i) => new AssessmentDecision(id, confirm[i], "Kepala Bidang", confirm[i] ? null : "Belum terlihat"))]));

        string Statuses(TestHost host, List<AssessmentId> ids) =>
            string.Join(",", ids.Select(id => host.Store.Set<CompetencyAssessment>().Single(a => a.Id == id)).Select(a => $"{a.Status}:{a.DecisionNote}"));
        Statuses(batch, pending2).ShouldBe(Statuses(single, pending1));
        Statuses(batch, pending2).ShouldBe("Confirmed:Kepala Bidang,Rejected:Kepala Bidang: Belum terlihat,Confirmed:Kepala Bidang,Rejected:Kepala Bidang: Belum terlihat");
        batch.Events.Events.Select(e => e.GetType().Name).ShouldBe(single.Events.Events.Select(e => e.GetType().Name));
    }

    [Fact]
    public async Task A_refused_row_refuses_the_batch_naming_it_and_changes_nothing()
    {
        using var host = new TestHost();
        var (_, pending) = await WorldAsync(host);
        await host.Send(new ConfirmAssessment(pending[3], "Kepala Bidang"));
        host.Events.Events.Clear();
        host.Store.Writes = 0;

        var notPending = await Should.ThrowAsync<BatchRowException>(() => host.Send(new DecideAssessments([new(pending[0], true, "Kabid"), new(pending[3], true, "Kabid")])));
        notPending.Code.ShouldBe("domain_rule.assessment_not_pending");
        notPending.Details["row"].ShouldBe(1);

        var missing = await Should.ThrowAsync<BatchRowException>(() => host.Send(new DecideAssessments([new(AssessmentId.New(), true, "Kabid")])));
        missing.Code.ShouldBe(ErrorCodes.NotFound);
        missing.Details["row"].ShouldBe(0);

        var shape = await Should.ThrowAsync<RequestValidationException>(() => host.Send(new DecideAssessments([new(pending[0], true, "Kabid"), new(pending[0], false, "Kabid", "x"), new(pending[1], false, "Kabid")])));
        shape.Errors.Keys.ShouldBe(["Rows[1].AssessmentId", "Rows[2].Reason"], ignoreOrder: true);

        host.Store.Writes.ShouldBe(0);
        host.Events.Events.ShouldBeEmpty();
        host.Store.Set<CompetencyAssessment>().Count(a => a.Status == AssessmentStatus.Pending).ShouldBe(3);
    }

    [Fact]
    public async Task A_supervisor_decides_only_for_the_people_they_supervise()
    {
        using var host = new TestHost();
        var (_, pending) = await WorldAsync(host);
        var boss = Caller.InRoles("kabid", CallerScope.ForRegion(World.MetroRegion), RolePresets.Supervisor).Supervising([Nip.Parse(Nips.Make(0))]);

        var refused = await Should.ThrowAsync<BatchRowException>(() => host.Send(new DecideAssessments([new(pending[0], true, "Kabid"), new(pending[1], true, "Kabid")]), boss));
        refused.Code.ShouldBe(ErrorCodes.Forbidden);
        refused.Details["row"].ShouldBe(1);
        host.Store.Writes.ShouldBe(0);

        await host.Send(new DecideAssessments([new(pending[0], true, "Kabid")]), boss);
        host.Store.Set<CompetencyAssessment>().Single(a => a.Id == pending[0]).Status.ShouldBe(AssessmentStatus.Confirmed);
    }
}
