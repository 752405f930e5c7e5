namespace Samenwerking.Api.Tests.Infrastructure;

/// <summary>The problem types as clients see them; written out here so a rename breaks a test.</summary>
public static class ProblemType
{
    public const string InvalidInput = "urn:samenwerking:problem:invalid-input";
    public const string Unauthorized = "urn:samenwerking:problem:unauthorized";
    public const string Forbidden = "urn:samenwerking:problem:forbidden";
    public const string NotFound = "urn:samenwerking:problem:not-found";
    public const string MethodNotAllowed = "urn:samenwerking:problem:method-not-allowed";
    public const string PreconditionFailed = "urn:samenwerking:problem:precondition-failed";
    public const string PreconditionRequired = "urn:samenwerking:problem:precondition-required";

    public static string Conflict(string rule) => "urn:samenwerking:problem:" + rule;

    /// <summary>A refusal of the catalogue by its code, whatever its status (409 or 403).</summary>
    public static string Refusal(string code) => "urn:samenwerking:problem:" + code;
}
