namespace Samenwerking.Api.ErrorHandling;

/// <summary>
/// Problem <c>type</c> URIs. Clients switch on these, never on titles or details, so a value here is
/// part of the contract: add new ones, never rename.
/// </summary>
public static class ProblemTypes
{
    private const string Prefix = "urn:samenwerking:problem:";

    public const string InvalidInput = Prefix + "invalid-input";
    public const string Unauthorized = Prefix + "unauthorized";
    public const string Forbidden = Prefix + "forbidden";
    public const string NotFound = Prefix + "not-found";
    public const string MethodNotAllowed = Prefix + "method-not-allowed";
    public const string NotAcceptable = Prefix + "not-acceptable";
    public const string UnsupportedMediaType = Prefix + "unsupported-media-type";
    public const string PreconditionFailed = Prefix + "precondition-failed";
    public const string PreconditionRequired = Prefix + "precondition-required";
    public const string RequestTooLarge = Prefix + "request-too-large";
    public const string TooManyRequests = Prefix + "too-many-requests";
    public const string InternalError = Prefix + "internal-error";
    public const string ServiceUnavailable = Prefix + "service-unavailable";

    /// <summary>A business-rule conflict, named by the rule (e.g. <c>duplicate-name</c>).</summary>
    public static string Conflict(string rule) => Prefix + rule;

    public static string ForStatus(int status) => status switch
    {
        400 => InvalidInput,
        401 => Unauthorized,
        403 => Forbidden,
        404 => NotFound,
        405 => MethodNotAllowed,
        406 => NotAcceptable,
        412 => PreconditionFailed,
        415 => UnsupportedMediaType,
        413 => RequestTooLarge,
        428 => PreconditionRequired,
        429 => TooManyRequests,
        503 => ServiceUnavailable,
        _ when status >= 500 => InternalError,
        _ => Prefix + "http-" + status,
    };
}
