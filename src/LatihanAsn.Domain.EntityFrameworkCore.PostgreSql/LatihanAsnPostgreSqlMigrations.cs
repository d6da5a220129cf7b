using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;

namespace LatihanAsn.Domain.EntityFrameworkCore.PostgreSql;

/// <summary>The bundled PostgreSQL migrations of <see cref="LatihanAsnDbContext"/> (schema <c>latihan</c>).</summary>
public static class LatihanAsnPostgreSqlMigrations
{
    /// <summary>The name of the assembly that holds the migrations.</summary>
    public const string AssemblyName = "LatihanAsn.Domain.EntityFrameworkCore.PostgreSql";

    /// <summary>
    /// Takes <see cref="LatihanAsnDbContext"/>'s migrations from this assembly, with their history table in the library's
    /// schema, so that <c>Database.MigrateAsync()</c> creates or updates the library's tables:
    /// <c>options.UseNpgsql(connectionString, npgsql => npgsql.UseLatihanAsnMigrations())</c>.
    /// </summary>
    /// <param name="npgsql">The Npgsql options.</param>
    /// <returns>The same options.</returns>
    public static NpgsqlDbContextOptionsBuilder UseLatihanAsnMigrations(this NpgsqlDbContextOptionsBuilder npgsql)
    {
        ArgumentNullException.ThrowIfNull(npgsql);
        return npgsql.MigrationsAssembly(AssemblyName).MigrationsHistoryTable("__EFMigrationsHistory", LatihanAsnModelBuilderExtensions.DefaultSchema);
    }
}

/// <summary>Builds the context for the EF Core tools (<c>dotnet ef migrations add</c>); no database is opened.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<LatihanAsnDbContext>
{
    public LatihanAsnDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<LatihanAsnDbContext>().UseNpgsql("Host=localhost;Database=latihanasn_design", npgsql => npgsql.UseLatihanAsnMigrations()).Options);
}
