namespace LatihanAsn.Domain.Common;

/// <summary>Finds the row ranges of groups stored one after another.</summary>
internal static class GroupRanging
{
    public static (int Start, int Count)[]? Of(ReadOnlySpan<int> groups, int groupCount)
    {
        // Unchecked: positions stay below the span length, so end + 1 and end - start cannot overflow (a batch hot path).
        unchecked
        {
            var ranges = new (int Start, int Count)[groupCount];
            var start = 0;
            while (start < groups.Length)
            {
                var g = groups[start];
                if ((uint)g >= (uint)groupCount || ranges[g].Count > 0)
                {
                    return null;
                }

                var end = start + 1;
                while (end < groups.Length && groups[end] == g)
                {
                    end++;
                }

                ranges[g] = (start, end - start);
                start = end;
            }

            return ranges;
        }
    }
}
