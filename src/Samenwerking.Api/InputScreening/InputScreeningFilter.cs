using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace Samenwerking.Api.InputScreening;

/// <summary>
/// Runs before every API handler, after binding: refuses control characters in query and path values
/// and in the body's strings, and null items in the body's lists, as a 400 naming each field. Use cases
/// and the database then only ever see text they can store and lists without holes.
/// </summary>
public sealed class InputScreeningFilter(IOptions<JsonOptions> jsonOptions) : IEndpointFilter
{
    private readonly RequestBodyScreening bodyScreening = new(jsonOptions.Value.SerializerOptions);

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var failures = new List<ValidationFailure>();
        var request = context.HttpContext.Request;
        foreach (var (name, values) in request.Query)
        {
            if (ControlCharacters.AnyRefused(name, multiLine: false) || values.Any(v => v is not null && ControlCharacters.AnyRefused(v, multiLine: false)))
            {
                failures.Add(new ValidationFailure(name, ControlCharacters.Message(name, multiLine: false)));
            }
        }

        foreach (var (name, value) in request.RouteValues)
        {
            if (value is string text && ControlCharacters.AnyRefused(text, multiLine: false))
            {
                failures.Add(new ValidationFailure(name, ControlCharacters.Message(name, multiLine: false)));
            }
        }

        var bodyType = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
        var body = bodyType is null ? null : context.Arguments.FirstOrDefault(argument => argument?.GetType() == bodyType);
        if (body is not null)
        {
            failures.AddRange(bodyScreening.Screen(body));
        }

        return failures.Count == 0 ? next(context) : RefuseAsync(failures, body, context.HttpContext);
    }

    private static async ValueTask<object?> RefuseAsync(List<ValidationFailure> failures, object? body, HttpContext httpContext)
    {
        if (body is not null)
        {
            failures = await WithTheBodysOwnValidationAsync(failures, body, httpContext);
        }

        throw new ValidationException(failures);
    }

    /// <summary>
    /// The same screening for a body an endpoint builds itself rather than binds (a merge patch applied to the
    /// current state): a 400 naming every refused field, or nothing.
    /// </summary>
    public static async Task ScreenAsync(object body, RequestBodyScreening screening, HttpContext httpContext)
    {
        var failures = screening.Screen(body);
        if (failures.Count > 0)
        {
            throw new ValidationException(await WithTheBodysOwnValidationAsync([.. failures], body, httpContext));
        }
    }

    /// <summary>
    /// A client hears about every problem in one 400: the body's own validators (which tolerate null items)
    /// run too, and where they already name a field, their message is the one kept.
    /// </summary>
    private static async Task<List<ValidationFailure>> WithTheBodysOwnValidationAsync(List<ValidationFailure> screening, object body,
        HttpContext httpContext)
    {
        var validators = httpContext.RequestServices.GetServices(typeof(IValidator<>).MakeGenericType(body.GetType())).OfType<IValidator>();
        var own = new List<ValidationFailure>();
        foreach (var validator in validators)
        {
            own.AddRange((await validator.ValidateAsync(new ValidationContext<object>(body), httpContext.RequestAborted)).Errors);
        }

        var named = own.Select(f => ErrorHandling.JsonFieldNames.FromPropertyPath(f.PropertyName)).ToHashSet(StringComparer.Ordinal);
        return [.. screening.Where(f => !named.Contains(ErrorHandling.JsonFieldNames.FromPropertyPath(f.PropertyName))), .. own];
    }
}

public static class InputScreeningExtensions
{
    public static RouteGroupBuilder WithInputScreening(this RouteGroupBuilder group) =>
        group.AddEndpointFilter<InputScreeningFilter>();
}
