using Samenwerking.Domain.Common;

namespace Samenwerking.Domain.Collaborations;

/// <summary>
/// The six choice dimensions of a collaboration and its named tasks. Any of them may be unknown
/// while exploring; what is known must agree with itself (see <see cref="Inconsistencies"/>).
/// </summary>
public sealed record Dimensions
{
    public static readonly Dimensions Unknown = new();

    public IReadOnlySet<TaskType> TaskTypes { get; init; } = new HashSet<TaskType>();

    public TaskScope? TaskScope { get; init; }

    public GovernanceLevel? GovernanceLevel { get; init; }

    public OrganisationForm OrganisationForm { get; init; } = OrganisationForm.Undecided;

    public LegalForm? LegalForm { get; init; }

    public Initiative? Initiative { get; init; }

    public IReadOnlyList<NamedTask> Tasks { get; init; } = [];

    /// <summary>The dimensions from the columns a collaboration is stored in (the aggregate and read models alike).</summary>
    public static Dimensions FromStored(IEnumerable<TaskType> taskTypes, TaskScope? taskScope, GovernanceLevel? governanceLevel,
        Novelty? novelty, Multiplicity? multiplicity, Structure? structure, LegalKind? legalKind, LegalInstrument? legalInstrument,
        Initiative? initiative, IReadOnlyList<NamedTask> tasks) => new()
    {
        TaskTypes = taskTypes.ToHashSet(),
        TaskScope = taskScope,
        GovernanceLevel = governanceLevel,
        OrganisationForm = new OrganisationForm(novelty, multiplicity, structure),
        LegalForm = legalKind is { } kind ? new LegalForm(kind, legalInstrument) : null,
        Initiative = initiative,
        Tasks = tasks,
    };

    /// <summary>All six dimensions are chosen and the legal form includes its instrument.</summary>
    public bool AreAllDecided => Undecided().Count == 0;

    /// <summary>The fields (as the API names them) still to decide.</summary>
    public IReadOnlyList<string> Undecided()
    {
        var undecided = new List<string>();
        if (TaskTypes.Count == 0) undecided.Add("taskTypes");
        if (TaskScope is null) undecided.Add("taskScope");
        if (GovernanceLevel is null) undecided.Add("governanceLevel");
        if (OrganisationForm.Novelty is null) undecided.Add("organisationForm.novelty");
        if (OrganisationForm.Multiplicity is null) undecided.Add("organisationForm.multiplicity");
        if (OrganisationForm.Structure is null) undecided.Add("organisationForm.structure");
        if (LegalForm is null) undecided.Add("legalForm");
        else if (LegalForm.Instrument is null) undecided.Add("legalForm.instrument");
        if (Initiative is null) undecided.Add("initiative");
        return undecided;
    }

    public IReadOnlyList<DimensionInconsistency> Inconsistencies()
    {
        var problems = new List<DimensionInconsistency>();
        if (LegalForm is { IsConsistent: false, Instrument: { } instrument })
        {
            problems.Add(new("legalForm.instrument", new(
                $"The instrument {Describe(instrument)} is {Describe(LegalForm.KindOf(instrument))}, not {Describe(LegalForm.Kind)}.",
                $"Het instrument {Describe(instrument)} is {Describe(LegalForm.KindOf(instrument))}, niet {Describe(LegalForm.Kind)}.")));
        }

        // How many tasks are named must agree with the scope; with no tasks named yet there is nothing to compare.
        if (Tasks.Count > 0)
        {
            if (TaskScope == Collaborations.TaskScope.Een && Tasks.Count != 1)
            {
                problems.Add(new("taskScope", new(
                    $"Task scope 'een' means exactly one task, but {Tasks.Count} tasks are named.",
                    $"Aantal taken 'een' betekent precies één taak, maar er zijn {Tasks.Count} taken genoemd.")));
            }
            else if (TaskScope == Collaborations.TaskScope.Meerdere && Tasks.Count < 2)
            {
                problems.Add(new("taskScope", new(
                    "Task scope 'meerdere' means two or more tasks, but one task is named.",
                    "Aantal taken 'meerdere' betekent twee of meer taken, maar er is één taak genoemd.")));
            }
        }

        for (var i = 0; i < Tasks.Count; i++)
        {
            if (!TaskTypes.Contains(Tasks[i].Type))
            {
                problems.Add(new($"tasks[{i}].type", new(
                    $"Task '{Tasks[i].Name}' is of type '{Describe(Tasks[i].Type)}', which is not among the collaboration's task types.",
                    $"Taak '{Tasks[i].Name}' is van type '{Describe(Tasks[i].Type)}', dat niet bij de typen taak van het samenwerkingsverband hoort.")));
            }
        }

        var duplicates = Tasks.GroupBy(t => t.Name.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicates.Count > 0)
        {
            problems.Add(new("tasks", new(
                $"Task names must be unique; named more than once: {string.Join(", ", duplicates)}.",
                $"Namen van taken moeten uniek zijn; meer dan eens genoemd: {string.Join(", ", duplicates)}.")));
        }

        return problems;
    }

    private static string Describe<TEnum>(TEnum value) where TEnum : struct, Enum => DomainTerms.Of(value);
}
