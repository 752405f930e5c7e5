namespace Samenwerking.Api.Startup;

/// <summary>Switches that make the API binary do one job and exit instead of serving.</summary>
public static class CommandLine
{
    /// <summary>Apply migrations and load reference data, then exit: the supported way to migrate production.</summary>
    public const string Migrate = "--migrate";

    /// <summary>
    /// Print a development token, then exit (only with a configured signing key): an administrator's with every
    /// scope, or with <see cref="Municipality"/> a municipal user's (read and write, acting for that municipality).
    /// </summary>
    public const string PrintDevelopmentToken = "--print-dev-token";

    /// <summary>The CBS code a development token acts for: <c>--print-dev-token --gemeente GM0479</c>.</summary>
    public const string Municipality = "--gemeente";

    /// <summary>
    /// The adviser a development token is for: <c>--print-dev-token --adviser "sub=adviseur-1,name=Eva Jansen,organisation=Adviesbureau Noord"</c>
    /// (a person without a municipality, who acts only under delegations granted to that subject).
    /// </summary>
    public const string Adviser = "--adviser";

    /// <summary>The argument after <paramref name="option"/>, or null when the option is absent or last.</summary>
    public static string? ValueOf(IReadOnlyList<string> args, string option)
    {
        var index = args.ToList().IndexOf(option);
        return index >= 0 && index + 1 < args.Count ? args[index + 1] : null;
    }
}
