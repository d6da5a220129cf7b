using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.EntityFrameworkCore;
using LatihanAsn.Domain.Tests.Infrastructure;

namespace LatihanAsn.Domain.Tests.Sample;

/// <summary>
/// The specifications the import requests use, on the parity world: the in-memory repository (Ardalis' own evaluator)
/// and the EF Core repository on SQLite answer alike, including with the identifier and NIP sets the imports pass.
/// </summary>
public sealed class ImportSpecificationParityTests(ParityWorld world) : IClassFixture<ParityWorld>
{
    public static TheoryData<string> Scopes()
    {
        var data = new TheoryData<string>();
        foreach (var scope in ParityCases.Scopes.Keys)
        {
            data.Add(scope);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Scopes))]
    public async Task Assessments_by_ids_are_those_of_the_scope_in_both_stores(string scope)
    {
        var ids = world.Assessments.Select(a => a.Id).Append(AssessmentId.New()).ToHashSet();

        var (memory, sqlite) = await world.ListBoth(new AssessmentsByIdsSpec(ParityCases.Scopes[scope], ids), a => a.Id.Value);

        sqlite.ShouldBe(memory);
        if (scope == "province")
        {
            memory.Length.ShouldBe(world.Assessments.Count);
        }
    }

    [Theory]
    [InlineData(2017, 7, 18, 2017, 7, 18)]
    [InlineData(2019, 1, 1, 2019, 12, 31)]
    [InlineData(2019, 1, 1, 2020, 1, 1)]
    [InlineData(2023, 12, 31, 2023, 12, 31)]
    [InlineData(2023, 6, 1, 2024, 6, 1)]
    [InlineData(2024, 1, 1, 2026, 1, 1)]
    public async Task Frameworks_in_force_over_a_range_are_those_in_force_on_one_of_its_days(int y1, int m1, int d1, int y2, int m2, int d2)
    {
        var (from, to) = (new DateOnly(y1, m1, d1), new DateOnly(y2, m2, d2));

        var (memory, sqlite) = await world.ListBoth(new FrameworksInForceBetweenSpec(from, to), f => f.Id.Value);

        sqlite.ShouldBe(memory);
        var expected = world.Frameworks.Where(f => Enumerable.Range(0, to.DayNumber - from.DayNumber + 1).Any(d => f.IsInForceOn(from.AddDays(d)))).Select(f => f.Id.Value);
        memory.Order().ShouldBe(expected.Order());
    }

    [Fact]
    public async Task Registered_NIPs_are_the_registered_ones_among_those_asked_in_both_stores()
    {
        var asked = world.Employees.Take(3).Select(e => e.Nip).Append(Nip.Parse("196608011988031001")).ToHashSet();
        var spec = new RegisteredNipsSpec(asked);

        var memory = await new InMemoryRepository<Employee>(world.Memory, new InMemoryUnitOfWork(world.Memory)).ListAsync(spec);
        using var context = world.NewContext();
        var sqlite = await new EfRepository<Employee>(context).ListAsync(spec);

        memory.Order().ShouldBe(world.Employees.Take(3).Select(e => e.Nip).Order());
        sqlite.Order().ShouldBe(memory.Order());
    }
}
