using LatihanAsn.Domain.Common;

namespace LatihanAsn.Domain.Evaluation;

/// <summary>
/// Why a score could not be computed. Evaluation rules return an explicit undefined result with one of these
/// reasons instead of a wrong number or an exception, because each is an expected outcome of real data.
/// </summary>
public enum UndefinedReason
{
    /// <summary>There are no answers or observations to compute from.</summary>
    NoAnswers = 0,

    /// <summary>Every participant's pre-test is at the maximum: there is nothing left to gain, so the normalised gain is undefined.</summary>
    AllAtMaximum = 1,

    /// <summary>Fewer than two pairs: a sample standard deviation needs at least two.</summary>
    TooFewPairs = 2,

    /// <summary>Every difference is the same, so the standard deviation is zero and the effect size has no finite value.</summary>
    ZeroVariance = 3,

    /// <summary>The costs are zero: a benefit-cost ratio and ROI divide by the costs.</summary>
    ZeroCosts = 4,

    /// <summary>There is no before (baseline) observation.</summary>
    NoBaseline = 5,

    /// <summary>There is no after (follow-up) observation.</summary>
    NoFollowUp = 6,

    /// <summary>The baseline is zero, so a relative change divides by zero.</summary>
    ZeroBaseline = 7,

    /// <summary>The 1-4 x 25 conversion is defined only for a 1-4 scale.</summary>
    ScaleNotSupported = 8,

    /// <summary>A weighted component has no score.</summary>
    MissingComponent = 9,

    /// <summary>An SKM element has no answer, so its NRR and the index are undefined.</summary>
    ElementWithoutAnswers = 10,
}

/// <summary>Explains an <see cref="UndefinedReason"/> in Indonesian and English.</summary>
public static class UndefinedReasons
{
    /// <summary>Returns the explanation of a reason.</summary>
    /// <param name="reason">The reason.</param>
    /// <returns>The explanation in both languages.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An unknown reason.</exception>
    public static LocalizedText Describe(UndefinedReason reason) => reason switch
    {
        UndefinedReason.NoAnswers => new("Tidak ada jawaban atau data untuk dihitung.", "There are no answers or data to compute from."),
        UndefinedReason.AllAtMaximum => new(
            "Semua nilai pre-test sudah maksimum: tidak ada ruang untuk naik, sehingga gain ternormalisasi tidak terdefinisi.",
            "Every pre-test is at the maximum: there is no room to gain, so the normalised gain is undefined."),
        UndefinedReason.TooFewPairs => new(
            "Kurang dari dua pasangan nilai: simpangan baku sampel memerlukan sedikitnya dua.",
            "Fewer than two pairs of scores: a sample standard deviation needs at least two."),
        UndefinedReason.ZeroVariance => new(
            "Semua selisih sama sehingga simpangan bakunya nol: ukuran efek tidak terdefinisi.",
            "Every difference is the same, so the standard deviation is zero: the effect size is undefined."),
        UndefinedReason.ZeroCosts => new(
            "Biaya nol: rasio manfaat-biaya dan ROI membagi dengan biaya, sehingga tidak terdefinisi.",
            "The costs are zero: the benefit-cost ratio and ROI divide by the costs, so they are undefined."),
        UndefinedReason.NoBaseline => new("Tidak ada data sebelum pelatihan (baseline).", "There is no data from before the training (baseline)."),
        UndefinedReason.NoFollowUp => new("Tidak ada data sesudah pelatihan.", "There is no data from after the training."),
        UndefinedReason.ZeroBaseline => new(
            "Nilai baseline nol: perubahan relatif tidak terdefinisi.",
            "The baseline is zero: the relative change is undefined."),
        UndefinedReason.ScaleNotSupported => new(
            "Konversi x 25 hanya berlaku untuk skala 1-4.",
            "The x 25 conversion applies only to a 1-4 scale."),
        UndefinedReason.MissingComponent => new("Ada komponen nilai yang belum diisi.", "A score component is missing."),
        UndefinedReason.ElementWithoutAnswers => new(
            "Ada unsur SKM tanpa jawaban: NRR unsur itu dan indeksnya tidak terdefinisi.",
            "An SKM element has no answers: its NRR and the index are undefined."),
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Unknown reason."),
    };
}
