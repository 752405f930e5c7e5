namespace Samenwerking.Register.BrowserTests.Infrastructure;

/// <summary>
/// Where the tests leave what a person should look at (screenshots): the run's results directory
/// (<c>--results-directory</c>, as build/test.sh passes it), else TestResults beside the tests.
/// </summary>
public static class Artefacts
{
    public static string Directory { get; } = Create();

    private static string Create()
    {
        var arguments = Environment.GetCommandLineArgs();
        var given = Array.IndexOf(arguments, "--results-directory");
        var results = given >= 0 && given + 1 < arguments.Length ? arguments[given + 1] : Path.Combine(AppContext.BaseDirectory, "TestResults");
        var directory = Path.Combine(Path.GetFullPath(results), "register-screenshots");
        System.IO.Directory.CreateDirectory(directory);
        return directory;
    }
}
