using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace LatihanAsn.Domain.Tests.Infrastructure;

/// <summary>
/// Copies an object graph field by field, so that the in-memory store never shares a live object with a caller (as a
/// database would not). Immutable leaves (strings, primitives, comparers, delegates, types) are shared.
/// </summary>
public static class DeepCopy
{
    private static readonly ConcurrentDictionary<Type, bool> Shareable = new();
    private static readonly ConcurrentDictionary<Type, FieldInfo[]> Fields = new();

    public static T Of<T>(T value) => (T)Copy(value, new Dictionary<object, object>(ReferenceEqualityComparer.Instance))!;

    private static object? Copy(object? value, Dictionary<object, object> copies)
    {
        if (value is null)
        {
            return null;
        }

        var type = value.GetType();
        if (IsShareable(type))
        {
            return value;
        }

        if (!type.IsValueType && copies.TryGetValue(value, out var done))
        {
            return done;
        }

        if (value is Array array)
        {
            var copy = (Array)array.Clone();
            copies[value] = copy;
            if (!IsShareable(type.GetElementType()!))
            {
                if (array.Rank != 1)
                {
                    throw new NotSupportedException("Multi-dimensional arrays are not copied.");
                }

                for (var i = 0; i < array.Length; i++)
                {
                    copy.SetValue(Copy(array.GetValue(i), copies), i);
                }
            }

            return copy;
        }

        var clone = RuntimeHelpers.GetUninitializedObject(type);
        if (!type.IsValueType)
        {
            copies[value] = clone;
        }

        foreach (var field in FieldsOf(type))
        {
            field.SetValue(clone, Copy(field.GetValue(value), copies));
        }

        return clone;
    }

    private static FieldInfo[] FieldsOf(Type type) => Fields.GetOrAdd(type, t =>
    {
        var fields = new List<FieldInfo>();
        for (var current = t; current is not null && current != typeof(object); current = current.BaseType)
        {
            fields.AddRange(current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly));
        }

        return [.. fields];
    });

    private static bool IsShareable(Type type) => Shareable.GetOrAdd(type, t =>
    {
        if (t.IsPrimitive || t.IsEnum || t.IsPointer || t == typeof(string) || t == typeof(decimal) || t == typeof(DateTime)
            || t == typeof(DateTimeOffset) || t == typeof(DateOnly) || t == typeof(TimeOnly) || t == typeof(TimeSpan) || t == typeof(Guid))
        {
            return true;
        }

        if (typeof(Delegate).IsAssignableFrom(t) || typeof(Type).IsAssignableFrom(t) || typeof(MemberInfo).IsAssignableFrom(t)
            || typeof(CultureInfo).IsAssignableFrom(t) || typeof(IEqualityComparer).IsAssignableFrom(t) || typeof(IComparer).IsAssignableFrom(t)
            || t.GetInterfaces().Any(i => i.IsGenericType && (i.GetGenericTypeDefinition() == typeof(IEqualityComparer<>) || i.GetGenericTypeDefinition() == typeof(IComparer<>)))
            || (t.Namespace?.StartsWith("System.Collections.Immutable", StringComparison.Ordinal) ?? false))
        {
            return true;
        }

        // A struct whose fields are all shareable is copied by value already.
        return t.IsValueType && !t.IsArray && FieldsOf(t).All(f => f.FieldType != t && IsShareable(f.FieldType));
    });
}
