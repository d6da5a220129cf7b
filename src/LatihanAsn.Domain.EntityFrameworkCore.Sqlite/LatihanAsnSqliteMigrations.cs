using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace LatihanAsn.Domain.EntityFrameworkCore.Sqlite;

/// <summary>The bundled SQLite migrations of <see cref="LatihanAsnDbContext"/>.</summary>
public static class LatihanAsnSqliteMigrations
{
    /// <summary>The name of the assembly that holds the migrations.</summary>
    public const string AssemblyName = "LatihanAsn.Domain.EntityFrameworkCore.Sqlite";

    /// <summary>
    /// Takes <see cref="LatihanAsnDbContext"/>'s migrations from this assembly, so that <c>Database.MigrateAsync()</c>
    /// creates or updates the library's tables: <c>options.UseSqlite(connectionString, sqlite => sqlite.UseLatihanAsnMigrations())</c>.
    /// </summary>
    /// <param name="sqlite">The SQLite options.</param>
    /// <returns>The same options.</returns>
    public static SqliteDbContextOptionsBuilder UseLatihanAsnMigrations(this SqliteDbContextOptionsBuilder sqlite)
    {
        ArgumentNullException.ThrowIfNull(sqlite);
        return sqlite.MigrationsAssembly(AssemblyName);
    }
}

/// <summary>Builds the context for the EF Core tools (<c>dotnet ef migrations add</c>); no database is opened.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<LatihanAsnDbContext>
{
    public LatihanAsnDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<LatihanAsnDbContext>().UseSqlite("Data Source=design.db", sqlite => sqlite.UseLatihanAsnMigrations()).Options);
}
