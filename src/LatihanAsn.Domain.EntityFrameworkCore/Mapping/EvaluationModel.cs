using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.Evaluation;
using LatihanAsn.Domain.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LatihanAsn.Domain.EntityFrameworkCore;

/// <summary>
/// The EF Core model of the evaluation aggregates (<see cref="EvaluationPlan"/>, <see cref="SkmSurvey"/>),
/// applied by <see cref="LatihanAsnModelBuilderExtensions"/>. As for the other aggregates: identifiers stored as their Guid, private
/// state written through backing fields, the value collections (measurements, participants, attendance and every kind
/// of record) as JSON columns with value comparers, <c>DomainEvents</c> ignored, and a foreign key to the organiser's
/// or unit's OPD without a navigation. Scores are never stored: the rules compute them from these columns.
/// </summary>
internal static class EvaluationModel
{
    /// <summary>Adds the evaluation aggregates to the model.</summary>
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<EvaluationPlan>(plan =>
        {
            plan.ToTable("EvaluationPlans");
            plan.Ignore(p => p.DomainEvents);
                                    plan.HasIndex(p => p.CourseRunId).IsUnique(); // one plan per run
            plan.HasIndex(p => p.RegionCode);
            plan.HasIndex(p => new { p.OpdCode, p.RunEnd });
            plan.HasOne<Opd>().WithMany().HasForeignKey(p => p.OpdCode).HasPrincipalKey(o => o.OpdCode).OnDelete(DeleteBehavior.Restrict);
            plan.Property(p => p.Design).HasConversion(new EvaluationJsonConverter<EvaluationDesign>());
            plan.Property(p => p.Measurements).AsEvaluationJsonList("_measurements");
            plan.Property(p => p.Participants).AsEvaluationJsonList("_participants");
            plan.Property(p => p.Attendance)
                .HasField("_attendance")
                .UsePropertyAccessMode(PropertyAccessMode.Field)
                .HasConversion(new EvaluationJsonConverter<IReadOnlyDictionary<EmployeeId, bool>>(), new AttendanceComparer());
            plan.Property(p => p.ReactionResponses).AsEvaluationJsonList("_reactions");
            plan.Property(p => p.TestScores).AsEvaluationJsonList("_testScores");
            plan.Property(p => p.ComponentScores).AsEvaluationJsonList("_componentScores");
            plan.Property(p => p.BehaviourRatings).AsEvaluationJsonList("_behaviourRatings");
            plan.Property(p => p.Transfers).AsEvaluationJsonList("_transfers");
            plan.Property(p => p.KpiEntries).AsEvaluationJsonList("_kpiEntries");
            plan.Property(p => p.QualitativeRecords).AsEvaluationJsonList("_qualitative");
            plan.Property(p => p.CostBenefitRecords).AsEvaluationJsonList("_costBenefits");
        });

        modelBuilder.Entity<SkmSurvey>(survey =>
        {
            survey.ToTable("SkmSurveys");
            survey.Ignore(s => s.DomainEvents);
                        survey.HasIndex(s => s.RegionCode);
            survey.HasIndex(s => new { s.OpdCode, s.PeriodEnd });
            survey.HasOne<Opd>().WithMany().HasForeignKey(s => s.OpdCode).HasPrincipalKey(o => o.OpdCode).OnDelete(DeleteBehavior.Restrict);
            survey.Property(s => s.Weights).HasConversion(new EvaluationJsonConverter<SkmWeights>());
            survey.Property(s => s.Elements).AsEvaluationJsonList("_elements");
            survey.Property(s => s.Responses).AsEvaluationJsonList("_responses");
        });
    }

    /// <summary>Maps a read-only list to a JSON column through the aggregate's private backing field (items may be records or ids).</summary>
    private static PropertyBuilder<IReadOnlyList<TItem>> AsEvaluationJsonList<TItem>(this PropertyBuilder<IReadOnlyList<TItem>> property, string field) =>
        property
            .HasField(field)
            .UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasConversion(new EvaluationJsonConverter<IReadOnlyList<TItem>>(), new ImmutableItemsComparer<TItem>());
}

/// <summary>Stores a value as JSON in the evaluation model's shape (<see cref="EvaluationJson"/>).</summary>
internal sealed class EvaluationJsonConverter<T>() : ValueConverter<T, string>(value => EvaluationJson.Write(value), json => EvaluationJson.Read<T>(json)), IJsonColumnConverter
    where T : class;

/// <summary>
/// Detects changes to a plan's attendance, which the aggregate changes in place: the same participants with the same
/// answers, in any order. The snapshot is a copy.
/// </summary>
internal sealed class AttendanceComparer() : ValueComparer<IReadOnlyDictionary<EmployeeId, bool>>(
    (left, right) => Same(left, right),
    attendance => attendance.Count,
    attendance => new Dictionary<EmployeeId, bool>(attendance))
{
    private static bool Same(IReadOnlyDictionary<EmployeeId, bool>? left, IReadOnlyDictionary<EmployeeId, bool>? right) =>
        left is null || right is null
            ? left is null && right is null
            : left.Count == right.Count && left.All(entry => right.TryGetValue(entry.Key, out var attended) && attended == entry.Value);
}

/// <summary>
/// The JSON shape of the evaluation columns: camelCase, enums by name, employee ids as their Guid (also as dictionary
/// keys), and the library's immutable value types that have no public constructor for their state (a Likert scale,
/// a questionnaire, a grading scheme, SKM weights) written as their parts and rebuilt through their validating factories.
/// </summary>
internal static class EvaluationJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters =
        {
            new EmployeeIdJson(), new LikertScaleJson(), new QuestionnaireJson(), new GradingSchemeJson(), new SkmWeightsJson(), new JsonStringEnumConverter(),
        },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OnlyConstructorState } },
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)
        ?? throw new JsonException($"A JSON column holds null where a {typeof(T).Name} is expected.");

    // Keep what a record's constructor takes; drop computed properties such as MonetisedBenefit.Adjusted.
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

    private static T Required<T>(T? value, string what)
        where T : class => value ?? throw new JsonException($"A JSON column has no {what}.");

    private sealed class EmployeeIdJson : JsonConverter<EmployeeId>
    {
        public override EmployeeId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => new(reader.GetGuid());

        public override void Write(Utf8JsonWriter writer, EmployeeId value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);

        public override EmployeeId ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            new(Guid.Parse(reader.GetString() ?? string.Empty));

        public override void WriteAsPropertyName(Utf8JsonWriter writer, EmployeeId value, JsonSerializerOptions options) =>
            writer.WritePropertyName(value.Value.ToString("D"));
    }

    private sealed class LikertScaleJson : JsonConverter<LikertScale>
    {
        public override LikertScale Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var parts = JsonSerializer.Deserialize<ScaleParts>(ref reader, options);
            return LikertScale.From(Required(parts, "scale").Minimum, parts!.Maximum);
        }

        public override void Write(Utf8JsonWriter writer, LikertScale value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, new ScaleParts(value.Minimum, value.Maximum), options);
    }

    private sealed class QuestionnaireJson : JsonConverter<ReactionQuestionnaire>
    {
        public override ReactionQuestionnaire Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var parts = Required(JsonSerializer.Deserialize<QuestionnaireParts>(ref reader, options), "questionnaire");
            return new ReactionQuestionnaire(parts.Scale, Required(parts.Items, "questionnaire items"), parts.RecommendItem);
        }

        public override void Write(Utf8JsonWriter writer, ReactionQuestionnaire value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, new QuestionnaireParts(value.Scale, value.Items, value.RecommendItem), options);
    }

    private sealed class GradingSchemeJson : JsonConverter<GradingScheme>
    {
        public override GradingScheme Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            GradingScheme.Create(Required(JsonSerializer.Deserialize<IReadOnlyList<GradingComponent>>(ref reader, options), "grading components"));

        public override void Write(Utf8JsonWriter writer, GradingScheme value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value.Components, options);
    }

    private sealed class SkmWeightsJson : JsonConverter<SkmWeights>
    {
        public override SkmWeights Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var parts = Required(JsonSerializer.Deserialize<WeightParts>(ref reader, options), "SKM weights");
            return parts.Kind switch
            {
                SkmWeighting.Equal => SkmWeights.Equal,
                SkmWeighting.Truncated => SkmWeights.Truncated(parts.Decimals),
                _ => SkmWeights.Custom(Required(parts.CustomWeights, "custom SKM weights")),
            };
        }

        public override void Write(Utf8JsonWriter writer, SkmWeights value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, new WeightParts(value.Kind, value.Decimals, value.Kind == SkmWeighting.Custom ? value.CustomWeights : null), options);
    }

    private sealed record ScaleParts(int Minimum, int Maximum);

    private sealed record QuestionnaireParts(LikertScale Scale, IReadOnlyList<ReactionItem>? Items, ReactionItem? RecommendItem);

    private sealed record WeightParts(SkmWeighting Kind, int Decimals, IReadOnlyDictionary<string, decimal>? CustomWeights);
}
