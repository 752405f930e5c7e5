namespace Samenwerking.Domain.Common;

/// <summary>
/// A request named a part of an aggregate (a participant, a role) that it does not have: to a client, a missing
/// resource (404). The aggregate is the one place that knows its parts, so it says so itself; handlers do not look first.
/// </summary>
public sealed class PartNotFoundException(string part, string key) : Exception($"{part} '{key}' does not exist.")
{
    public string Part { get; } = part;

    public string Key { get; } = key;
}
