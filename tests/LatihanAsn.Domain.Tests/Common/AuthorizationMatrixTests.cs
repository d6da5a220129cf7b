using System.Reflection;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.Evaluation;
using LatihanAsn.Domain.FollowUp;
using LatihanAsn.Domain.NeedsAnalysis;
using LatihanAsn.Domain.Programs;
using LatihanAsn.Domain.Tests.Competencies;
using LatihanAsn.Domain.Tests.Evaluation;
using LatihanAsn.Domain.Tests.FollowUp;
using LatihanAsn.Domain.Tests.Infrastructure;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace LatihanAsn.Domain.Tests.Common;

/// <summary>
/// Every request type against every role preset and scope, through the real DI container and pipeline, over a scene of
/// the Metro region holding one aggregate of each kind: a preset without the request's capability is refused
/// (<c>forbidden</c>, nothing written, nothing audited) in every scope; a preset with it is never refused by the
/// authorization step and never meets a raw error; from another region, a request naming Metro's data finds nothing
/// (<c>not_found</c>, or a validator's not-in-scope failure, or <c>forbidden</c> for a region or OPD code) and writes nothing.
/// </summary>
public sealed class AuthorizationMatrixTests
{
    private static readonly (string Name, CallerScope Scope)[] Scopes =
    [
        ("province", CallerScope.Province),
        ("region", CallerScope.ForRegion(World.MetroRegion)),
        ("opd", CallerScope.ForOpd(World.MetroOpd)),
        ("other region", CallerScope.ForRegion(World.PesisirRegion)),
    ];

    public static TheoryData<string> RequestNames()
    {
        var data = new TheoryData<string>();
        foreach (var type in AuthorizationTests.RequestTypes)
        {
            data.Add(type.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RequestNames))]
    public async Task Every_preset_in_every_scope_is_allowed_forbidden_or_finds_nothing(string requestName)
    {
        var type = AuthorizationTests.RequestTypes.Single(t => t.Name == requestName);
        var declared = type.GetCustomAttribute<RequiresCapabilityAttribute>()!.AnyOf;
        var audit = new RecordingAuditTrail();
        using var host = new TestHost(services: s => s.AddSingleton<IAuditTrail>(audit));
        var scene = await Scene.CreateAsync(host);
        var request = scene.Sample(type);
        var namesMetro = scene.NamesMetro(type);

        foreach (var preset in RolePresets.All)
        {
            foreach (var (scopeName, scope) in Scopes)
            {
                var caller = Caller.InRoles(preset.Name, scope, preset).AsEmployee(scene.OwnNip).Supervising([scene.OwnNip]);
                var allowed = declared.Any(caller.Has);
                var writes = host.Store.Writes;
                var events = host.Events.Events.Count;
                var audited = audit.Entries.Count;
                var outcome = await OutcomeAsync(host, request, caller);
                var cell = $"{requestName} x {preset.Name} x {scopeName}: {outcome?.GetType().Name} {outcome?.Message}";

                if (!allowed)
                {
                    outcome.ShouldBeOfType<CapabilityRequiredException>(cell).Capabilities.ShouldBe(declared, cell);
                    host.Store.Writes.ShouldBe(writes, cell);
                    host.Events.Events.Count.ShouldBe(events, cell);
                    audit.Entries.Count.ShouldBe(audited, cell);
                    continue;
                }

                (outcome is CapabilityRequiredException refused && refused.Capabilities.SequenceEqual(declared)).ShouldBeFalse(cell);
                outcome.ShouldNotBeOfType<UnexpectedFailureException>(cell);
                if (outcome is null)
                {
                    audit.Entries[^1].RequestName.ShouldBe(requestName, cell);
                    audit.Entries[^1].Capability.ShouldBe(declared.First(caller.Has), cell);
                    audit.Entries[^1].Actor.ShouldBe(preset.Name, cell);
                }

                if (scopeName == "other region" && namesMetro)
                {
                    outcome.ShouldNotBeNull(cell);
                    new[] { ErrorCodes.NotFound, ErrorCodes.Validation, ErrorCodes.Forbidden }.ShouldContain(outcome.Code, cell);
                    host.Store.Writes.ShouldBe(writes, cell);

                    // Nothing tells Metro's identifiers from identifiers that exist nowhere.
                    var nowhere = await OutcomeAsync(host, scene.Sample(type, fresh: true), caller);
                    nowhere.ShouldNotBeNull(cell);
                    nowhere.Code.ShouldBe(outcome.Code, cell);
                    if (outcome is RequestValidationException invalid)
                    {
                        nowhere.ShouldBeOfType<RequestValidationException>(cell).Errors.Keys.ShouldBe(invalid.Errors.Keys, cell);
                    }
                }
            }
        }
    }

    private static async Task<LatihanAsnException?> OutcomeAsync(TestHost host, object request, Caller caller)
    {
        try
        {
            using var scope = host.Services.CreateScope();
            var previous = host.Scope.Caller;
            host.Scope.Caller = caller;
            try
            {
                await scope.ServiceProvider.GetRequiredService<IMediator>().Send((dynamic)request);
            }
            finally
            {
                host.Scope.Caller = previous;
            }

            return null;
        }
        catch (LatihanAsnException error)
        {
            return error;
        }
    }

    private sealed class RecordingAuditTrail : IAuditTrail
    {
        public List<AuditEntry> Entries { get; } = [];

        public Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken)
        {
            lock (Entries)
            {
                Entries.Add(entry);
            }

            return Task.CompletedTask;
        }
    }

    /// <summary>The Metro region with one aggregate of each kind, and a factory of sample requests naming them.</summary>
    private sealed class Scene
    {
        private readonly Dictionary<Type, object> _ids = [];
        private Dictionary<Type, object>? _fresh;

        private Scene(TestHost host, World world)
        {
            Host = host;
            World = world;
        }

        public TestHost Host { get; }

        public World World { get; }

        public Nip OwnNip => Nip.Parse(Nips.Make(0));

        public static async Task<Scene> CreateAsync(TestHost host)
        {
            var setup = await RunFixture.ScheduledAsync(host);
            var world = setup.World;
            var scene = new Scene(host, world);
            var staff = world.MetroStaff;
            await host.Send(new RecordAssessment(staff[5], AssessmentSource.AssessmentCentre, host.Today, "UPT", [new("M.05", 4)]));
            var course = host.Store.Set<Course>().Single().Id;
            scene._ids[typeof(EmployeeId)] = staff[0];
            scene._ids[typeof(PositionId)] = world.MetroAnalyst;
            scene._ids[typeof(CourseId)] = course;
            scene._ids[typeof(TrainingPlanId)] = setup.Plan;
            scene._ids[typeof(CourseRunId)] = setup.Run;
            scene._ids[typeof(AssessmentId)] = await host.Send(new RecordAssessment(staff[0], AssessmentSource.Test, host.Today, "BPSDM", [new("M.05", 2)], Pending: true));
            scene._ids[typeof(SurveyId)] = await host.Send(new OpenNeedsSurvey("AKPK Metro", SurveyForm.Borich, [new SurveyItemInput("M.05")], new SurveyPopulation(World.MetroRegion)), CallerScope.ForRegion(World.MetroRegion));
            scene._ids[typeof(ActionPlanId)] = await host.Send(new CreateActionPlan(staff[0], "Respons 24 jam", setup.Run, "Kepala Bidang", [new ActionGoalInput("Menanggapi pengaduan")], [new MilestoneInput("SOP", host.Today.AddDays(10))]));
            scene._ids[typeof(MentoringPlanId)] = await host.Send(new StartMentoring(staff[5], staff[0], "M.05", 3, 14, host.Today));
            scene._ids[typeof(EvaluationPlanId)] = await host.Send(EvaluationFixture.Request(world, setup.Run));
            scene._ids[typeof(SkmSurveyId)] = await host.Send(new CreateSkmSurvey(World.MetroOpd, "Layanan pengaduan", new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30)));
            host.Events.Events.Clear();
            host.Store.Writes = 0;
            return scene;
        }

        /// <summary>Whether the sample of a request names Metro's data (a scoped aggregate, a region or an OPD).</summary>
        public bool NamesMetro(Type type) => Constructor(type).GetParameters().Any(p =>
            (!p.HasDefaultValue && Scoped(p.ParameterType)) || (p.ParameterType == typeof(string) && !p.HasDefaultValue && (p.Name!.Contains("Opd", StringComparison.Ordinal) || p.Name.Contains("Region", StringComparison.Ordinal))));

        /// <summary>A sample of the request naming Metro's aggregates, or (<paramref name="fresh"/>) identifiers that exist nowhere.</summary>
        public object Sample(Type type, bool fresh = false)
        {
            _fresh = fresh ? [] : null;
            return Build(type, 0)!;
        }

        private static bool Scoped(Type type) =>
            (Nullable.GetUnderlyingType(type) ?? type) is var t && t != typeof(CourseId) && t != typeof(FrameworkId) && t.Name.EndsWith("Id", StringComparison.Ordinal) && t.IsValueType;

        private static ConstructorInfo Constructor(Type type) => type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();

        private object? Build(Type type, int depth)
        {
            var underlying = Nullable.GetUnderlyingType(type);
            if (underlying is not null)
            {
                return Build(underlying, depth);
            }

            if (_ids.TryGetValue(type, out var id))
            {
                if (_fresh is null || !Scoped(type))
                {
                    return id;
                }

                // The same fresh identifier wherever the sample names the same one of Metro's (a mentor and a mentee alike).
                return _fresh.TryGetValue(type, out var nowhere) ? nowhere : _fresh[type] = type.GetMethod("New", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, null)!;
            }

            if (type == typeof(string))
            {
                return "X";
            }

            if (type == typeof(int))
            {
                return 1;
            }

            if (type == typeof(decimal))
            {
                return 1m;
            }

            if (type == typeof(bool))
            {
                return false;
            }

            if (type == typeof(DateOnly))
            {
                return Host.Today;
            }

            if (type == typeof(DateTimeOffset))
            {
                return Host.Clock.GetUtcNow();
            }

            if (type.IsEnum)
            {
                return Enum.GetValues(type).GetValue(0);
            }

            if (type.IsGenericType && type.GetGenericTypeDefinition() is var definition
                && (definition == typeof(IReadOnlyList<>) || definition == typeof(IReadOnlyCollection<>) || definition == typeof(IEnumerable<>)))
            {
                return Array.CreateInstance(type.GetGenericArguments()[0], 0);
            }

            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>))
            {
                return Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(type.GetGenericArguments()));
            }

            if (type.IsValueType)
            {
                return Activator.CreateInstance(type);
            }

            if (depth > 3 || type.IsAbstract || type.IsInterface)
            {
                return null;
            }

            var constructor = Constructor(type);
            var arguments = constructor.GetParameters()
                .Select(p => p.HasDefaultValue ? p.DefaultValue : Argument(p, depth))
                .ToArray();
            return constructor.Invoke(arguments);
        }

        private object? Argument(ParameterInfo parameter, int depth)
        {
            if (parameter.ParameterType != typeof(string))
            {
                return Build(parameter.ParameterType, depth + 1);
            }

            var name = parameter.Name!;
            return name.Contains("Region", StringComparison.Ordinal) ? World.MetroRegion
                : name.Contains("Opd", StringComparison.Ordinal) ? World.MetroOpd
                : name.Contains("Nip", StringComparison.Ordinal) ? Nips.Make(50)
                : name.Contains("Competency", StringComparison.Ordinal) ? "M.05"
                : "X";
        }
    }
}
