using System.Globalization;
using Samenwerking.Application.Common.Text;

namespace Samenwerking.Api.ErrorHandling;

/// <summary>
/// The details of a 404, 412 and 428 in the request's language. Exceptions name the resource in English
/// ("Collaboration", "evaluation framework", "Active participant") for the logs; its name for the client is
/// <c>Resource.&lt;Name&gt;</c> in Messages.resx.
/// </summary>
public static class ResourceTexts
{
    public static string NotFound(string resource, string key) =>
        Messages.Shared.Get("Problem.NotFound", ("resource", NameOf(resource)), ("key", key));

    public static string ChangedSinceRead(string resource) =>
        Messages.Shared.Get("Problem.ChangedSinceRead", ("resource", InSentence(NameOf(resource))));

    public static string VersionRequired(string resource) =>
        Messages.Shared.Get("Problem.VersionRequired", ("resource", InSentence(NameOf(resource))));

    /// <summary>The key of a resource's name: its English words in Pascal case ("Active participant" → <c>Resource.ActiveParticipant</c>).</summary>
    public static string KeyOf(string resource) =>
        "Resource." + string.Concat(resource.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(word => char.ToUpperInvariant(word[0]) + word[1..]));

    private static string NameOf(string resource) => Messages.Shared.Get(KeyOf(resource));

    private static string InSentence(string name) => char.ToLower(name[0], CultureInfo.CurrentCulture) + name[1..];
}
