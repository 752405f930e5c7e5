using System.Reflection;
using System.Runtime.CompilerServices;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Samenwerking.Api.Requests;

namespace Samenwerking.Api.Tests.Contract;

/// <summary>
/// A request body is checked by the validator of the command it becomes (<see cref="RequestValidation"/>). A body
/// left out of that list would lose its constraints and required members in the contract without anyone noticing,
/// so every request with a <c>ToCommand</c> whose command has a validator must have one too, and it must be the
/// command's: the same failures, under the same member names.
/// </summary>
public sealed class RequestValidationTests(ApiFactory api)
{
    public static TheoryData<Type, Type> RequestsAndTheirCommands()
    {
        var data = new TheoryData<Type, Type>();
        var mappings = typeof(RequestValidation).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .Where(m => m.Name == "ToCommand" && m.IsDefined(typeof(ExtensionAttribute), inherit: false));
        foreach (var mapping in mappings)
        {
            data.Add(mapping.GetParameters()[0].ParameterType, mapping.ReturnType);
        }

        return data;
    }

    [Fact]
    public void Every_request_body_has_a_mapping_to_a_command() =>
        Assert.True(RequestsAndTheirCommands().Count >= 13, "Expected the request types of Api/Requests and their ToCommand mappings.");

    [Theory]
    [MemberData(nameof(RequestsAndTheirCommands))]
    public void A_request_is_validated_by_its_commands_validator(Type request, Type command)
    {
        using var scope = api.Services.CreateScope();
        var commandValidator = (IValidator?)scope.ServiceProvider.GetService(typeof(IValidator<>).MakeGenericType(command));
        if (commandValidator is null)
        {
            return;
        }

        var requestValidator = (IValidator?)scope.ServiceProvider.GetService(typeof(IValidator<>).MakeGenericType(request));

        Assert.NotNull(requestValidator);
        // An empty body, as a client may send it: both validators refuse the same members.
        var blank = Activator.CreateInstance(request)!;
        var failures = requestValidator.Validate(new ValidationContext<object>(blank)).Errors.Select(e => e.PropertyName).Distinct().Order();
        var mapped = ToCommand(request, blank);
        var expected = commandValidator.Validate(new ValidationContext<object>(mapped)).Errors.Select(e => e.PropertyName).Distinct().Order();
        Assert.Equal(expected, failures);
    }

    private static object ToCommand(Type request, object body)
    {
        var mapping = typeof(RequestValidation).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .Single(m => m.Name == "ToCommand" && m.GetParameters()[0].ParameterType == request);
        var arguments = mapping.GetParameters().Select((p, i) => i == 0 ? body : p.ParameterType == typeof(string) ? "" : DefaultOf(p.ParameterType));
        return mapping.Invoke(null, arguments.ToArray())!;
    }

    private static object? DefaultOf(Type type) => type.IsValueType && Nullable.GetUnderlyingType(type) is null ? Activator.CreateInstance(type) : null;
}
