namespace Samenwerking.Api.Startup;

/// <summary>Switches that make the API binary do one job and exit instead of serving.</summary>
public static class CommandLine
{
    /// <summary>Apply migrations and load reference data, then exit: the supported way to migrate production.</summary>
    public const string Migrate = "--migrate";

    /// <summary>Print a development token with both scopes, then exit (only with a configured signing key).</summary>
    public const string PrintDevelopmentToken = "--print-dev-token";
}
