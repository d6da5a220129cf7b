using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;

namespace LatihanAsn.Domain.Tests.FollowUp;

/// <summary>
/// A text picture of an aggregate's whole visible state (every public property, collections item by item, pending
/// events included), to prove that a refused change left it exactly as it was.
/// </summary>
internal static class AggregateSnapshot
{
    public static string Of(object aggregate)
    {
        var builder = new StringBuilder();
        Write(builder, aggregate, 0);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, object? value, int depth)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                return;
            case string or decimal or DateOnly or DateTime or DateTimeOffset or Guid or Enum or bool or char:
            case int or long or double or float or short or byte:
                builder.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                return;
        }

        if (depth > 12)
        {
            builder.Append('…');
            return;
        }

        if (value is IEnumerable items)
        {
            builder.Append('[');
            foreach (var item in items)
            {
                Write(builder, item, depth + 1);
                builder.Append(',');
            }

            builder.Append(']');
            return;
        }

        builder.Append(value.GetType().Name).Append('{');
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            builder.Append(property.Name).Append('=');
            Write(builder, property.GetValue(value), depth + 1);
            builder.Append(';');
        }

        builder.Append('}');
    }
}
