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

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
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
        foreach (var argument in context.Arguments)
        {
            if (bodyType is not null && argument is not null && argument.GetType() == bodyType)
            {
                failures.AddRange(bodyScreening.Screen(argument));
            }
        }

        return failures.Count > 0 ? throw new ValidationException(failures) : await next(context);
    }
}

public static class InputScreeningExtensions
{
    public static RouteGroupBuilder WithInputScreening(this RouteGroupBuilder group) =>
        group.AddEndpointFilter<InputScreeningFilter>();
}
