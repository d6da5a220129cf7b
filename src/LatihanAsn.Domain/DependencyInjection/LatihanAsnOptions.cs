using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.Reference;

namespace LatihanAsn.Domain;

/// <summary>
/// The settings of the library, given to <c>services.AddLatihanAsn(options =&gt; ...)</c>. One instance is registered as
/// a singleton; the rule sets are read once, when the first request is handled.
/// </summary>
public sealed class LatihanAsnOptions
{
    private int _minimumGroupSize = 5;

    /// <summary>
    /// Gets the rule sets: the library's defaults (<see cref="DefaultRuleSets.All"/>) to which a host adds newer versions
    /// or which it replaces, for example <c>options.RuleSets.Replace(myJpmBands)</c>.
    /// </summary>
    public RuleSetCatalog RuleSets { get; } = DefaultRuleSets.NewCatalog();

    /// <summary>
    /// Gets or sets the smallest group a population result shows figures for (default 5); smaller groups are
    /// suppressed so that personal data does not leak through them.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int MinimumGroupSize
    {
        get => _minimumGroupSize;
        set => _minimumGroupSize = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The minimum group size is at least 1.");
    }

    /// <summary>
    /// Gets or sets the caller used when the host registers no <see cref="ICallerAccessor"/> of its own (for a console
    /// tool or a batch job, say <c>Caller.System("nightly-import")</c>). When both are missing, requests fail with a clear
    /// error rather than run as anyone.
    /// </summary>
    public Caller? DefaultCaller { get; set; }

    /// <summary>
    /// Gets the role presets, by name: the library's (<see cref="RolePresets.All"/>), which a host may replace or add to,
    /// for example <c>options.RolePresets.Replace(new RolePreset("supervisor", [...]))</c>.
    /// </summary>
    public RolePresetCatalog RolePresets { get; } = new();

    /// <summary>Gets or sets how JPM treats over-qualification (default <see cref="JpmCapping.PerCompetency"/>).</summary>
    public JpmCapping JpmCapping { get; set; } = JpmCapping.PerCompetency;

    /// <summary>
    /// Gets or sets the code of the framework whose managerial and socio-cultural competencies make the structural
    /// default standard (default <see cref="Permenpanrb38Of2017.Code"/>).
    /// </summary>
    public string DefaultFrameworkCode { get; set; } = Permenpanrb38Of2017.Code;
}
