using System.Linq.Expressions;
using FluentValidation;
using Microsoft.Extensions.Localization;
using Samenwerking.Application.Common.Text;
using Samenwerking.Application.Municipalities;
using Samenwerking.Domain.Evaluations;

namespace Samenwerking.Application.DevelopmentActivities;

/// <summary>The attendance of a held activity, checked alike when it is recorded as held and when a planned one is held.</summary>
public static class AttendanceRules
{
    public static void HeldAttendance<T>(this AbstractValidator<T> validator, Expression<Func<T, int>> attendeeCount,
        Expression<Func<T, IReadOnlyList<MunicipalAttendance>>> attendance, IStringLocalizer<Messages> messages)
    {
        var count = attendeeCount.Compile();
        validator.RuleFor(attendeeCount).InclusiveBetween(1, DevelopmentActivity.MaxAttendeeCount);
        validator.RuleFor(attendance)
            .Must((command, list) => list.Count == 0 || list.Contains(null!) || MunicipalAttendance.Fits(count(command), list) || count(command) is < 1 or > DevelopmentActivity.MaxAttendeeCount)
            .WithMessage(_ => messages.Get("Validation.Activity.AttendanceAddsUp"));
        validator.RuleForEach(Expression.Lambda<Func<T, IEnumerable<MunicipalAttendance>>>(attendance.Body, attendance.Parameters)).ChildRules(entry =>
        {
            entry.RuleFor(a => a.MunicipalityCode).MunicipalityCode();
            entry.RuleFor(a => a.AttendeeCount).InclusiveBetween(1, DevelopmentActivity.MaxAttendeeCount);
        });
    }
}
