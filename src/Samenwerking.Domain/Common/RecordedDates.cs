using Samenwerking.Domain.Rules;

namespace Samenwerking.Domain.Common;

/// <summary>
/// Things are recorded once they happened: a decision, a phase transition, an evaluation or an activity dated after
/// today (the Dutch calendar date) is refused. This is the one definition. Validators ask it, so a client hears about
/// a future date together with every other invalid field in one 400; the aggregate enforces it
/// (<c>dated-in-the-future</c>) for every caller, validated or not.
/// </summary>
public static class RecordedDates
{
    public static bool IsInTheFuture(DateOnly date, DateOnly today) => date > today;

    /// <summary>Refuses <paramref name="date"/> when it lies after <paramref name="today"/>; <paramref name="why"/> says it in both languages.</summary>
    internal static void EnsureNotInTheFuture(DateOnly date, DateOnly today, Text why)
    {
        if (IsInTheFuture(date, today))
        {
            throw Refusals.DatedInTheFuture.Because(why);
        }
    }
}
