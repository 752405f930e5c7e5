using Samenwerking.Domain.Common;

namespace Samenwerking.Domain.Evaluations;

/// <summary>
/// One evaluation of a collaboration against one framework: the record of what was judged at the time, which
/// later evaluations are compared with. Only a correction of what was recorded wrongly changes it.
/// </summary>
public sealed class Evaluation
{
    private List<CriterionScore> scores = [];
    private List<Recommendation> recommendations = [];

    private Evaluation()
    {
        Evaluator = "";
        RecordedBySubject = "";
    }

    internal Evaluation(Guid collaborationId, EvaluationFramework framework, EvaluationFacts facts, ChangeContext change) : this()
    {
        Id = Guid.CreateVersion7();
        CollaborationId = collaborationId;
        FrameworkId = framework.Id;
        RecordedAt = change.Now;
        RecordedBySubject = change.Actor.Subject;
        Correct(framework, facts);
    }

    public Guid Id { get; private set; }

    public Guid CollaborationId { get; private set; }

    public Guid FrameworkId { get; private set; }

    public DateOnly EvaluatedOn { get; private set; }

    public EvaluationKind Kind { get; private set; }

    public string Evaluator { get; private set; }

    public string? Findings { get; private set; }

    public IReadOnlyList<CriterionScore> Scores => scores;

    public IReadOnlyList<Recommendation> Recommendations => recommendations;

    public DateTimeOffset RecordedAt { get; private set; }

    public string RecordedBySubject { get; private set; }

    /// <summary>The mean of the scored criteria, to two decimals; criteria not assessed do not count. Null when none was scored.</summary>
    public decimal? MeanScore => scores.Where(s => s.Score is not null).Select(s => (decimal)s.Score!.Value).ToList() is { Count: > 0 } scored
        ? Math.Round(scored.Average(), 2, MidpointRounding.AwayFromZero)
        : null;

    /// <summary>Replaces what the evaluation says, against the same framework; when and by whom it was first recorded stays.</summary>
    internal void Correct(EvaluationFramework framework, EvaluationFacts facts)
    {
        EvaluatedOn = facts.EvaluatedOn;
        Kind = facts.Kind;
        Evaluator = facts.Evaluator.Trim();
        Findings = string.IsNullOrWhiteSpace(facts.Findings) ? null : facts.Findings.Trim();
        scores = Ordered(framework, facts.Scores);
        recommendations = Trimmed(facts.Recommendations);
    }

    public CriterionScore? ScoreFor(string criterionCode) => scores.FirstOrDefault(s => s.CriterionCode == criterionCode);

    /// <summary>Kept in the framework's order, whatever order the evaluator listed them in.</summary>
    private static List<CriterionScore> Ordered(EvaluationFramework framework, IReadOnlyList<CriterionScore> scores)
    {
        var position = framework.Criteria.Select((criterion, index) => (criterion.Code, index)).ToDictionary(p => p.Code, p => p.index);
        return [.. scores.OrderBy(s => position[s.CriterionCode])];
    }

    private static List<Recommendation> Trimmed(IReadOnlyList<Recommendation>? recommendations) =>
        [.. (recommendations ?? []).Select(r => new Recommendation(r.Text.Trim(), string.IsNullOrWhiteSpace(r.Owner) ? null : r.Owner.Trim()))];

    /// <summary>
    /// Whether this evaluation took place before <paramref name="other"/>: by date, and for two on the
    /// same date by the order they were recorded in.
    /// </summary>
    public bool Precedes(Evaluation other) =>
        (EvaluatedOn, RecordedAt, Id).CompareTo((other.EvaluatedOn, other.RecordedAt, other.Id)) < 0;
}
