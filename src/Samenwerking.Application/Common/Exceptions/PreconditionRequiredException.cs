namespace Samenwerking.Application.Common.Exceptions;

/// <summary>
/// A change was sent without saying which version it was based on (no <c>If-Match</c>), so it
/// could silently overwrite someone else's change (428).
/// </summary>
public sealed class PreconditionRequiredException(string resource)
    : Exception($"Changing a {resource} requires an If-Match header with the ETag of the version the change is based on; GET the {resource} to obtain it.")
{
    public string Resource { get; } = resource;
}
