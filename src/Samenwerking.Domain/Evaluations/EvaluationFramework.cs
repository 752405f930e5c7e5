using Samenwerking.Domain.Common;
using Samenwerking.Domain.Rules;
using Samenwerking.Domain.Events;

namespace Samenwerking.Domain.Evaluations;

/// <summary>
/// A set of criteria collaborations are scored on. Frameworks are data, not code: users add their
/// own (a consultancy's lens, a rekenkamer's norms). Once an evaluation used a framework its criteria
/// are frozen, because recorded scores only mean something against the criteria they were given on;
/// a new version is a new framework.
/// </summary>
public sealed class EvaluationFramework : Entity
{
    public const int MinNameLength = 3;
    public const int MaxNameLength = 200;
    public const int MaxDescriptionLength = 4000;
    public const int MaxCriteria = 50;

    private List<EvaluationCriterion> criteria = [];

    private EvaluationFramework()
    {
        Name = "";
        NameForSearch = "";
        Description = "";
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>The name folded for case- and accent-insensitive uniqueness.</summary>
    public string NameForSearch { get; private set; }

    public string Description { get; private set; }

    /// <summary>The criteria in the order evaluations show them.</summary>
    public IReadOnlyList<EvaluationCriterion> Criteria => criteria;

    /// <summary>Set by the first evaluation that uses the framework; from then on its criteria cannot change.</summary>
    public bool InUse { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Concurrency token kept by the store; the ETag clients send back in If-Match.</summary>
    public uint Version { get; private set; }

    /// <param name="id">Given only for frameworks shipped as reference data, whose ids are documented and stable.</param>
    public static EvaluationFramework Define(string name, string description, IReadOnlyList<EvaluationCriterion> criteria,
        ChangeContext change, Guid? id = null)
    {
        var framework = new EvaluationFramework
        {
            Id = id ?? Guid.CreateVersion7(),
            CreatedAt = change.Now,
        };
        framework.Describe(name, description);
        framework.criteria = Checked(criteria);
        framework.UpdatedAt = change.Now;
        framework.AddDomainEvent(new EvaluationFrameworkChanged(framework.Id, Defined: true, framework.Name,
            framework.criteria.Count, change.Actor, change.Now));
        return framework;
    }

    /// <summary>
    /// Replaces name, description and criteria. Name and description can always be corrected; the
    /// criteria only while no evaluation used them.
    /// </summary>
    public void Revise(string name, string description, IReadOnlyList<EvaluationCriterion> newCriteria, ChangeContext change)
    {
        var checkedCriteria = Checked(newCriteria);
        if (InUse && !checkedCriteria.SequenceEqual(criteria))
        {
            throw Refusals.FrameworkInUse.Because(new Text(
                    $"Evaluations were scored on the criteria of '{Name}', so they cannot change. Define a new framework " +
                    "for a new version; the name and description can still be corrected.",
                    $"Er zijn evaluaties gescoord op de criteria van '{Name}', dus die kunnen niet meer veranderen. Definieer een nieuw kader " +
                    "voor een nieuwe versie; naam en beschrijving kunnen nog wel worden verbeterd."),
                new Dictionary<string, object?> { ["frameworkId"] = Id });
        }

        Describe(name, description);
        criteria = checkedCriteria;
        UpdatedAt = change.Now > UpdatedAt ? change.Now : UpdatedAt.AddTicks(10);
        AddDomainEvent(new EvaluationFrameworkChanged(Id, Defined: false, Name, criteria.Count, change.Actor, change.Now));
    }

    /// <summary>
    /// What is wrong with a list of criteria, as field messages; empty when it can define a framework.
    /// The validator reports these as 400s; <see cref="Define"/> and <see cref="Revise"/> refuse them.
    /// </summary>
    public static IReadOnlyList<FieldProblem> CriteriaProblems(IReadOnlyList<EvaluationCriterion> candidates)
    {
        var problems = new List<FieldProblem>();
        if (candidates.Count is 0 or > MaxCriteria)
        {
            problems.Add(new("criteria", $"A framework has 1 to {MaxCriteria} criteria."));
        }

        for (var i = 0; i < candidates.Count; i++)
        {
            if (!EvaluationCriterion.IsValidCode(candidates[i].Code))
            {
                problems.Add(new($"criteria[{i}].code",
                    $"'{candidates[i].Code}' is not a criterion code: camelCase letters and digits, starting with a lower-case letter, at most {EvaluationCriterion.MaxCodeLength} characters (e.g. bestuurlijkeDrukte)."));
            }
        }

        var duplicates = candidates.GroupBy(c => c.Code, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicates.Count > 0)
        {
            problems.Add(new("criteria", $"Criterion codes must be unique within a framework; used more than once: {string.Join(", ", duplicates)}."));
        }

        return problems;
    }

    /// <summary>
    /// Checks that <paramref name="criterionCodes"/>, in the order an evaluation lists them, name every
    /// criterion of this framework exactly once and nothing else.
    /// </summary>
    public IReadOnlyList<FieldProblem> ScoreSheetGaps(IReadOnlyList<string> criterionCodes)
    {
        var gaps = new List<FieldProblem>();
        var known = criteria.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < criterionCodes.Count; i++)
        {
            var code = criterionCodes[i];
            if (!known.Contains(code))
            {
                gaps.Add(new($"scores[{i}].criterion",
                    $"'{code}' is not a criterion of framework '{Name}'; its criteria are: {string.Join(", ", criteria.Select(c => c.Code))}."));
            }
            else if (!seen.Add(code))
            {
                gaps.Add(new($"scores[{i}].criterion", $"Criterion '{code}' is scored more than once."));
            }
        }

        var missing = criteria.Select(c => c.Code).Where(code => !seen.Contains(code)).ToList();
        if (missing.Count > 0)
        {
            gaps.Add(new("scores",
                $"Every criterion of framework '{Name}' is scored or marked nietBeoordeeld; missing: {string.Join(", ", missing)}."));
        }

        return gaps;
    }

    public EvaluationCriterion? CriterionFor(string code) => criteria.FirstOrDefault(c => c.Code == code);

    /// <summary>Called by the collaboration recording an evaluation, in the same transaction.</summary>
    internal void MarkInUse() => InUse = true;

    private void Describe(string name, string description)
    {
        var trimmed = name.Trim();
        if (trimmed.Length is < MinNameLength or > MaxNameLength)
        {
            throw new ArgumentException($"A framework's name has {MinNameLength} to {MaxNameLength} characters.", nameof(name));
        }

        if (string.IsNullOrWhiteSpace(description) || description.Length > MaxDescriptionLength)
        {
            throw new ArgumentException($"A framework's description has 1 to {MaxDescriptionLength} characters.", nameof(description));
        }

        Name = trimmed;
        NameForSearch = UniqueNames.Key(trimmed);
        Description = description.Trim();
    }

    private static List<EvaluationCriterion> Checked(IReadOnlyList<EvaluationCriterion> candidates)
    {
        var trimmed = candidates.Select(c => new EvaluationCriterion(c.Code, c.Name.Trim(), c.Description.Trim())).ToList();
        var problems = CriteriaProblems(trimmed);
        if (problems.Count > 0 || trimmed.Any(c => c.Name.Length is 0 or > EvaluationCriterion.MaxNameLength
                                                    || c.Description.Length is 0 or > EvaluationCriterion.MaxDescriptionLength))
        {
            throw new ArgumentException(
                "Criteria need unique valid codes, a name and a description: " + string.Join(" ", problems.Select(p => p.Message)),
                nameof(candidates));
        }

        return trimmed;
    }
}
