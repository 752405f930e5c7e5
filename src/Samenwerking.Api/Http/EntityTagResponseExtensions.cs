using System.Globalization;
using Samenwerking.Application.Common.Concurrency;

namespace Samenwerking.Api.Http;

public static class EntityTagResponseExtensions
{
    public static void SetETag(this HttpResponse response, uint version) => response.Headers.ETag = EntityTags.Format(version);

    /// <summary>Sends the representation's version as the <c>ETag</c> header and gives the representation, the body.</summary>
    public static T WithETag<T>(this HttpResponse response, Versioned<T> versioned)
    {
        response.SetETag(versioned.Version);
        return versioned.Value;
    }
}
