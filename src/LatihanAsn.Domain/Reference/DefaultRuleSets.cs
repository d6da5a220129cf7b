using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.NeedsAnalysis;
using LatihanAsn.Domain.Programs;
using LatihanAsn.Domain.Evaluation;
using LatihanAsn.Domain.FollowUp;

namespace LatihanAsn.Domain.Reference;

/// <summary>The rule sets the library registers by default, each with its source and validity.</summary>
public static class DefaultRuleSets
{
    /// <summary>Gets every default rule set, in registration order.</summary>
    public static IReadOnlyList<IRuleSet> All { get; } =
    [
        JpmBandRuleSet.Legacy,
        JpmBandRuleSet.Brin3Of2023,
        NineBoxRuleSet.Default,
        StructuralStandardRuleSet.Permenpanrb38Of2017,
        ProfilePolicyRuleSet.Default,
        JpConversionRuleSet.Default,
        PriorityWeightsRuleSet.Default,
        TrainingCalendarRuleSet.Default,
        DeliveryPolicyRuleSet.Default,
        FollowUpRuleSet.Default,
        LikertBandRuleSet.Default,
        NpsRuleSet.Default,
        SkmRuleSet.Permenpanrb14Of2017,
        GainBandRuleSet.Default,
        QualificationBandRuleSet.Lan,
        GradingSchemeRuleSet.LanBasicTraining,
        RoiRuleSet.Phillips,
        EffectivenessRuleSet.Default,
    ];

    /// <summary>Creates a catalog holding the defaults, for a host to change.</summary>
    /// <returns>The catalog.</returns>
    public static RuleSetCatalog NewCatalog()
    {
        var catalog = new RuleSetCatalog();
        foreach (var ruleSet in All)
        {
            catalog.Add(ruleSet);
        }

        return catalog;
    }
}
