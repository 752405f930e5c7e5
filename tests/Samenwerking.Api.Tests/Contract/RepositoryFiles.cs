namespace Samenwerking.Api.Tests.Contract;

/// <summary>Files of the repository the tests compare against, found from the test binaries upwards.</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string OpenApiDocument => Path.Combine(Root, "src", "Samenwerking.Api", "openapi.json");

    private static string FindRoot()
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
