using System.Text.RegularExpressions;

namespace Samenwerking.Architecture.Tests;

/// <summary>
/// A type is found by its name: in Api and Application every source file is named after a type it declares
/// (<c>CollaborationDetailsRules.cs</c> holds <c>CollaborationDetailsRules</c>; a partial part may add a suffix,
/// <c>Type.Part.cs</c>). Read from the sources, since the compiled assemblies do not know their files.
/// </summary>
public sealed partial class FileNameRuleTests
{
    public static TheoryData<string> Projects() => ["Samenwerking.Api", "Samenwerking.Application"];

    [Theory]
    [MemberData(nameof(Projects))]
    public void Every_source_file_is_named_after_a_type_it_declares(string project)
    {
        var root = Path.Combine(RepositoryRoot(), "src", project);
        var misnamed = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) &&
                           !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(file => (File: Path.GetRelativePath(root, file), Types: TopLevelTypes().Matches(File.ReadAllText(file)).Select(m => m.Groups["name"].Value).ToList()))
            .Where(source => source.Types.Count > 0 && !source.Types.Contains(Path.GetFileName(source.File).Split('.')[0]))
            .Select(source => $"{source.File} declares {string.Join(", ", source.Types)}")
            .ToList();

        Assert.True(misnamed.Count == 0, "Name each file after a type it declares: " + string.Join("; ", misnamed));
    }

    [GeneratedRegex(@"^(?:public|internal|file)\s+(?:(?:sealed|static|abstract|partial|readonly)\s+)*(?:class|record\s+struct|record|struct|interface|enum)\s+(?<name>\w+)", RegexOptions.Multiline)]
    private static partial Regex TopLevelTypes();

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Samenwerking.Api.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Samenwerking.Api.sln above {AppContext.BaseDirectory}: run the tests from the repository.");
    }
}
