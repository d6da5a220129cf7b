using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.Tests.Sample;
using LatihanAsn.Domain.Tests.UnitOfWork;

namespace LatihanAsn.Domain.EntityFrameworkCore.Tests;

/// <summary>
/// The package on SQLite (a fresh database file per test, and one per class for the parity table): migrations,
/// round trips, the parity table against Ardalis' in-memory evaluator, races and injected failures.
/// </summary>
public sealed class SqliteTests(SqliteParityWorld world) : IClassFixture<SqliteParityWorld>
{
    private const Provider Db = Provider.Sqlite;

    public static TheoryData<string> Races => Checks.Scenarios(typeof(RaceScenarios));

    public static TheoryData<string> Failures => Checks.Scenarios(typeof(FailureScenarios));

    [Fact]
    public Task Migrations_create_every_table_on_an_empty_database() => Checks.MigrationsCreateEveryTableAsync(Db);

    [Fact]
    public Task The_model_has_no_pending_changes() => Checks.NoPendingModelChangesAsync(Db);

    [Fact]
    public Task Every_aggregate_round_trips() => Checks.EveryAggregateRoundTripsAsync(Db);

    [Fact]
    public Task Every_aggregate_round_trips_through_bulk_inserts() => Checks.EveryAggregateRoundTripsAsync(Db, bulkThreshold: 1);

    [Fact]
    public Task Bulk_inserts_store_what_the_update_pipeline_stores() => Checks.BulkInsertsStoreWhatTheUpdatePipelineStoresAsync(Db);

    [Fact]
    public Task Changes_advance_the_version_and_stale_writes_conflict() => Checks.ChangesAdvanceTheVersionAndStaleWritesConflictAsync(Db);

    [Theory]
    [MemberData(nameof(ParityCases.ScopedCases), MemberType = typeof(ParityCases))]
    public async Task Scoped_specifications_list_what_the_in_memory_evaluator_lists(string specification, string scope)
    {
        var (memory, store) = await ParityCases.Scoped[specification](world, ParityCases.Scopes[scope]);
        store.ShouldBe(memory);
    }

    [Theory]
    [MemberData(nameof(ParityCases.UnscopedCases), MemberType = typeof(ParityCases))]
    public async Task Unscoped_specifications_list_what_the_in_memory_evaluator_lists(string specification)
    {
        var (memory, store) = await ParityCases.Unscoped[specification](world);
        store.ShouldBe(memory);
    }

    [Theory]
    [InlineData("province", 11)]
    [InlineData("region 1872", 5)]
    [InlineData("opd 1813-SETDA", 4)]
    public async Task Scoped_counts_agree(string scope, int expected) =>
        (await world.CountBoth(new AssessmentsSpec(ParityCases.Scopes[scope]))).ShouldBe((expected, expected));

    [Theory]
    [MemberData(nameof(Races))]
    public Task Twenty_concurrent_requests(string scenario) => Checks.RunAsync(typeof(RaceScenarios), scenario, Db);

    [Theory]
    [MemberData(nameof(Failures))]
    public Task A_failure_at_every_write(string scenario) => Checks.RunAsync(typeof(FailureScenarios), scenario, Db);

    [Theory]
    [MemberData(nameof(Races))]
    public Task Twenty_concurrent_requests_with_bulk_inserts(string scenario) => Checks.RunWithBulkInsertsAsync(typeof(RaceScenarios), scenario, Db);

    [Theory]
    [MemberData(nameof(Failures))]
    public Task A_failure_at_every_write_with_bulk_inserts(string scenario) => Checks.RunWithBulkInsertsAsync(typeof(FailureScenarios), scenario, Db);
}

/// <summary>
/// The same checks on PostgreSQL, on a fresh database per test (and one per class for the parity table) of the server
/// that <c>LATIHANASN_POSTGRES</c> names; skipped, with the reason, when it is not set.
/// </summary>
public sealed class PostgreSqlTests(PostgresParityWorld world) : IClassFixture<PostgresParityWorld>
{
    private const Provider Db = Provider.PostgreSql;

    public static TheoryData<string> Races => Checks.Scenarios(typeof(RaceScenarios));

    public static TheoryData<string> Failures => Checks.Scenarios(typeof(FailureScenarios));

    [PostgresFact]
    public Task Migrations_create_every_table_on_an_empty_database() => Checks.MigrationsCreateEveryTableAsync(Db);

    [PostgresFact]
    public Task The_model_has_no_pending_changes() => Checks.NoPendingModelChangesAsync(Db);

    [PostgresFact]
    public Task Every_aggregate_round_trips() => Checks.EveryAggregateRoundTripsAsync(Db);

    [PostgresFact]
    public Task Every_aggregate_round_trips_through_bulk_inserts() => Checks.EveryAggregateRoundTripsAsync(Db, bulkThreshold: 1);

    [PostgresFact]
    public Task Bulk_inserts_store_what_the_update_pipeline_stores() => Checks.BulkInsertsStoreWhatTheUpdatePipelineStoresAsync(Db);

    [PostgresFact]
    public Task Changes_advance_the_version_and_stale_writes_conflict() => Checks.ChangesAdvanceTheVersionAndStaleWritesConflictAsync(Db);

    [PostgresTheory]
    [MemberData(nameof(ParityCases.ScopedCases), MemberType = typeof(ParityCases))]
    public async Task Scoped_specifications_list_what_the_in_memory_evaluator_lists(string specification, string scope)
    {
        var (memory, store) = await ParityCases.Scoped[specification](world, ParityCases.Scopes[scope]);
        store.ShouldBe(memory);
    }

    [PostgresTheory]
    [MemberData(nameof(ParityCases.UnscopedCases), MemberType = typeof(ParityCases))]
    public async Task Unscoped_specifications_list_what_the_in_memory_evaluator_lists(string specification)
    {
        var (memory, store) = await ParityCases.Unscoped[specification](world);
        store.ShouldBe(memory);
    }

    [PostgresTheory]
    [InlineData("province", 11)]
    [InlineData("region 1872", 5)]
    [InlineData("opd 1813-SETDA", 4)]
    public async Task Scoped_counts_agree(string scope, int expected) =>
        (await world.CountBoth(new AssessmentsSpec(ParityCases.Scopes[scope]))).ShouldBe((expected, expected));

    [PostgresTheory]
    [MemberData(nameof(Races))]
    public Task Twenty_concurrent_requests(string scenario) => Checks.RunAsync(typeof(RaceScenarios), scenario, Db);

    [PostgresTheory]
    [MemberData(nameof(Failures))]
    public Task A_failure_at_every_write(string scenario) => Checks.RunAsync(typeof(FailureScenarios), scenario, Db);

    [PostgresTheory]
    [MemberData(nameof(Races))]
    public Task Twenty_concurrent_requests_with_bulk_inserts(string scenario) => Checks.RunWithBulkInsertsAsync(typeof(RaceScenarios), scenario, Db);

    [PostgresTheory]
    [MemberData(nameof(Failures))]
    public Task A_failure_at_every_write_with_bulk_inserts(string scenario) => Checks.RunWithBulkInsertsAsync(typeof(FailureScenarios), scenario, Db);
}

/// <summary>Conflict detection stays provider-neutral: it reads <c>DbException.SqlState</c> and SQLite's code by name.</summary>
public sealed class ConflictDetectionTests
{
    [Fact]
    public void Postgres_unique_violation_deadlock_and_serialization_failure_are_conflicts()
    {
        foreach (var state in new[] { "23505", "40P01", "40001" })
        {
            EfUnitOfWork.IsConflict(new Exception("wrapper", new Npgsql.PostgresException("x", "ERROR", "ERROR", state))).ShouldBeTrue(state);
        }

        EfUnitOfWork.IsConflict(new Npgsql.PostgresException("x", "ERROR", "ERROR", "23503")).ShouldBeFalse(); // a foreign key is not a race
    }

    [Fact]
    public void Sqlite_unique_and_primary_key_violations_are_conflicts()
    {
        EfUnitOfWork.IsConflict(new Microsoft.Data.Sqlite.SqliteException("x", 19, 2067)).ShouldBeTrue();
        EfUnitOfWork.IsConflict(new Microsoft.Data.Sqlite.SqliteException("x", 19, 1555)).ShouldBeTrue();
        EfUnitOfWork.IsConflict(new Microsoft.Data.Sqlite.SqliteException("x", 19, 787)).ShouldBeFalse();
        EfUnitOfWork.IsConflict(new IOException("disk")).ShouldBeFalse();
    }
}

/// <summary>Identifiers inside JSON columns are written as their Guid's text; rows written earlier as objects still read.</summary>
public sealed class JsonIdentifierTests
{
    [Fact]
    public void Identifiers_are_written_as_text_and_read_in_both_shapes()
    {
        var id = new Competencies.EmployeeId(Guid.Parse("4eae258f-50f5-42fe-8ec1-78436bb22409"));
        JsonColumn.Write<IReadOnlyList<Competencies.EmployeeId>>([id]).ShouldBe("[\"4eae258f-50f5-42fe-8ec1-78436bb22409\"]");
        JsonColumn.Read<IReadOnlyList<Competencies.EmployeeId>>("[\"4eae258f-50f5-42fe-8ec1-78436bb22409\"]").ShouldBe([id]);
        JsonColumn.Read<IReadOnlyList<Competencies.EmployeeId>>("[{\"value\":\"4eae258f-50f5-42fe-8ec1-78436bb22409\"}]").ShouldBe([id]);
        Should.Throw<System.Text.Json.JsonException>(() => JsonColumn.Read<IReadOnlyList<Competencies.EmployeeId>>("[{\"other\":1}]"));
        Should.Throw<System.Text.Json.JsonException>(() => JsonColumn.Read<IReadOnlyList<Competencies.EmployeeId>>("[42]"));
    }
}
