namespace Samenwerking.Application.Common.Abstractions;

/// <summary>
/// "Today" as a Dutch municipality means it: the calendar date in Europe/Amsterdam, not in UTC,
/// so a decision taken just after midnight is not "in the future".
/// </summary>
public interface IClock
{
    DateTimeOffset UtcNow { get; }

    DateOnly Today { get; }
}
