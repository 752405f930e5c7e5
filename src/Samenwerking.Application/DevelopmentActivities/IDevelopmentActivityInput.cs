using Samenwerking.Domain.Evaluations;

namespace Samenwerking.Application.DevelopmentActivities;

/// <summary>A development activity as a command states it: recorded and corrected alike.</summary>
public interface IDevelopmentActivityInput
{
    DevelopmentActivityKind Kind { get; }

    string Title { get; }

    DateOnly HeldOn { get; }

    int AttendeeCount { get; }

    /// <summary>The status it is to have: recording leaves it out for gehouden, a correction names it.</summary>
    DevelopmentActivityStatus StatusOrHeld { get; }

    IReadOnlyList<MunicipalAttendance> Attendance { get; }

    string? Notes { get; }
}

public static class DevelopmentActivityInputFacts
{
    public static DevelopmentActivityFacts ToFacts(this IDevelopmentActivityInput input) =>
        new(input.Kind, input.Title, input.HeldOn, input.AttendeeCount, input.Notes) { Status = input.StatusOrHeld, Attendance = input.Attendance };
}
