using FluentValidation;

namespace Samenwerking.Application.Common.Corrections;

/// <summary>Why something recorded is corrected or withdrawn ("onjuist geregistreerd"): kept in the history, so no personal data.</summary>
public static class CorrectionReason
{
    public const int MaxLength = 1000;

    /// <summary>A reason a withdrawal must give.</summary>
    public static IRuleBuilderOptions<T, string> RequiredReason<T>(this IRuleBuilder<T, string> rule) => rule.NotEmpty().MaximumLength(MaxLength);

    /// <summary>A reason a correction may give.</summary>
    public static IRuleBuilderOptions<T, string?> OptionalReason<T>(this IRuleBuilder<T, string?> rule) => rule.MaximumLength(MaxLength);
}
