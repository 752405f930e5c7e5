using FluentValidation;
using FluentValidation.Results;

namespace Samenwerking.Api.Requests;

/// <summary>
/// A request body is checked by the validator of the command it becomes: the body is mapped the way its endpoint
/// maps it (route and header parts left empty, which no validator looks at) and the command is validated. So the
/// OpenAPI constraints derived from a body's validator and the 400 that input screening completes come from the one
/// validator the Mediator pipeline runs, and a member keeps its name because request and command name it alike.
/// </summary>
public sealed class CommandRequestValidator<TRequest, TCommand>(IValidator<TCommand> commandValidator, Func<TRequest, TCommand> toCommand)
    : IValidator<TRequest>
{
    public ValidationResult Validate(TRequest instance) => commandValidator.Validate(toCommand(instance));

    public Task<ValidationResult> ValidateAsync(TRequest instance, CancellationToken cancellation = default) =>
        commandValidator.ValidateAsync(toCommand(instance), cancellation);

    public ValidationResult Validate(IValidationContext context) => commandValidator.Validate(ForCommand(context));

    public Task<ValidationResult> ValidateAsync(IValidationContext context, CancellationToken cancellation = default) =>
        commandValidator.ValidateAsync(ForCommand(context), cancellation);

    /// <summary>The command validator's rules, under the command's member names, which are the request's.</summary>
    public IValidatorDescriptor CreateDescriptor() => commandValidator.CreateDescriptor();

    public bool CanValidateInstancesOfType(Type type) => typeof(TRequest).IsAssignableFrom(type);

    private ValidationContext<TCommand> ForCommand(IValidationContext context) => new(toCommand((TRequest)context.InstanceToValidate));
}
