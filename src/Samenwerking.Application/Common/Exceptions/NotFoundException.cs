namespace Samenwerking.Application.Common.Exceptions;

/// <summary>The addressed resource does not exist (404).</summary>
public sealed class NotFoundException(string resource, string key)
    : Exception($"{resource} '{key}' does not exist.")
{
    public string Resource { get; } = resource;

    public string Key { get; } = key;
}
