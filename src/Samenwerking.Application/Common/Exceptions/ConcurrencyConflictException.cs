namespace Samenwerking.Application.Common.Exceptions;

/// <summary>
/// The change was based on a version that is no longer current (412). Carries the current
/// version so the client can re-read, merge and retry.
/// </summary>
public sealed class ConcurrencyConflictException(string resource, uint currentVersion)
    : Exception($"The {resource} was changed by someone else since you read it. GET it again, re-apply your change and send it with the new ETag.")
{
    public string Resource { get; } = resource;

    public uint CurrentVersion { get; } = currentVersion;
}
