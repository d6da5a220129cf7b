using Ardalis.Specification;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.Evaluation;
using LatihanAsn.Domain.FollowUp;
using LatihanAsn.Domain.NeedsAnalysis;
using LatihanAsn.Domain.Programs;
using LatihanAsn.Domain.Reference;
using LatihanAsn.Domain.Tests.Infrastructure;
using LatihanAsn.Domain.EntityFrameworkCore;
using LatihanAsn.Lampung.Persistence;

namespace LatihanAsn.Domain.Tests.Sample;

/// <summary>The parity world in a SQLite database through the sample's context.</summary>
public sealed class ParityWorld : ParityData
{
    private readonly TempDirectory _directory = new();
    private readonly SqliteDatabase _database;

    public ParityWorld()
    {
        _database = SqliteDatabase.Recreate(_directory.File("parity.db"));
        using var context = _database.CreateContext();
        context.AddRange(All);
        context.SaveChanges();
    }

    internal LatihanAsnDbContext NewContext() => _database.CreateContext();

    protected override async Task<List<T>> StoreListAsync<T>(ISpecification<T> specification)
    {
        using var context = _database.CreateContext();
        return await new EfRepository<T>(context).ListAsync(specification);
    }

    protected override async Task<int> StoreCountAsync<T>(ISpecification<T> specification)
    {
        using var context = _database.CreateContext();
        return await new EfRepository<T>(context).CountAsync(specification);
    }

    protected override void Dispose(bool disposing)
    {
        _database.Dispose();
        _directory.Dispose();
    }
}

/// <summary>
/// Every specification of the library, under a province, a region and an OPD scope: the in-memory repository (Ardalis'
/// own evaluator) and the sample's EF Core repository on SQLite must list the same aggregates in the same order.
/// </summary>
public sealed class SpecificationParityTests(ParityWorld world) : IClassFixture<ParityWorld>
{
    [Theory]
    [MemberData(nameof(ParityCases.ScopedCases), MemberType = typeof(ParityCases))]
    public async Task Both_stores_list_the_same_aggregates_in_the_same_order(string specification, string scope)
    {
        var (memory, sqlite) = await ParityCases.Scoped[specification](world, ParityCases.Scopes[scope]);

        sqlite.ShouldBe(memory);
    }

    [Theory]
    [MemberData(nameof(ParityCases.UnscopedCases), MemberType = typeof(ParityCases))]
    public async Task Both_stores_answer_the_unscoped_specifications_alike(string specification)
    {
        var (memory, sqlite) = await ParityCases.Unscoped[specification](world);

        sqlite.ShouldBe(memory);
    }

    [Fact]
    public void The_world_exercises_every_case()
    {
        // Guards the table: the order-sensitive cases need several results, ties and every status.
        world.Employees.Select(e => e.Nip).ShouldNotBe(world.Employees.Select(e => e.Nip).Order());
        world.Assessments.GroupBy(a => a.AssessedOn).ShouldContain(g => g.Count() > 1);
        world.Assessments.Select(a => a.Status).Distinct().Count().ShouldBe(Enum.GetValues<AssessmentStatus>().Length);
        world.Courses.Select(c => c.Code).ShouldNotBe(world.Courses.Select(c => c.Code).Order(StringComparer.Ordinal));
        world.Courses.ShouldContain(c => c.Withdrawn);
        world.Plans.ShouldAllBe(p => p.Lines.Count > 0);
        world.Plans.Select(p => p.Status).Distinct().Count().ShouldBe(4);
        world.Plans.GroupBy(p => (p.Year, p.Version)).ShouldContain(g => g.Count() > 1); // ties broken by id
        world.EvaluationPlans.GroupBy(p => (p.OpdCode, p.RunEnd)).ShouldContain(g => g.Count() > 1);
        world.SkmSurveys.GroupBy(v => (v.OpdCode, v.PeriodEnd)).ShouldContain(g => g.Count() > 1);
        world.Runs.Select(r => r.RegionCode).Distinct().Count().ShouldBeGreaterThanOrEqualTo(3);
        world.Runs.GroupBy(r => r.Start).ShouldContain(g => g.Count() > 1);
        world.Runs.Select(r => r.Status).Distinct().Count().ShouldBe(2);
        world.Certificates.GroupBy(c => c.IssuedOn).ShouldContain(g => g.Count() > 1);
        world.MentoringPlans.GroupBy(p => p.StartedOn).ShouldContain(g => g.Count() > 1);
        world.MentoringPlans.Select(p => p.Status).Distinct().Count().ShouldBe(2);
        world.ActionPlans.Select(p => p.Status).Distinct().Count().ShouldBe(2);
    }

    [Fact]
    public void Assessment_ids_sort_as_SQLite_sorts_their_text()
    {
        // AssessmentsSpec breaks ties by id; SQLite compares the Guid's upper-case text ordinally.
        var random = new Random(38);
        var ids = Enumerable.Range(0, 500).Select(_ => new AssessmentId(new Guid(random.GetItems<byte>(Enumerable.Range(0, 256).Select(b => (byte)b).ToArray(), 16)))).ToArray();

        ids.Order().ShouldBe(ids.OrderBy(id => id.Value.ToString("D").ToUpperInvariant(), StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("province", 11)]
    [InlineData("region 1872", 5)]
    [InlineData("opd 1813-SETDA", 4)]
    public async Task Scoped_counts_agree_and_are_filtered_in_the_store(string scope, int expected)
    {
        var counts = await world.CountBoth(new AssessmentsSpec(ParityCases.Scopes[scope]));

        counts.ShouldBe((expected, expected));
    }

    [Fact]
    public async Task Order_paging_and_projection_are_applied_like_the_in_memory_evaluator()
    {
        var spec = new PagedNips(skip: 2, take: 4);
        var memory = await new InMemoryRepository<Employee>(world.Memory, new InMemoryUnitOfWork(world.Memory)).ListAsync(spec);
        using var context = world.NewContext();
        var repository = new EfRepository<Employee>(context);

        var sqlite = await repository.ListAsync(spec);

        sqlite.ShouldBe(memory);
        sqlite.Count.ShouldBe(4);
        (await repository.CountAsync(spec)).ShouldBe(world.Employees.Count); // Count ignores paging, as Ardalis' repository does
        (await repository.ListAsync(new PagedNips(skip: 0, take: -1))).Count.ShouldBe(world.Employees.Count);
    }

    /// <summary>Employees by kind of employment descending, then NIP; paged; projected to the NIP digits.</summary>
    private sealed class PagedNips : Specification<Employee, string>
    {
        public PagedNips(int skip, int take)
        {
            Query.OrderByDescending(e => e.Employment).ThenBy(e => e.Nip).Skip(skip);
            if (take >= 0)
            {
                Query.Take(take);
            }

            Query.Select(e => e.Nip.Value);
        }
    }
}
