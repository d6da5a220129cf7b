using System.Reflection;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.Evaluation;
using LatihanAsn.Domain.FollowUp;
using LatihanAsn.Domain.NeedsAnalysis;
using LatihanAsn.Domain.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LatihanAsn.Domain.EntityFrameworkCore;

/// <summary>How <see cref="LatihanAsnModelBuilderExtensions.ApplyLatihanAsnModel(ModelBuilder, LatihanAsnModelOptions)"/> maps the library's aggregates.</summary>
public sealed class LatihanAsnModelOptions
{
    /// <summary>Gets or sets the database schema of the library's tables (<c>latihan</c> by default; <see langword="null"/> for the context's default). SQLite has no schemas, so it is not applied there.</summary>
    public string? Schema { get; set; } = LatihanAsnModelBuilderExtensions.DefaultSchema;

    /// <summary>
    /// Gets or sets the EF Core provider the model is built for, as <c>DbContext.Database.ProviderName</c> gives it
    /// (for example <c>Npgsql.EntityFrameworkCore.PostgreSQL</c> or <c>Microsoft.EntityFrameworkCore.Sqlite</c>).
    /// <see langword="null"/> (the default) detects it from the model's provider conventions.
    /// </summary>
    public string? ProviderName { get; set; }

    /// <summary>
    /// Gets or sets the column type of the JSON columns (the aggregates' value lists and records). <see langword="null"/>
    /// (the default) chooses by provider: <c>jsonb</c> on PostgreSQL, the provider's text type elsewhere.
    /// </summary>
    public string? JsonColumnType { get; set; }
}

/// <summary>Adds the library's EF Core model to a host's own <see cref="DbContext"/>.</summary>
public static class LatihanAsnModelBuilderExtensions
{
    /// <summary>The schema of the library's tables unless the host chooses another.</summary>
    public const string DefaultSchema = "latihan";

    internal const string PostgreSqlProvider = "Npgsql.EntityFrameworkCore.PostgreSQL";
    internal const string SqliteProvider = "Microsoft.EntityFrameworkCore.Sqlite";

    // Every aggregate root of the library, in the order its areas are mapped.
    internal static readonly Type[] Aggregates =
    [
        typeof(CompetencyFramework), typeof(Opd), typeof(Position), typeof(Employee), typeof(CompetencyAssessment),
        typeof(NeedsSurvey), typeof(SurveyResponse), typeof(LearningHoursLedger), typeof(PerformanceAppraisal),
        typeof(Course), typeof(RegionReach), typeof(TrainingPlan),
        typeof(CourseRun), typeof(Certificate), typeof(MentoringPlan), typeof(ActionPlan),
        typeof(EvaluationPlan), typeof(SkmSurvey),
    ];

    // Strongly typed identifiers are stored as their Guid; the NIP as its 18 digits; a competency code as its text.
    private static readonly Dictionary<Type, Func<ValueConverter>> ValueConverters = new()
    {
        [typeof(FrameworkId)] = () => new FrameworkIdConverter(),
        [typeof(OpdId)] = () => new OpdIdConverter(),
        [typeof(PositionId)] = () => new PositionIdConverter(),
        [typeof(EmployeeId)] = () => new EmployeeIdConverter(),
        [typeof(AssessmentId)] = () => new AssessmentIdConverter(),
        [typeof(SurveyId)] = () => new SurveyIdConverter(),
        [typeof(SurveyResponseId)] = () => new SurveyResponseIdConverter(),
        [typeof(LedgerId)] = () => new LedgerIdConverter(),
        [typeof(AppraisalId)] = () => new AppraisalIdConverter(),
        [typeof(CourseId)] = () => new CourseIdConverter(),
        [typeof(TrainingPlanId)] = () => new TrainingPlanIdConverter(),
        [typeof(CourseRunId)] = () => new CourseRunIdConverter(),
        [typeof(CertificateId)] = () => new CertificateIdConverter(),
        [typeof(MentoringPlanId)] = () => new MentoringPlanIdConverter(),
        [typeof(ActionPlanId)] = () => new ActionPlanIdConverter(),
        [typeof(EvaluationPlanId)] = () => new EvaluationPlanIdConverter(),
        [typeof(SkmSurveyId)] = () => new SkmSurveyIdConverter(),
        [typeof(Nip)] = () => new NipConverter(),
        [typeof(CompetencyCode)] = () => new CompetencyCodeConverter(),
    };

    /// <summary>
    /// Maps the library's aggregates (all 18 roots of competencies, needs analysis, programs, follow-up and evaluation)
    /// into the model under construction, in schema <paramref name="schema"/>: value conversions for every identifier and
    /// value type, JSON columns for value lists (<c>jsonb</c> on PostgreSQL), indexes for the specifications' filters,
    /// unique keys, foreign keys without navigations, and <see cref="IAggregateRoot.AggregateVersion"/> as a concurrency
    /// token on every aggregate. Call it from the host's <c>OnModelCreating</c>.
    /// </summary>
    /// <param name="modelBuilder">The host's model builder.</param>
    /// <param name="schema">The schema of the library's tables (ignored on SQLite, which has none).</param>
    /// <returns>The same model builder.</returns>
#pragma warning disable RS0027 // The overloads differ by the type of their second parameter: no call is ambiguous.
    public static ModelBuilder ApplyLatihanAsnModel(this ModelBuilder modelBuilder, string schema = DefaultSchema) =>
        modelBuilder.ApplyLatihanAsnModel(new LatihanAsnModelOptions { Schema = schema });
#pragma warning restore RS0027

    /// <summary>Maps the library's aggregates into the model under construction, as <paramref name="options"/> say.</summary>
    /// <param name="modelBuilder">The host's model builder.</param>
    /// <param name="options">The schema, provider and JSON column type.</param>
    /// <returns>The same model builder.</returns>
    public static ModelBuilder ApplyLatihanAsnModel(this ModelBuilder modelBuilder, LatihanAsnModelOptions options)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        ArgumentNullException.ThrowIfNull(options);
        var provider = options.ProviderName ?? DetectProvider(modelBuilder);
        var sqlite = provider == SqliteProvider;
        var postgres = provider == PostgreSqlProvider;

        foreach (var aggregate in Aggregates)
        {
            var entity = modelBuilder.Entity(aggregate);
            foreach (var property in StoredProperties(aggregate))
            {
                var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                if (ValueConverters.TryGetValue(type, out var converter))
                {
                    entity.Property(property.PropertyType, property.Name).HasConversion(converter());
                }
                else if (type == typeof(decimal) && sqlite)
                {
                    entity.Property(property.PropertyType, property.Name).HasConversion(new ExactDecimalConverter());
                }
                else if (type == typeof(DateTimeOffset) && sqlite)
                {
                    // SQLite cannot compare DateTimeOffset text; as binary (UTC ticks first) it orders by the instant.
                    entity.Property(property.PropertyType, property.Name).HasConversion(new DateTimeOffsetToBinaryConverter());
                }
                else if (type == typeof(DateTimeOffset) && postgres)
                {
                    // timestamptz holds an instant and Npgsql writes only UTC offsets: the instant is kept, the offset is UTC.
                    entity.Property(property.PropertyType, property.Name).HasConversion(new UtcDateTimeOffsetConverter());
                }
            }
        }

        modelBuilder.ApplyCompetenciesModel();
        modelBuilder.ApplyProgramsModel();
        modelBuilder.ApplyFollowUpModel();
        EvaluationModel.Configure(modelBuilder);

        // The specifications' remaining filters: statuses, years, a certificate's course, a framework's validity.
        modelBuilder.Entity<CompetencyAssessment>().HasIndex(a => a.Status);
        modelBuilder.Entity<CompetencyFramework>().HasIndex(f => f.ValidFrom);
        modelBuilder.Entity<LearningHoursLedger>().HasIndex(l => l.Year);
        modelBuilder.Entity<TrainingPlan>().HasIndex(p => p.Status);
        modelBuilder.Entity<Certificate>().HasIndex(c => c.CourseId);
        modelBuilder.Entity<MentoringPlan>().HasIndex(p => p.Status);

        var jsonType = options.JsonColumnType ?? (postgres ? "jsonb" : null);
        foreach (var aggregate in Aggregates)
        {
            var entity = modelBuilder.Entity(aggregate);
            if (!sqlite && options.Schema is { Length: > 0 } schema)
            {
                entity.Metadata.SetSchema(schema);
            }

            // Every scoped specification filters by region or OPD: both are indexed wherever no key or index starts with them.
            foreach (var column in new[] { "RegionCode", "OpdCode" })
            {
                if (entity.Metadata.FindProperty(column) is { } scopeProperty
                    && !entity.Metadata.GetIndexes().Any(i => i.Properties[0] == scopeProperty)
                    && !entity.Metadata.GetKeys().Any(k => k.Properties[0] == scopeProperty))
                {
                    entity.HasIndex(column);
                }
            }

            // Every aggregate's version is a concurrency token: an update or delete names the version it read.
            entity.Property(nameof(IAggregateRoot.AggregateVersion)).IsConcurrencyToken();
            if (postgres)
            {
                // The library orders codes and names ordinally (as Ardalis' in-memory evaluator and SQLite do); the "C"
                // collation makes PostgreSQL do the same whatever the database's locale.
                foreach (var property in entity.Metadata.GetDeclaredProperties().Where(p => p.ClrType == typeof(string) && p.GetValueConverter() is null))
                {
                    property.SetCollation("C");
                }
            }

            if (jsonType is not null)
            {
                foreach (var property in entity.Metadata.GetDeclaredProperties().Where(p => p.GetValueConverter() is IJsonColumnConverter))
                {
                    property.SetColumnType(jsonType);
                }
            }
        }

        return modelBuilder;
    }

    // The provider's conventions leave their mark on the model before OnModelCreating runs: Npgsql's value generation
    // strategy annotation; SQLite's none, so SQLite is recognised by the absence of any other provider's annotations
    // only when the host says so (ProviderName) or through LatihanAsnDbContext, which passes Database.ProviderName.
    private static string? DetectProvider(ModelBuilder modelBuilder)
    {
        var annotations = modelBuilder.Model.GetAnnotations().Select(a => a.Name).ToList();
        if (annotations.Exists(name => name.StartsWith("Npgsql:", StringComparison.Ordinal)))
        {
            return PostgreSqlProvider;
        }

        return annotations.Exists(name => name.StartsWith("Sqlite:", StringComparison.Ordinal)) ? SqliteProvider : null;
    }

    // The properties EF Core stores: those with a setter or a compiler-generated backing field, not computed ones.
    private static IEnumerable<PropertyInfo> StoredProperties(Type type)
    {
        const BindingFlags Declared = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            foreach (var property in current.GetProperties(Declared))
            {
                if (property.GetIndexParameters().Length == 0
                    && (property.SetMethod is not null || current.GetField($"<{property.Name}>k__BackingField", Declared) is not null))
                {
                    yield return property;
                }
            }
        }
    }
}
