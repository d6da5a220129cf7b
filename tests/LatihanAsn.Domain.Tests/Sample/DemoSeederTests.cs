using LatihanAsn.Domain.Competencies;
using LatihanAsn.Lampung.Seeding;

namespace LatihanAsn.Domain.Tests.Sample;

/// <summary>How the demo's seeder splits the plan's assessments into import waves.</summary>
public sealed class DemoSeederTests
{
    [Fact]
    public void Every_assessment_is_in_one_wave_after_the_one_it_supersedes_and_in_plan_order()
    {
        var plan = DemoPlan.Generate(DemoPlan.DefaultSeed, 3000);

        var waves = DemoSeeder.Waves(plan.Assessments);

        waves.Count.ShouldBe(2); // the plan's corrections supersede first assessments only
        waves.SelectMany(w => w).Order().ShouldBe(Enumerable.Range(0, plan.Assessments.Count));
        var waveOf = new int[plan.Assessments.Count];
        for (var w = 0; w < waves.Count; w++)
        {
            waves[w].ShouldBe(waves[w].Order());
            waves[w].ForEach(i => waveOf[i] = w);
        }

        for (var i = 0; i < plan.Assessments.Count; i++)
        {
            if (plan.Assessments[i].Supersedes is { } old)
            {
                waveOf[old].ShouldBeLessThan(waveOf[i]);
            }
            else
            {
                waveOf[i].ShouldBe(0);
            }
        }
    }

    [Fact]
    public void A_chain_of_corrections_takes_a_wave_per_link_and_a_forward_reference_is_refused()
    {
        static AssessmentPlan A(int? supersedes) => new(0, AssessmentSource.Supervisor, new DateOnly(2025, 1, 6), "Atasan", [new("M.01", 3)], null, supersedes);

        DemoSeeder.Waves([A(null), A(0), A(null), A(1), A(2)]).ShouldBe([[0, 2], [1, 4], [3]]);
        Should.Throw<InvalidOperationException>(() => DemoSeeder.Waves([A(1), A(null)]));
    }
}
