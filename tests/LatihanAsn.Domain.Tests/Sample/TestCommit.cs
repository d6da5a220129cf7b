using LatihanAsn.Domain.EntityFrameworkCore;
using LatihanAsn.Lampung.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LatihanAsn.Domain.Tests.Sample;

/// <summary>Tests that use the sample's repositories directly commit as the library's pipeline would: through the unit of work.</summary>
internal static class TestCommit
{
    public static Task CommitAsync(this DbContext context) => new EfUnitOfWork(context).SaveChangesAsync(CancellationToken.None);
}
