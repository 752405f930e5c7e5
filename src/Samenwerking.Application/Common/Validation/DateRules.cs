using FluentValidation;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Text;

namespace Samenwerking.Application.Common.Validation;

/// <summary>Dates of things that happened: "today" is the Dutch calendar date the clock gives.</summary>
public static class DateRules
{
    public static IRuleBuilderOptions<T, DateOnly> NotInTheFuture<T>(this IRuleBuilder<T, DateOnly> date, IClock clock) =>
        date.Must(value => value <= clock.Today).WithMessage(_ => FutureMessage);

    /// <summary>A date left out is not in the future; whether it is required is a rule of its own.</summary>
    public static IRuleBuilderOptions<T, DateOnly?> NotInTheFuture<T>(this IRuleBuilder<T, DateOnly?> date, IClock clock) =>
        date.Must(value => value is null || value <= clock.Today).WithMessage(_ => FutureMessage);

    private static string FutureMessage => Localized.Text(
        "'{PropertyName}' cannot be in the future.",
        "'{PropertyName}' mag niet in de toekomst liggen.");
}
