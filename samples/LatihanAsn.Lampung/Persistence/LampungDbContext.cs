using LatihanAsn.Domain.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace LatihanAsn.Lampung.Persistence;

/// <summary>
/// The sample's context: the library's model from the <c>LatihanAsn.Domain.EntityFrameworkCore</c> package
/// (<see cref="LatihanAsnDbContext"/>), on the SQLite file that <see cref="SqliteDatabase"/> manages.
/// </summary>
internal sealed class LampungDbContext(DbContextOptions<LampungDbContext> options) : LatihanAsnDbContext(options);
