namespace Samenwerking.Register.BrowserTests.Infrastructure;

/// <summary>Files of the repository the tests read: found from the test's own directory upwards.</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string DemoRegister => Path.Combine(Root, "build", "demo", "register-voorbeeld.csv");

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
