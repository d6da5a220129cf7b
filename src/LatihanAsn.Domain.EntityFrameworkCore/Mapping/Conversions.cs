using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.Evaluation;
using LatihanAsn.Domain.NeedsAnalysis;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LatihanAsn.Domain.EntityFrameworkCore;

// Strongly typed identifiers are stored as their Guid; the NIP as its 18 digits (re-validated on the way back).
internal sealed class FrameworkIdConverter() : ValueConverter<FrameworkId, Guid>(id => id.Value, value => new FrameworkId(value));

internal sealed class OpdIdConverter() : ValueConverter<OpdId, Guid>(id => id.Value, value => new OpdId(value));

internal sealed class PositionIdConverter() : ValueConverter<PositionId, Guid>(id => id.Value, value => new PositionId(value));

internal sealed class EmployeeIdConverter() : ValueConverter<EmployeeId, Guid>(id => id.Value, value => new EmployeeId(value));

internal sealed class AssessmentIdConverter() : ValueConverter<AssessmentId, Guid>(id => id.Value, value => new AssessmentId(value));

internal sealed class SurveyIdConverter() : ValueConverter<SurveyId, Guid>(id => id.Value, value => new SurveyId(value));

internal sealed class SurveyResponseIdConverter() : ValueConverter<SurveyResponseId, Guid>(id => id.Value, value => new SurveyResponseId(value));

internal sealed class LedgerIdConverter() : ValueConverter<LedgerId, Guid>(id => id.Value, value => new LedgerId(value));

internal sealed class AppraisalIdConverter() : ValueConverter<AppraisalId, Guid>(id => id.Value, value => new AppraisalId(value));

internal sealed class NipConverter() : ValueConverter<Nip, string>(nip => nip.Value, digits => Nip.Parse(digits));

/// <summary>
/// Stores a value (a list of immutable records, or one record) as a JSON text column. The aggregates keep these as
/// private collections of value records that are never queried, so one column per collection is the simplest faithful
/// mapping.
/// </summary>
internal sealed class JsonValueConverter<T>() : ValueConverter<T, string>(value => JsonColumn.Write(value), json => JsonColumn.Read<T>(json)), IJsonColumnConverter
    where T : class;

/// <summary>Marks the converters whose column holds JSON (<c>jsonb</c> on PostgreSQL).</summary>
internal interface IJsonColumnConverter;

internal sealed class EvaluationPlanIdConverter() : ValueConverter<EvaluationPlanId, Guid>(id => id.Value, value => new EvaluationPlanId(value));

internal sealed class SkmSurveyIdConverter() : ValueConverter<SkmSurveyId, Guid>(id => id.Value, value => new SkmSurveyId(value));

/// <summary>Writes an instant with a UTC offset (PostgreSQL's <c>timestamptz</c> through Npgsql accepts only those); reads it as stored.</summary>
internal sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(value => value.ToUniversalTime(), value => value);

/// <summary>
/// Detects changes to a JSON-stored list that the aggregate changes in place (<c>Add</c>, replacing an element). The
/// elements are immutable records, so a shallow copy is a faithful snapshot and element equality is record equality.
/// </summary>
internal sealed class ImmutableItemsComparer<TItem>() : ValueComparer<IReadOnlyList<TItem>>(
    (left, right) => left == null ? right == null : right != null && left.SequenceEqual(right),
    list => list.Aggregate(list.Count, (hash, item) => HashCode.Combine(hash, item)),
    list => list.ToList());

/// <summary>The JSON shape of the value records: camelCase, enums by name, the library's value objects as scalars.</summary>
internal static class JsonColumn
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new CompetencyCodeJson(), new ProficiencyLevelJson(), new AssessedLevelJson(), new GuidIdJsonFactory(), new JsonStringEnumConverter() },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OnlyConstructorState } },
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)
        ?? throw new JsonException($"A JSON column holds null where a {typeof(T).Name} is expected.");

    // Keep what the record's constructor takes; drop computed properties such as StandardRequirement.Required.
    private static void OnlyConstructorState(JsonTypeInfo type)
    {
        for (var i = type.Properties.Count - 1; i >= 0; i--)
        {
            if (type.Properties[i].Set is null && !JsonConstructorState.IsConstructorParameter(type, type.Properties[i]))
            {
                type.Properties.RemoveAt(i);
            }
        }
    }

    private sealed class CompetencyCodeJson : JsonConverter<CompetencyCode>
    {
        public override CompetencyCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Codes.Read(ref reader);

        public override void Write(Utf8JsonWriter writer, CompetencyCode value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.Value);
    }

    // An assessment's levels are read for every employee of a province by every summary: read them directly rather than
    // through the serializer's constructor binding (the same JSON: {"competency":"M.01","level":3}).
    private sealed class AssessedLevelJson : JsonConverter<AssessedLevel>
    {
        public override AssessedLevel Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new JsonException("An assessed level must be a JSON object.");
            }

            CompetencyCode? competency = null;
            ProficiencyLevel? level = null;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var isCompetency = reader.ValueTextEquals("competency"u8);
                var isLevel = !isCompetency && reader.ValueTextEquals("level"u8);
                reader.Read();
                if (isCompetency)
                {
                    competency = Codes.Read(ref reader);
                }
                else if (isLevel)
                {
                    level = ProficiencyLevel.From(reader.GetInt32());
                }
                else
                {
                    reader.Skip();
                }
            }

            return new AssessedLevel(
                competency ?? throw new JsonException("An assessed level has no competency."),
                level ?? throw new JsonException("An assessed level has no level."));
        }

        public override void Write(Utf8JsonWriter writer, AssessedLevel value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteString("competency"u8, value.Competency.Value);
            writer.WriteNumber("level"u8, value.Level.Value);
            writer.WriteEndObject();
        }
    }

    // Competency codes repeat in every row: the codes already read are kept, so a row costs no new string or check.
    private static class Codes
    {
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, CompetencyCode> Known = new(StringComparer.Ordinal);
        private const int MaxKnown = 4096;

        public static CompetencyCode Read(ref Utf8JsonReader reader)
        {
            var text = reader.GetString() ?? string.Empty;
            if (Known.TryGetValue(text, out var code))
            {
                return code;
            }

            code = CompetencyCode.From(text);
            if (Known.Count < MaxKnown)
            {
                Known.TryAdd(text, code);
            }

            return code;
        }
    }

    // The library's identifiers (EmployeeId, CourseId, ...: a record struct around one Guid) are written as the Guid's
    // text: a plan's lines name thousands of employees, read back on every command that loads the plan. Rows written by
    // earlier versions, as {"value":"..."}, are read too.
    private sealed class GuidIdJsonFactory : JsonConverterFactory
    {
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, JsonConverter?> Made = new();

        public override bool CanConvert(Type typeToConvert) => Made.GetOrAdd(typeToConvert, Make) is not null;

        public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options) => Made.GetOrAdd(typeToConvert, Make);

        private static JsonConverter? Make(Type type)
        {
            if (!type.IsValueType || type.Assembly != typeof(EmployeeId).Assembly || !type.Name.EndsWith("Id", StringComparison.Ordinal)
                || type.GetConstructor([typeof(Guid)]) is not { } constructor || type.GetProperty("Value") is not { PropertyType: var valueType } property || valueType != typeof(Guid))
            {
                return null;
            }

            var guid = System.Linq.Expressions.Expression.Parameter(typeof(Guid));
            var make = System.Linq.Expressions.Expression.Lambda(System.Linq.Expressions.Expression.New(constructor, guid), guid).Compile();
            var id = System.Linq.Expressions.Expression.Parameter(type);
            var value = System.Linq.Expressions.Expression.Lambda(System.Linq.Expressions.Expression.Property(id, property), id).Compile();
            return (JsonConverter)Activator.CreateInstance(typeof(GuidIdJson<>).MakeGenericType(type), make, value)!;
        }
    }

    private sealed class GuidIdJson<T>(Func<Guid, T> make, Func<T, Guid> value) : JsonConverter<T>
        where T : struct
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                return make(reader.GetGuid());
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new JsonException($"A {typeof(T).Name} must be a JSON string (or an object with a value).");
            }

            Guid? read = null;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var isValue = reader.ValueTextEquals("value"u8) || reader.ValueTextEquals("Value"u8);
                reader.Read();
                if (isValue)
                {
                    read = reader.GetGuid();
                }
                else
                {
                    reader.Skip();
                }
            }

            return make(read ?? throw new JsonException($"A {typeof(T).Name} has no value."));
        }

        public override void Write(Utf8JsonWriter writer, T id, JsonSerializerOptions options) => writer.WriteStringValue(value(id));
    }

    private sealed class ProficiencyLevelJson : JsonConverter<ProficiencyLevel>
    {
        public override ProficiencyLevel Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            ProficiencyLevel.From(reader.GetInt32());

        public override void Write(Utf8JsonWriter writer, ProficiencyLevel value, JsonSerializerOptions options) =>
            writer.WriteNumberValue(value.Value);
    }
}

/// <summary>
/// Which JSON properties a record's constructor takes (what .NET 9's <c>JsonPropertyInfo.AssociatedParameter</c> says,
/// computed the same way on .NET 8): a public constructor parameter of the same name, ignoring case.
/// </summary>
internal static class JsonConstructorState
{
    public static bool IsConstructorParameter(JsonTypeInfo type, JsonPropertyInfo property) =>
        property.AttributeProvider is System.Reflection.MemberInfo member
        && type.Type.GetConstructors().Any(constructor => constructor.GetParameters().Any(parameter => string.Equals(parameter.Name, member.Name, StringComparison.OrdinalIgnoreCase)));
}
