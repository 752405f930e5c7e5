using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Samenwerking.Application.Collaborations.Register;
using Samenwerking.Application.Common.Text;
using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Collaborations.Register;

namespace Samenwerking.Architecture.Tests;

/// <summary>
/// The API's texts live in Messages.resx (English) and Messages.nl.resx (Dutch). Read from the compiled resources, as the
/// API reads them: every key has both languages, no text is empty, a translation keeps the placeholders, and every key
/// the code asks for exists.
/// </summary>
public sealed partial class MessagesResourceTests
{
    private static readonly ResourceManager Resources = new(typeof(Messages));

    private static Dictionary<string, string> In(CultureInfo culture) =>
        (Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
         ?? throw new InvalidOperationException($"No resources for '{culture.Name}'."))
        .Cast<DictionaryEntry>()
        .ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);

    private static readonly Dictionary<string, string> English = In(CultureInfo.InvariantCulture);
    private static readonly Dictionary<string, string> Dutch = In(CultureInfo.GetCultureInfo("nl"));

    [Fact]
    public void Every_key_has_an_English_and_a_Dutch_text_and_none_is_empty()
    {
        Assert.NotEmpty(English);
        Assert.Equal(English.Keys.Order(StringComparer.Ordinal), Dutch.Keys.Order(StringComparer.Ordinal));
        Assert.All(English.Concat(Dutch), entry => Assert.False(string.IsNullOrWhiteSpace(entry.Value), entry.Key));
    }

    [Fact]
    public void A_translation_keeps_every_placeholder()
    {
        Assert.All(English, entry => Assert.Equal(Placeholders(entry.Value), Placeholders(Dutch[entry.Key])));
    }

    [Fact]
    public void Every_key_the_code_reads_exists()
    {
        var source = Path.Combine(RepositoryRoot(), "src");
        var used = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(path => KeyRead().Matches(File.ReadAllText(path)).Select(m => m.Groups["key"].Value))
            .Concat(Directory.EnumerateFiles(source, "ProblemTitles.cs", SearchOption.AllDirectories)
                .SelectMany(path => TitleKey().Matches(File.ReadAllText(path)).Select(m => m.Groups["key"].Value)))
            .ToHashSet(StringComparer.Ordinal);

        Assert.True(used.Count > 50, $"Only {used.Count} keys found in the code: is the pattern still right?");
        Assert.Empty(used.Where(key => !English.ContainsKey(key)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_register_problem_and_required_register_field_has_its_words()
    {
        var codes = typeof(RegisterProblemCode).GetFields().Select(f => (string)f.GetValue(null)!).ToList();
        var requiredFields = RegisterEntry.Empty.GapsOnceOperating(new LegalForm(LegalKind.Publiekrechtelijk, LegalInstrument.Centrumgemeente))
            .Concat(RegisterEntry.Empty.GapsOnceOperating(new LegalForm(LegalKind.Publiekrechtelijk, LegalInstrument.OpenbaarLichaam)))
            .Select(gap => gap.Field).Distinct().ToList();

        Assert.Contains("seat", requiredFields);
        Assert.Contains("bronhouder", requiredFields);
        Assert.All(codes.Select(RegisterProblemText.ProblemKey).Concat(requiredFields.Select(RegisterProblemText.FieldKey)),
            key => Assert.True(English.ContainsKey(key), key));
    }

    [Fact]
    public void Every_resource_a_404_can_name_has_its_name()
    {
        var named = Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "src"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(path => MissingResource().Matches(File.ReadAllText(path)).Select(m => m.Groups["name"].Value))
            .Concat(Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "src", "Samenwerking.Application"), "*.cs", SearchOption.AllDirectories)
                .SelectMany(path => VersionedResource().Matches(File.ReadAllText(path)).Select(m => m.Groups["name"].Value)))
            .ToHashSet(StringComparer.Ordinal);

        Assert.Contains("Active participant", named);
        Assert.Contains("evaluation framework", named);
        Assert.All(named, name => Assert.True(English.ContainsKey(Api.ErrorHandling.ResourceTexts.KeyOf(name)), name));
    }

    [Fact]
    public void Texts_are_read_in_the_culture_of_the_moment()
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("nl-NL");
            Assert.Equal("Niet gevonden", Messages.Shared.Get("ProblemTitle.NotFound"));
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
            Assert.Equal("Not found", Messages.Shared.Get("ProblemTitle.NotFound"));
            Assert.Equal("'{PropertyName}' has at most 7 entries.", Messages.Shared.Get("Validation.List.AtMost", ("max", 7)));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    private static List<string> Placeholders(string text) =>
        [.. Placeholder().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Samenwerking.Api.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Samenwerking.Api.sln not found above the test's directory.");
    }

    [GeneratedRegex("""NotFoundException\("(?<name>[^"]+)",""")]
    private static partial Regex MissingResource();

    /// <summary>The resource names stores give to 412 and 428 (<c>const string ResourceName = "collaboration"</c>).</summary>
    [GeneratedRegex("""ResourceName = "(?<name>[^"]+)";""")]
    private static partial Regex VersionedResource();

    [GeneratedRegex(@"\{[A-Za-z][A-Za-z0-9]*\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("""\.Get\("(?<key>[A-Z][A-Za-z0-9]*(\.[A-Za-z0-9]+)+)"[,)]""")]
    private static partial Regex KeyRead();

    [GeneratedRegex("""= "(?<key>ProblemTitle\.[A-Za-z]+)",""")]
    private static partial Regex TitleKey();
}
