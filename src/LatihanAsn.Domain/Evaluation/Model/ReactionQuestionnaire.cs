using Ardalis.GuardClauses;
using LatihanAsn.Domain.Common;

namespace LatihanAsn.Domain.Evaluation;

/// <summary>A Likert item of a reaction questionnaire.</summary>
/// <param name="Code">The item code, unique in the questionnaire (compared without regard to case).</param>
/// <param name="Aspect">The aspect it asks about.</param>
/// <param name="Text">The question as participants read it.</param>
public sealed record ReactionItem(string Code, ReactionAspect Aspect, string Text);

/// <summary>
/// A reaction (level 1) questionnaire: a declared Likert scale, items grouped by aspect, and optionally a 0-10
/// "would you recommend this training" item for the Net Promoter Score. Immutable.
/// </summary>
public sealed class ReactionQuestionnaire
{
    private readonly ReactionItem[] _items;

    /// <summary>Initialises the questionnaire.</summary>
    /// <param name="scale">The answer scale of the Likert items.</param>
    /// <param name="items">The Likert items: at least one, codes unique.</param>
    /// <param name="recommendItem">The 0-10 recommend item, if any (its aspect is not used); its code differs from the others.</param>
    /// <exception cref="ArgumentException">A guard failed.</exception>
    public ReactionQuestionnaire(LikertScale scale, IEnumerable<ReactionItem> items, ReactionItem? recommendItem = null)
    {
        if (scale.Maximum <= scale.Minimum)
        {
            throw new ArgumentException("default(LikertScale) is not a scale.", nameof(scale));
        }

        Scale = scale;
        _items = Guard.Against.Null(items).Select(Check).ToArray();
        if (_items.Length == 0)
        {
            throw new ArgumentException("A questionnaire needs at least one item.", nameof(items));
        }

        RecommendItem = recommendItem is null ? null : Check(recommendItem);
        var codes = _items.Select(i => i.Code).Append(RecommendItem?.Code).OfType<string>().ToArray();
        if (codes.Distinct(StringComparer.Ordinal).Count() != codes.Length)
        {
            throw new ArgumentException("Item codes must be unique.", nameof(items));
        }
    }

    /// <summary>Gets the answer scale of the Likert items.</summary>
    public LikertScale Scale { get; }

    /// <summary>Gets the Likert items (codes trimmed and upper-cased).</summary>
    public IReadOnlyList<ReactionItem> Items => _items;

    /// <summary>Gets the 0-10 recommend item, if any.</summary>
    public ReactionItem? RecommendItem { get; }

    /// <summary>Returns the Likert item with a code, if any.</summary>
    /// <param name="code">The code (any case).</param>
    /// <returns>The item, or <see langword="null"/>.</returns>
    public ReactionItem? Find(string code) => _items.FirstOrDefault(i => i.Code == Codes.Normalise(code));

    /// <summary>Tells whether a code is the recommend item's.</summary>
    /// <param name="code">The code (any case).</param>
    /// <returns><see langword="true"/> for the recommend item.</returns>
    public bool IsRecommendItem(string code) => RecommendItem is not null && RecommendItem.Code == Codes.Normalise(code);

    /// <summary>Checks one answer against the questionnaire.</summary>
    /// <param name="code">The item code.</param>
    /// <param name="answer">The answer.</param>
    /// <param name="where">Where the answer is, for the message (for example <c>response 3</c>).</param>
    /// <exception cref="ArgumentException">The code is no item of the questionnaire.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The answer is outside the item's scale (0-10 for the recommend item).</exception>
    public void CheckAnswer(string code, int answer, string where)
    {
        switch (Problem(code, answer, where))
        {
            case (false, { } message):
                throw new ArgumentException(message, nameof(code));
            case (true, { } message):
                throw new ArgumentOutOfRangeException(nameof(answer), answer, message);
        }
    }

    /// <summary>Returns what is wrong with an answer, if anything: whether it is a range problem, and the message.</summary>
    internal (bool OutOfRange, string? Message) Problem(string? code, int answer, string where)
    {
        if (code is null || (Find(code) is null && !IsRecommendItem(code)))
        {
            return (false, Messages.Get("Evaluation_ItemNotInQuestionnaire", where, code));
        }

        var recommend = IsRecommendItem(code);
        if (recommend ? answer is < 0 or > 10 : !Scale.Contains(answer))
        {
            var range = recommend ? "0-10" : Scale.ToString();
            return (true, Messages.Get("Evaluation_AnswerToItemMustNot", where, Codes.Normalise(code), range, answer));
        }

        return (false, null);
    }

    private static ReactionItem Check(ReactionItem item)
    {
        Guard.Against.Null(item);
        if (!Codes.IsValid(item.Code))
        {
            throw new ArgumentException($"Item code '{item.Code}' is invalid (1-40 letters, digits, '.', '-', '_').", nameof(item));
        }

        Guard.Against.EnumOutOfRange(item.Aspect);
        return item with { Code = Codes.Normalise(item.Code), Text = Guard.Against.NullOrWhiteSpace(item.Text).Trim() };
    }
}
