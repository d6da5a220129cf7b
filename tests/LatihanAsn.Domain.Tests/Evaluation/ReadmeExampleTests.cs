using LatihanAsn.Domain.Evaluation;
using LatihanAsn.Domain.Tests.Competencies;

namespace LatihanAsn.Domain.Tests.Evaluation;

/// <summary>The numbers the README's evaluation example prints.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public void The_SKM_ROI_and_gain_example_prints_what_the_README_says()
    {
        using var culture = new CultureScope("id-ID");
        SkmResponse[] responses =
        [
            new(new Dictionary<string, int> { ["U1"] = 4, ["U2"] = 3, ["U3"] = 3, ["U4"] = 4, ["U5"] = 3, ["U6"] = 4, ["U7"] = 4, ["U8"] = 3, ["U9"] = 3 }),
            new(new Dictionary<string, int> { ["U1"] = 3, ["U2"] = 3, ["U3"] = 2, ["U4"] = 4, ["U5"] = 3, ["U6"] = 3, ["U7"] = 4, ["U8"] = 3, ["U9"] = 3 }),
        ];

        var skm = SkmRule.Compute(responses, SkmWeights.Equal);
        var roi = RoiRule.Compute(benefits: 60_000m, costs: 20_000m);
        var gain = GainRule.Compute([new PrePostScore(40, 80), new PrePostScore(60, 75), new PrePostScore(100, 100)], maximum: 100);

        // (31 + 28) / 18 x 25 = 81.944.. -> 81.94, B.
        $"IKM {skm.ConvertedRounded} ({skm.Grade?.Letter} {skm.Grade?.Performance})".ShouldBe("IKM 81,94 (B Baik)");
        $"BCR {roi.Bcr}, ROI {roi.RoiPercent} %".ShouldBe("BCR 3, ROI 200 %");
        gain.ClassGain.ShouldBe(0.55m);
        gain.ClassBand!.Name.ToString().ShouldBe("Sedang");
        gain.ExcludedAtMaximum.ShouldBe(1);
    }
}
