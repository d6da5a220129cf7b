using C = LatihanAsn.Domain.Common.Capabilities;

namespace LatihanAsn.Domain.Common;

/// <summary>A named set of capabilities that a host maps one of its own roles onto.</summary>
/// <param name="Name">The preset's stable name, for example <c>opd-training-officer</c>.</param>
/// <param name="Capabilities">The capabilities the preset grants.</param>
public sealed record RolePreset(string Name, IReadOnlyList<string> Capabilities);

/// <summary>
/// The library's role presets: what each kind of user of a regional training agency typically may do. A host maps
/// its roles onto them (and may replace them, see <see cref="RolePresetCatalog"/>); the README has the table.
/// </summary>
public static class RolePresets
{
    /// <summary>The province administrator of the BKD or BPSDM: every capability (also the preset of batch jobs, <see cref="Caller.System"/>).</summary>
    public static RolePreset ProvinceAdministrator { get; } = new("province-administrator", C.All);

    /// <summary>
    /// The training officer of an OPD or a region: employees, assessments, surveys, records, plan composition, runs,
    /// follow-up and evaluation within their scope; not the shared catalogue, frameworks, rules or reach, nor approval.
    /// </summary>
    public static RolePreset OpdTrainingOfficer { get; } = new("opd-training-officer",
    [
        C.EmployeeManage, C.AssessmentRecord, C.AssessmentConfirm, C.SurveyManage, C.RecordsManage, C.PopulationRead,
        C.PlanCompose, C.RunManage, C.FollowUpManage, C.EvaluationRecord, C.EvaluationRead,
    ]);

    /// <summary>A supervisor (atasan langsung): confirms assessments and signs off action plans of the people they supervise, rates behaviour change.</summary>
    public static RolePreset Supervisor { get; } = new("supervisor", [C.SupervisionSignOff, C.EvaluationRecord]);

    /// <summary>An employee (self-service): their own survey response and proposals, invitations and action-plan evidence.</summary>
    public static RolePreset Employee { get; } = new("employee", [C.SurveyRespond, C.RunRespond, C.ActionPlanOwn]);

    /// <summary>A mentor: check-ins of their own mentees' mentoring plans.</summary>
    public static RolePreset Mentor { get; } = new("mentor", [C.MentoringCheckIn]);

    /// <summary>An evaluator (widyaiswara, evaluation team): records evaluation data and reads its results.</summary>
    public static RolePreset Evaluator { get; } = new("evaluator", [C.EvaluationRecord, C.EvaluationRead]);

    /// <summary>Gets the six presets, in the order of this class.</summary>
    public static IReadOnlyList<RolePreset> All { get; } = [ProvinceAdministrator, OpdTrainingOfficer, Supervisor, Employee, Mentor, Evaluator];
}

/// <summary>
/// The role presets a host uses, by name: the library's (<see cref="RolePresets.All"/>) unless the host replaces or
/// adds some in <c>AddLatihanAsn(options =&gt; options.RolePresets.Replace(...))</c>. Registered as a singleton, so a
/// host's <see cref="ICallerAccessor"/> can take it and build callers from role names.
/// </summary>
public sealed class RolePresetCatalog
{
    private readonly Dictionary<string, RolePreset> _presets = new(StringComparer.Ordinal);

    /// <summary>Initialises the catalogue with the library's presets.</summary>
    public RolePresetCatalog()
    {
        foreach (var preset in RolePresets.All)
        {
            _presets[preset.Name] = preset;
        }
    }

    /// <summary>Gets the presets, by name.</summary>
    public IReadOnlyCollection<RolePreset> Presets => _presets.Values;

    /// <summary>Gets a preset by name.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The preset.</returns>
    /// <exception cref="KeyNotFoundException">No preset has that name.</exception>
    public RolePreset this[string name] => _presets[name];

    /// <summary>Adds a preset, or replaces the one of the same name.</summary>
    /// <param name="preset">The preset.</param>
    /// <returns>This catalogue.</returns>
    public RolePresetCatalog Replace(RolePreset preset)
    {
        ArgumentNullException.ThrowIfNull(preset);
        ArgumentException.ThrowIfNullOrWhiteSpace(preset.Name);
        _presets[preset.Name] = preset;
        return this;
    }

    /// <summary>Creates a caller holding the union of the named presets' capabilities.</summary>
    /// <param name="identity">The caller's identity.</param>
    /// <param name="scope">The caller's scope.</param>
    /// <param name="roles">The names of the presets.</param>
    /// <returns>The caller.</returns>
    /// <exception cref="KeyNotFoundException">A name is not a preset.</exception>
    public Caller CallerFor(string identity, CallerScope scope, params string[] roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        return Caller.InRoles(identity, scope, [.. roles.Select(r => this[r])]);
    }
}
