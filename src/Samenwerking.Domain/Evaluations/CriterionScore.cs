namespace Samenwerking.Domain.Evaluations;

/// <summary>
/// How an evaluation judged one criterion: a score from 1 to 5 with its explanation, or explicitly
/// not assessed (nietBeoordeeld) with the reason. Leaving a criterion out is not the same as saying
/// it could not be judged, so the framework's criteria must all appear one way or the other.
/// </summary>
public sealed class CriterionScore
{
    public const int MinScore = 1;
    public const int MaxScore = 5;
    public const int MaxTextLength = 4000;

    private CriterionScore()
    {
        CriterionCode = "";
    }

    public string CriterionCode { get; private set; }

    /// <summary>1 (poor) to 5 (excellent); null when the criterion was not assessed.</summary>
    public int? Score { get; private set; }

    public string? Explanation { get; private set; }

    /// <summary>Why the criterion was not assessed; null when it was scored.</summary>
    public string? NotAssessedReason { get; private set; }

    public bool NietBeoordeeld => Score is null;

    public static bool IsValidScore(int score) => score is >= MinScore and <= MaxScore;

    public static CriterionScore Scored(string criterionCode, int score, string explanation)
    {
        if (!IsValidScore(score))
        {
            throw new ArgumentOutOfRangeException(nameof(score), score, $"A score is {MinScore} to {MaxScore}.");
        }

        return new CriterionScore { CriterionCode = criterionCode, Score = score, Explanation = Required(explanation, nameof(explanation)) };
    }

    public static CriterionScore NotAssessed(string criterionCode, string reason) =>
        new() { CriterionCode = criterionCode, NotAssessedReason = Required(reason, nameof(reason)) };

    private static string Required(string text, string parameter) =>
        string.IsNullOrWhiteSpace(text) || text.Length > MaxTextLength
            ? throw new ArgumentException($"Give 1 to {MaxTextLength} characters.", parameter)
            : text.Trim();
}
