using FluentValidation;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Text;
using Samenwerking.Domain.Common;

namespace Samenwerking.Application.Common.Validation;

/// <summary>
/// Dates of things that happened: "today" is the Dutch calendar date the clock gives. The rule is the domain's
/// (<see cref="RecordedDates"/>); asking it here reports a future date with every other invalid field in one 400.
/// </summary>
public static class DateRules
{
    public static IRuleBuilderOptions<T, DateOnly> NotInTheFuture<T>(this IRuleBuilder<T, DateOnly> date, IClock clock) =>
        date.Must(value => !RecordedDates.IsInTheFuture(value, clock.Today)).WithMessage(_ => FutureMessage);

    /// <summary>A date left out is not in the future; whether it is required is a rule of its own.</summary>
    public static IRuleBuilderOptions<T, DateOnly?> NotInTheFuture<T>(this IRuleBuilder<T, DateOnly?> date, IClock clock) =>
        date.Must(value => value is not { } known || !RecordedDates.IsInTheFuture(known, clock.Today)).WithMessage(_ => FutureMessage);

    private static string FutureMessage => Messages.Shared.Get("Validation.Date.NotInTheFuture");
}
