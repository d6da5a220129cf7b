using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Tests.Competencies;

namespace LatihanAsn.Domain.Tests.Common;

/// <summary>
/// The message catalogue: Messages.resx (Indonesian, neutral) and Messages.en.resx (English) hold every message under
/// the same keys, and the source uses only keys that exist.
/// </summary>
public sealed partial class MessageCatalogueTests
{
    private static readonly string Root = FindRoot();
    private static readonly string Source = Path.Combine(Root, "src", "LatihanAsn.Domain");
    private static readonly string Catalogue = Path.Combine(Source, "Common", "Messages");
    private static readonly IReadOnlyDictionary<string, string> Indonesian = Load("Messages.resx");
    private static readonly IReadOnlyDictionary<string, string> English = Load("Messages.en.resx");

    [Fact]
    public void Both_languages_have_exactly_the_same_keys()
    {
        Indonesian.Count.ShouldBeGreaterThan(300);
        Indonesian.Keys.Except(English.Keys).ShouldBeEmpty("keys only in Messages.resx");
        English.Keys.Except(Indonesian.Keys).ShouldBeEmpty("keys only in Messages.en.resx");
    }

    [Fact]
    public void Every_value_is_non_empty()
    {
        Indonesian.Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => e.Key).ShouldBeEmpty();
        English.Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => e.Key).ShouldBeEmpty();
    }

    [Fact]
    public void Keys_are_area_and_pascal_case_name()
    {
        Indonesian.Keys.Where(k => !KeyPattern().IsMatch(k)).ShouldBeEmpty();
    }

    [Fact]
    public void Each_key_has_the_same_placeholders_in_both_languages()
    {
        var mismatched = Indonesian.Keys
            .Where(k => !Placeholders(Indonesian[k]).SetEquals(Placeholders(English[k])))
            .Select(k => $"{k}: '{Indonesian[k]}' / '{English[k]}'")
            .ToList();

        mismatched.ShouldBeEmpty();
    }

    [Fact]
    public void Every_message_with_arguments_is_a_valid_format_string()
    {
        foreach (var (key, value) in Indonesian.Concat(English))
        {
            var indices = ArgumentIndices(value);
            if (indices.Count > 0)
            {
                var args = Enumerable.Range(0, indices.Max() + 1).Select(i => (object)i).ToArray();
                Should.NotThrow(() => string.Format(CultureInfo.InvariantCulture, value, args), key);
            }
        }
    }

    [Fact]
    public void Every_key_the_source_uses_is_in_the_catalogue_and_every_key_is_used()
    {
        var used = SourceFiles()
            .SelectMany(f => KeyLiteral().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);

        used.Count.ShouldBeGreaterThan(300);
        used.Where(k => !Indonesian.ContainsKey(k)).ShouldBeEmpty("keys used in src but missing from the catalogue");
        Indonesian.Keys.Where(k => !used.Contains(k)).ShouldBeEmpty("keys in the catalogue that src no longer uses");
    }

    [Fact]
    public void No_inline_bilingual_text_remains_in_the_source()
    {
        var inline = SourceFiles()
            .SelectMany(f => InlineText().Matches(File.ReadAllText(f)).Select(m => $"{Path.GetRelativePath(Source, f)}: {m.Value}"))
            .ToList();

        inline.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("", "'{PropertyName}' wajib diisi.")]
    [InlineData("id-ID", "'{PropertyName}' wajib diisi.")]
    [InlineData("de-DE", "'{PropertyName}' wajib diisi.")]
    [InlineData("en-US", "'{PropertyName}' is required.")]
    [InlineData("en-GB", "'{PropertyName}' is required.")]
    public void A_message_is_Indonesian_unless_the_UI_culture_is_English(string culture, string expected)
    {
        using var scope = new CultureScope(culture);

        Messages.Get("Common_Required").ShouldBe(expected);
    }

    [Fact]
    public void Arguments_are_formatted_and_FluentValidation_placeholders_survive()
    {
        using (new CultureScope("id-ID"))
        {
            Messages.Get("Common_MustAtMostCharacters", 40).ShouldBe("'{PropertyName}' paling banyak 40 karakter.");
        }

        using (new CultureScope("en-US"))
        {
            Messages.Get("Common_MustAtMostCharacters", 40).ShouldBe("'{PropertyName}' must be at most 40 characters.");
        }
    }

    [Fact]
    public void Both_gives_each_language_whatever_the_culture_and_writes_localized_arguments_in_each_language()
    {
        using var scope = new CultureScope("de-DE");
        var reason = Messages.Both("Evaluation_UndefinedNoAnswers");

        var text = Messages.Both("Evaluation_LevelCannotBeJudged", Messages.Both("Evaluation_LevelReaction"), reason);

        text.Indonesian.ShouldBe("L1 reaksi: tidak dapat dinilai. Tidak ada jawaban atau data untuk dihitung.");
        text.English.ShouldBe("L1 reaction: cannot be judged. There are no answers or data to compute from.");
        text.ToString().ShouldBe(text.Indonesian);
    }

    [Fact]
    public void Counts_take_the_English_plural_and_the_same_Indonesian_word()
    {
        Messages.Count(1, "Programs_RunCount_One", "Programs_RunCount_Other").ShouldBe(new LocalizedText("1 run", "1 run"));
        Messages.Count(2, "Programs_RunCount_One", "Programs_RunCount_Other").ShouldBe(new LocalizedText("2 run", "2 runs"));
        Messages.Count(0, "Programs_RunCount_One", "Programs_RunCount_Other").ShouldBe(new LocalizedText("0 run", "0 runs"));
    }

    [Fact]
    public void An_unknown_key_fails_loudly()
    {
        Should.Throw<System.Resources.MissingManifestResourceException>(() => Messages.Get("Common_NoSuchMessage"));
    }

    private static HashSet<string> Placeholders(string value)
    {
        // Numbered arguments ({0}, {1:0.00}, {2,5}) and FluentValidation placeholders ({PropertyName}, or {{PropertyName}}
        // in a message with arguments).
        var set = ArgumentIndices(value).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToHashSet(StringComparer.Ordinal);
        set.UnionWith(NamedPlaceholder().Matches(value).Select(m => m.Groups[1].Value));
        return set;
    }

    private static List<int> ArgumentIndices(string value) =>
        NumberedPlaceholder().Matches(value.Replace("{{", string.Empty, StringComparison.Ordinal).Replace("}}", string.Empty, StringComparison.Ordinal))
            .Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))
            .ToList();

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(Source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Any(p => p is "bin" or "obj"))
            .Where(f => !string.Equals(Path.GetDirectoryName(f), Catalogue, StringComparison.Ordinal));

    private static Dictionary<string, string> Load(string file) =>
        XDocument.Load(Path.Combine(Catalogue, file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? string.Empty, StringComparer.Ordinal);

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "LatihanAsn.Domain.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (LatihanAsn.Domain.sln) was not found.");
    }

    [GeneratedRegex(@"^(Common|Competencies|Evaluation|FollowUp|NeedsAnalysis|Programs|Reference|DependencyInjection)_[A-Z][A-Za-z0-9]*(_[A-Z][A-Za-z0-9]*)?$")]
    private static partial Regex KeyPattern();

    [GeneratedRegex(@"""((?:Common|Competencies|Evaluation|FollowUp|NeedsAnalysis|Programs|Reference|DependencyInjection)_\w+)""")]
    private static partial Regex KeyLiteral();

    [GeneratedRegex(@"\bText\s*\.\s*Pick\s*\(|\.\s*WithText\s*\(|new\s+LocalizedText\s*\(\s*[$@]*""")]
    private static partial Regex InlineText();

    [GeneratedRegex(@"\{(\d+)(?:,[^:}]*)?(?::[^}]*)?\}")]
    private static partial Regex NumberedPlaceholder();

    [GeneratedRegex(@"\{+([A-Za-z]\w*)\}+")]
    private static partial Regex NamedPlaceholder();
}
