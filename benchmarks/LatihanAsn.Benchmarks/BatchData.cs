using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.Reference;

namespace LatihanAsn.Benchmarks;

/// <summary>Reproducible synthetic populations for the batch benchmarks: 9 competencies, 15 regions, rows stored region by region.</summary>
internal static class BatchData
{
    public static readonly CompetencyCode[] Codes = Permenpanrb38Of2017.Competencies.Select(c => c.Code).ToArray();
    public static readonly string[] Regions = LampungRegions.All.Select(r => r.Code).ToArray();

    /// <summary>A population matrix; about 10 % of cells not required and 8 % not assessed.</summary>
    public static PopulationMatrix Population(int employees, int seed = 2026)
    {
        var random = new Random(seed);
        var matrix = new PopulationMatrix(Codes, employees, Regions);
        for (var e = 0; e < employees; e++)
        {
            matrix.GroupIndexes[e] = (int)((long)e * Regions.Length / employees);
        }

        for (var k = 0; k < Codes.Length; k++)
        {
            var required = matrix.RequiredColumn(k);
            var actual = matrix.ActualColumn(k);
            for (var e = 0; e < employees; e++)
            {
                required[e] = (byte)(random.Next(10) == 0 ? 0 : random.Next(1, 6));
                actual[e] = (byte)(random.Next(12) == 0 ? 0 : random.Next(1, 6));
            }
        }

        return matrix;
    }

    /// <summary>
    /// The floor: streaming once through both level matrices and summing every byte (two loads and two
    /// <c>psadbw</c> per 32 cells), i.e. what one core can read. A batch rule cannot be faster than this.
    /// </summary>
    public static ulong StreamingRead(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        var acc = Vector256<ulong>.Zero;
        var zero = Vector256<byte>.Zero;
        ref var ra = ref MemoryMarshal.GetReference(a);
        ref var rb = ref MemoryMarshal.GetReference(b);
        var i = 0;
        for (; i + 32 <= a.Length; i += 32)
        {
            acc = Avx2.Add(acc, Avx2.SumAbsoluteDifferences(Vector256.LoadUnsafe(ref ra, (nuint)i), zero).AsUInt64());
            acc = Avx2.Add(acc, Avx2.SumAbsoluteDifferences(Vector256.LoadUnsafe(ref rb, (nuint)i), zero).AsUInt64());
        }

        var sum = Vector256.Sum(acc);
        for (; i < a.Length; i++)
        {
            sum += (ulong)a[i] + b[i];
        }

        return sum;
    }
}
