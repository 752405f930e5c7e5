using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;
using Samenwerking.Api.ErrorHandling;
using Samenwerking.Application.Common.Text;
using Samenwerking.Infrastructure.Idempotency;

namespace Samenwerking.Api.Idempotency;

/// <summary>
/// Idempotent creates (IETF httpapi draft "The Idempotency-Key HTTP Header Field"): a POST that creates
/// something and carries an <c>Idempotency-Key</c> is processed once per client and key. A repeat with the same
/// request gets the stored response; with a different request 422; while the first is still running 409.
/// Only successful responses are kept: after a refusal or an error the client may use the key again.
/// </summary>
public sealed class IdempotencyKeyMiddleware(RequestDelegate next, IOptions<IdempotencyOptions> options)
{
    public const string HeaderName = "Idempotency-Key";
    public const string ReplayedHeaderName = "Idempotent-Replayed";
    public const string KeyReusedType = "urn:samenwerking:problem:idempotency-key-reused";
    public const string InFlightType = "urn:samenwerking:problem:idempotency-key-in-flight";

    // The store (and its database context) is resolved only for a request that carries a key: most carry none.
    public Task InvokeAsync(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method) && context.Request.Headers.TryGetValue(HeaderName, out var values)
            && CreatesSomething(context.GetEndpoint())
            ? ProcessWithKeyAsync(context, values.ToString(), context.RequestServices.GetRequiredService<IdempotencyStore>(),
                context.RequestServices.GetRequiredService<IProblemDetailsService>())
            : next(context);

    private async Task ProcessWithKeyAsync(HttpContext context, string header, IdempotencyStore store, IProblemDetailsService problems)
    {
        var key = KeyFrom(header);
        if (key is null)
        {
            await WriteProblemAsync(context, problems, StatusCodes.Status400BadRequest, ProblemTypes.InvalidInput,
                Messages.Shared.Get("Idempotency.KeyMalformed", ("header", HeaderName), ("maxLength", IdempotencyStore.MaxKeyLength)),
                new Dictionary<string, string[]> { [HeaderName] = [Messages.Shared.Get("Idempotency.KeyInvalid")] });
            return;
        }

        var subject = Subject(context.User);
        var hash = await RequestHashAsync(context.Request);
        var existing = await store.TryClaimAsync(subject, key, hash, options.Value, context.RequestAborted);
        if (existing is not null)
        {
            await AnswerRepeatAsync(context, problems, existing, hash);
            return;
        }

        await ProcessOnceAsync(context, store, subject, key);
    }

    /// <summary>A POST documented with a 201: the creating operations, wherever they are mapped.</summary>
    public static bool CreatesSomething(Endpoint? endpoint) =>
        endpoint?.Metadata.GetOrderedMetadata<IProducesResponseTypeMetadata>().Any(m => m.StatusCode == StatusCodes.Status201Created) == true;

    private async Task ProcessOnceAsync(HttpContext context, IdempotencyStore store, string subject, string key)
    {
        var client = context.Response.Body;
        using var captured = new MemoryStream();
        context.Response.Body = captured;
        var completed = false;
        try
        {
            await next(context);
            var response = context.Response;
            if (response.StatusCode is >= 200 and < 300)
            {
                await store.CompleteAsync(subject, key, response.StatusCode, response.Headers.Location, response.Headers.ETag,
                    response.ContentType, captured.ToArray(), CancellationToken.None);
                completed = true;
            }
        }
        finally
        {
            context.Response.Body = client;
            if (!completed)
            {
                await store.ReleaseAsync(subject, key);
            }
        }

        captured.Position = 0;
        await captured.CopyToAsync(client, context.RequestAborted);
    }

    private static async Task AnswerRepeatAsync(HttpContext context, IProblemDetailsService problems, IdempotencyRecord existing, byte[] hash)
    {
        if (!CryptographicOperations.FixedTimeEquals(existing.RequestHash, hash))
        {
            await WriteProblemAsync(context, problems, StatusCodes.Status422UnprocessableEntity, KeyReusedType, Messages.Shared.Get("Idempotency.KeyReused", ("header", HeaderName)));
            return;
        }

        if (existing.StatusCode is not { } status)
        {
            context.Response.Headers.RetryAfter = "1";
            await WriteProblemAsync(context, problems, StatusCodes.Status409Conflict, InFlightType, Messages.Shared.Get("Idempotency.KeyInFlight", ("header", HeaderName)));
            return;
        }

        var response = context.Response;
        response.StatusCode = status;
        response.Headers[ReplayedHeaderName] = "true";
        if (existing.Location is not null)
        {
            response.Headers.Location = existing.Location;
        }

        if (existing.ETag is not null)
        {
            response.Headers.ETag = existing.ETag;
        }

        if (existing.ContentType is not null)
        {
            response.ContentType = existing.ContentType;
        }

        await response.Body.WriteAsync(existing.Body ?? [], context.RequestAborted);
    }

    private static Task WriteProblemAsync(HttpContext context, IProblemDetailsService problems, int status, string type, string detail,
        IDictionary<string, string[]>? errors = null)
    {
        context.Response.StatusCode = status;
        var problem = errors is null ? new Microsoft.AspNetCore.Mvc.ProblemDetails() : new HttpValidationProblemDetails(errors);
        problem.Status = status;
        problem.Type = type;
        problem.Title = ProblemTitles.For(status);
        problem.Detail = detail;
        return problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem }).AsTask();
    }

    // The draft sends the key as a structured-field string ("…"); a bare token is accepted too.
    private static string? KeyFrom(string header)
    {
        var key = header.Length >= 2 && header[0] == '"' && header[^1] == '"' ? header[1..^1] : header;
        return key.Length is > 0 and <= IdempotencyStore.MaxKeyLength && key.All(c => c is >= '!' and <= '~') ? key : null;
    }

    private static string Subject(ClaimsPrincipal user)
    {
        var subject = user.FindFirst("sub")?.Value ?? user.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? "";
        return subject.Length <= IdempotencyStore.MaxSubjectLength ? subject : Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(subject)));
    }

    /// <summary>What makes two requests "the same": method, path with query, and the body, byte for byte.</summary>
    private static async Task<byte[]> RequestHashAsync(HttpRequest request)
    {
        request.EnableBuffering();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"));
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, request.HttpContext.RequestAborted)) > 0)
        {
            hash.AppendData(buffer, 0, read);
        }

        request.Body.Position = 0;
        return hash.GetHashAndReset();
    }
}
