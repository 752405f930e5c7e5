using FluentValidation;
using FluentValidation.Internal;
using FluentValidation.Validators;

namespace Samenwerking.Api.OpenApi;

/// <summary>
/// Reads a validator through FluentValidation's public descriptor: every check that holds whatever the
/// request (neither the check nor its rule under a <c>When</c>), including those of validators brought in
/// with <c>Include</c>, and the validator that checks a member's object or a list's items
/// (<c>SetValidator</c>, <c>ChildRules</c>). What the OpenAPI document says about constraints and required
/// members is derived from these, so the contract and the 400s come from one source.
/// </summary>
public static class ValidatorRules
{
    public static IValidator? For(IServiceProvider provider, Type type) =>
        provider.GetService(typeof(IValidator<>).MakeGenericType(type)) as IValidator;

    public static IEnumerable<MemberCheck> Checks(IValidator validator, IServiceProvider provider)
    {
        var descriptor = validator.CreateDescriptor();
        foreach (var rule in descriptor.Rules)
        {
            if (rule is IIncludeRule)
            {
                foreach (var included in rule.Components.Where(Unconditional).Select(c => c.Validator).OfType<IChildValidatorAdaptor>())
                {
                    foreach (var check in Checks((IValidator)ActivatorUtilities.CreateInstance(provider, included.ValidatorType), provider))
                    {
                        yield return check;
                    }
                }

                continue;
            }

            // Rules on the whole object (RuleFor(c => c)) have no member; rules in a When(…, () => …) block carry the condition themselves.
            if (rule.PropertyName is null || rule.HasCondition || rule.HasAsyncCondition)
            {
                continue;
            }

            var onItems = IsCollectionRule(rule);
            foreach (var component in rule.Components.Where(Unconditional))
            {
                yield return new MemberCheck(rule.PropertyName, component.Validator, onItems, ChildOf(component.Validator, provider));
            }
        }
    }

    private static bool Unconditional(IRuleComponent component) => component is { HasCondition: false, HasAsyncCondition: false };

    private static bool IsCollectionRule(IValidationRule rule) =>
        rule.GetType().GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollectionRule<,>));

    /// <summary>
    /// The validator a <c>SetValidator</c> or <c>ChildRules</c> applies. An adaptor made with a validator
    /// instance hands it out from its public <c>GetValidator</c> whatever the context; one made with a type is created.
    /// </summary>
    private static IValidator? ChildOf(IPropertyValidator validator, IServiceProvider provider)
    {
        if (validator is not IChildValidatorAdaptor adaptor)
        {
            return null;
        }

        var adaptorType = validator.GetType();
        while (adaptorType is not null && !(adaptorType.IsGenericType && adaptorType.GetGenericTypeDefinition() == typeof(ChildValidatorAdaptor<,>)))
        {
            adaptorType = adaptorType.BaseType;
        }

        if (adaptorType is not null)
        {
            // The context of an empty instance: an adaptor built around an instance ignores both arguments.
            var context = Activator.CreateInstance(typeof(ValidationContext<>).MakeGenericType(adaptorType.GetGenericArguments()[0]), [null]);
            if (adaptorType.GetMethod(nameof(ChildValidatorAdaptor<object, object>.GetValidator))?.Invoke(validator, [context, null]) is IValidator instance)
            {
                return instance;
            }
        }

        return adaptor.ValidatorType is { IsAbstract: false, ContainsGenericParameters: false } type
            ? (IValidator)ActivatorUtilities.CreateInstance(provider, type)
            : null;
    }
}
