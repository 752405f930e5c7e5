using System.Linq.Expressions;
using Samenwerking.Domain.Collaborations.Register;
using Samenwerking.Domain.Common;
using Samenwerking.Domain.Decisions;
using Samenwerking.Domain.Evaluations;
using Samenwerking.Domain.Events;
using Samenwerking.Domain.History;
using Samenwerking.Domain.Rules;
using Samenwerking.Domain.Phases;
using Samenwerking.Domain.Roles;

namespace Samenwerking.Domain.Collaborations;

/// <summary>
/// A samenwerkingsverband: two or more municipalities working together on one or more tasks. The
/// aggregate guards its own rules; every change moves <see cref="UpdatedAt"/>, which gives the whole
/// aggregate a new version (ETag), also when only a child changed, and adds a line to its history.
/// All of its state is in this file; its behaviour is in partial files by topic: participants, phases,
/// decisions, roles, register, evaluations and development activities.
/// </summary>
public sealed partial class Collaboration : Entity, IExitRuleFacts
{
    public const int MinNameLength = 3;
    public const int MaxNameLength = 200;
    public const int MaxDescriptionLength = 4000;

    private readonly List<Participant> participants = [];
    private readonly List<PhaseTransition> transitions = [];
    private readonly List<Decision> decisions = [];
    private readonly List<RoleAssignment> roles = [];
    private List<TaskType> taskTypes = [];
    private List<NamedTask> tasks = [];

    // Append-only and never loaded: new lines are inserted with the change that caused them. No rule looks
    // at earlier history, evaluations or activities; the date of the latest evaluation is kept in LastEvaluatedOn.
    private readonly List<HistoryEntry> history = [];
    private readonly List<Evaluation> evaluations = [];
    private readonly List<DevelopmentActivity> developmentActivities = [];

    private Collaboration()
    {
        Name = "";
        NameForSearch = "";
    }

    private Collaboration(string name, string? description, ChangeContext change) : this()
    {
        Id = Guid.CreateVersion7();
        Rename(name);
        Description = description;
        Phase = Phase.Verkenning;
        FirstRecordedPhaseStartedOn = change.Today;
        CreatedAt = change.Now;
        UpdatedAt = change.Now;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>The name folded for case- and accent-insensitive search and uniqueness.</summary>
    public string NameForSearch { get; private set; }

    public string? Description { get; private set; }

    // The six dimensions, stored flat; Dimensions puts them together.

    public IReadOnlyList<TaskType> TaskTypes => taskTypes;

    public TaskScope? TaskScope { get; private set; }

    public GovernanceLevel? GovernanceLevel { get; private set; }

    public Novelty? Novelty { get; private set; }

    public Multiplicity? Multiplicity { get; private set; }

    public Structure? Structure { get; private set; }

    public LegalKind? LegalKind { get; private set; }

    public LegalInstrument? LegalInstrument { get; private set; }

    public Initiative? Initiative { get; private set; }

    public IReadOnlyList<NamedTask> Tasks => tasks;

    public Dimensions Dimensions => Dimensions.FromStored(taskTypes, TaskScope, GovernanceLevel, Novelty, Multiplicity, Structure,
        LegalKind, LegalInstrument, Initiative, tasks);

    /// <summary>What the Wgr register shows about the collaboration; empty fields while it is prepared.</summary>
    public RegisterEntry RegisterEntry { get; private set; } = RegisterEntry.Empty;

    // Participants, decisions and roles.

    public IReadOnlyList<Participant> Participants => participants;

    public IEnumerable<Participant> ActiveParticipants => participants.Where(p => p.IsActive);

    /// <summary>
    /// How many municipalities take part now, kept as participants join, are removed and withdraw, so a list of
    /// collaborations shows it for every row without counting each one's participants.
    /// </summary>
    public int ActiveParticipantCount { get; private set; }

    public IReadOnlyList<Decision> Decisions => decisions;

    public IReadOnlyList<RoleAssignment> Roles => roles;

    // Phases.

    public Phase Phase { get; private set; }

    public IReadOnlyList<PhaseTransition> Transitions => transitions;

    /// <summary>The phase in which the collaboration was registered after the fact; null when recorded from verkenning on.</summary>
    public Phase? RegisteredInPhase { get; private set; }

    /// <summary>When the first phase recorded here began; unknown for a collaboration registered in implementatie.</summary>
    public DateOnly? FirstRecordedPhaseStartedOn { get; private set; }

    /// <summary>The date the collaboration started to work as a collaboration.</summary>
    public DateOnly? OperatingSince { get; private set; }

    public DateOnly? CurrentPhaseStartedOn => transitions.Count > 0 ? transitions[^1].EffectiveOn : FirstRecordedPhaseStartedOn;

    // Dissolution: a status beside the phase, which stays the phase the collaboration ended in.

    /// <summary>The date the collaboration ended (opheffing); null while it goes on.</summary>
    public DateOnly? EndedOn { get; private set; }

    /// <summary>Why it ended; set together with <see cref="EndedOn"/>.</summary>
    public string? EndReason { get; private set; }

    public bool IsEnded => EndedOn is not null;

    /// <summary>The collaboration has not ended, as a query filter: lists leave ended ones out unless asked.</summary>
    public static readonly Expression<Func<Collaboration, bool>> Ongoing = c => c.EndedOn == null;

    // Evaluation schedule.

    /// <summary>Every how many years the collaboration is evaluated, as its regeling agrees (1 to 10).</summary>
    public int EvaluationIntervalYears { get; private set; } = EvaluationSchedule.DefaultIntervalYears;

    /// <summary>The date of the most recent evaluation; null before the first.</summary>
    public DateOnly? LastEvaluatedOn { get; private set; }

    /// <summary>
    /// When the next evaluation is due; null outside doorontwikkeling. Derived from the aggregate's own
    /// state but stored, so lists filter and sort on it in SQL; every change brings it up to date.
    /// </summary>
    public DateOnly? NextEvaluationDue { get; private set; }

    // Version and what this instance added, to be saved.

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Concurrency token kept by the store; the ETag clients send back in If-Match.</summary>
    public uint Version { get; private set; }

    public IReadOnlyList<HistoryEntry> NewHistory => history;

    /// <summary>Evaluations recorded by this instance, to be saved; earlier ones are read by queries.</summary>
    public IReadOnlyList<Evaluation> NewEvaluations => evaluations;

    /// <summary>Activities recorded by this instance, to be saved; earlier ones are read by queries.</summary>
    public IReadOnlyList<DevelopmentActivity> NewDevelopmentActivities => developmentActivities;

    IEnumerable<string> IExitRuleFacts.ActiveMunicipalityCodes => ActiveParticipants.Select(p => p.MunicipalityCode);

    IEnumerable<ExitRuleDecision> IExitRuleFacts.RecordedDecisions =>
        decisions.Select(d => new ExitRuleDecision(d.MunicipalityCode, d.Kind, d.DecidedOn, d.RecordedAt, d.Outcome));

    IEnumerable<ExitRuleRole> IExitRuleFacts.AssignedRoles => roles.Select(r => new ExitRuleRole(r.Kind, r.AssignedInPhase));

    /// <summary>
    /// Ambtelijke fusie is not a separate choice but what the dimensions amount to: all tasks in one
    /// new, central organisation. Derived, never stored, so it can never contradict them. Written as an
    /// expression so that queries filter on the very same definition.
    /// </summary>
    public static readonly Expression<Func<Collaboration, bool>> AmbtelijkeFusie = c =>
        c.TaskScope == Collaborations.TaskScope.Alle && c.Novelty == Collaborations.Novelty.Nieuw &&
        c.Multiplicity == Collaborations.Multiplicity.Een && c.Structure == Collaborations.Structure.Centraal;

    /// <summary>Every collaboration that is no ambtelijke fusie, as a query filters them: the negation of <see cref="AmbtelijkeFusie"/>.</summary>
    public static readonly Expression<Func<Collaboration, bool>> NoAmbtelijkeFusie =
        Expression.Lambda<Func<Collaboration, bool>>(Expression.Not(AmbtelijkeFusie.Body), AmbtelijkeFusie.Parameters);

    private static readonly Func<Collaboration, bool> IsAmbtelijkeFusieCompiled = AmbtelijkeFusie.Compile();

    public bool IsAmbtelijkeFusie => IsAmbtelijkeFusieCompiled(this);

    /// <summary>
    /// The same rule for reads that have the stored values and no aggregate (a list's row): one call of
    /// <see cref="AmbtelijkeFusie"/> on a collaboration that has only these four values.
    /// </summary>
    public static bool IsAmbtelijkeFusieOf(TaskScope? taskScope, Novelty? novelty, Multiplicity? multiplicity, Structure? structure) =>
        IsAmbtelijkeFusieCompiled(new Collaboration { TaskScope = taskScope, Novelty = novelty, Multiplicity = multiplicity, Structure = structure });

    /// <summary>Starts a collaboration in verkenning with its first participants.</summary>
    public static Collaboration Start(string name, string? description, Dimensions dimensions,
        IReadOnlyList<Joining> founders, ChangeContext change, RegisterEntry? register = null)
    {
        if (founders.Count == 0)
        {
            throw new ArgumentException("A collaboration starts with at least one participating municipality.", nameof(founders));
        }

        var collaboration = new Collaboration(name, description, change);
        collaboration.Describe(dimensions);
        foreach (var founder in founders)
        {
            collaboration.AddParticipant(founder);
        }

        collaboration.DescribeRegister(register ?? RegisterEntry.Empty, change.Today);
        collaboration.RecordChange(HistoryEntryKind.Created,
            $"Collaboration '{collaboration.Name}' created in verkenning with {founders.Count} participant(s).", change);
        return collaboration;
    }

    /// <summary>Replaces the editable description as a whole; a register entry left out becomes empty.</summary>
    public void Edit(string name, string? description, Dimensions dimensions, ChangeContext change, RegisterEntry? register = null)
    {
        EnsureNotEnded();
        Rename(name);
        Description = description;
        Describe(dimensions);
        DescribeRegister(register ?? RegisterEntry.Empty, change.Today);
        RecordChange(HistoryEntryKind.Edited, $"Name, description, dimensions, tasks or register entry changed (name '{Name}').", change);
    }

    /// <summary>Only an exploration that went nowhere may disappear; later phases have a history to keep.</summary>
    public void EnsureDeletable()
    {
        if (Phase != Phase.Verkenning)
        {
            throw Refusals.DeletionNotAllowed.Because(new Text(
                    $"The collaboration is in {DomainTerms.Of(Phase)}; its decisions and history must be kept. Participants can withdraw instead.",
                    $"De samenwerking is in {DomainTerms.Of(Phase)}; haar besluiten en geschiedenis moeten bewaard blijven. Deelnemers kunnen in plaats daarvan uittreden."),
                new Dictionary<string, object?> { ["currentPhase"] = Phase });
        }
    }

    /// <summary>
    /// Deletes an exploration that went nowhere. The store removes the collaboration; the event that
    /// says who deleted it and when stays in the change feed.
    /// </summary>
    public void Delete(ChangeContext change)
    {
        EnsureDeletable();
        AddDomainEvent(new CollaborationDeleted(Id, Name, MunicipalityCodesConcerned(null), change.Actor, change.Now));
    }

    private void Describe(Dimensions dimensions)
    {
        var inconsistencies = dimensions.Inconsistencies();
        if (inconsistencies.Count > 0)
        {
            throw new InconsistentDimensionsException(inconsistencies);
        }

        taskTypes = [.. dimensions.TaskTypes.Order()];
        TaskScope = dimensions.TaskScope;
        GovernanceLevel = dimensions.GovernanceLevel;
        Novelty = dimensions.OrganisationForm.Novelty;
        Multiplicity = dimensions.OrganisationForm.Multiplicity;
        Structure = dimensions.OrganisationForm.Structure;
        LegalKind = dimensions.LegalForm?.Kind;
        LegalInstrument = dimensions.LegalForm?.Instrument;
        Initiative = dimensions.Initiative;
        tasks = [.. dimensions.Tasks.Select(t => t with { Name = t.Name.Trim() })];
    }

    private void Rename(string name)
    {
        var trimmed = name.Trim();
        if (trimmed.Length is < MinNameLength or > MaxNameLength)
        {
            throw new ArgumentException($"A collaboration's name has {MinNameLength} to {MaxNameLength} characters.", nameof(name));
        }

        Name = trimmed;
        NameForSearch = UniqueNames.Key(trimmed);
    }

    /// <summary>
    /// Every change ends here: the aggregate gets a new version, the stored due date stays true, the history
    /// gets a line and the change feed an event.
    /// </summary>
    /// <param name="municipalityCode">The municipality the change is about, when it is about one (for the change feed and the history).</param>
    /// <param name="subjectId">The decision, role, transition, evaluation or activity the change recorded, which its kind names.</param>
    /// <param name="previousPhase">The phase a reverted transition left, which the change feed reports beside the phase now.</param>
    private void RecordChange(HistoryEntryKind kind, string summary, ChangeContext change, string? municipalityCode = null, Guid? subjectId = null,
        Phase? previousPhase = null)
    {
        MoveUpdatedAtForward(change.Now);
        // Any change may move the due date's inputs (phase, evaluations, interval).
        ScheduleNextEvaluation();
        history.Add(new HistoryEntry(kind, summary, change, new HistorySubject(subjectId, municipalityCode)));
        AnnounceChange(kind, change, municipalityCode, previousPhase);
    }

    /// <summary>
    /// Moving <see cref="UpdatedAt"/> updates the collaboration's own row, which is what gives the whole aggregate a
    /// new version when only a child changed. Two changes within one clock reading must still differ once stored,
    /// and a stored timestamp keeps microseconds: hence at least one microsecond (10 ticks) later.
    /// </summary>
    private void MoveUpdatedAtForward(DateTimeOffset now) =>
        UpdatedAt = now > UpdatedAt ? now : UpdatedAt.AddTicks(TicksPerStoredMicrosecond);

    private const long TicksPerStoredMicrosecond = TimeSpan.TicksPerMicrosecond;

    private void AnnounceChange(HistoryEntryKind kind, ChangeContext change, string? municipalityCode, Phase? previousPhase)
    {
        previousPhase = kind == HistoryEntryKind.PhaseChanged ? transitions[^1].From : previousPhase;
        AddDomainEvent(new CollaborationChanged(Id, kind, Phase, previousPhase, municipalityCode,
            MunicipalityCodesConcerned(municipalityCode), change.Actor, change.Now));
    }

    private List<string> MunicipalityCodesConcerned(string? municipalityCode) =>
        [.. participants.Select(p => p.MunicipalityCode).Append(municipalityCode).OfType<string>().Distinct().Order(StringComparer.Ordinal)];
}
