using System.Linq.Expressions;
using Samenwerking.Domain.Common;
using Samenwerking.Domain.Municipalities;

namespace Samenwerking.Domain.Collaborations;

/// <summary>
/// A samenwerkingsverband: two or more municipalities working together on one or more tasks. The
/// aggregate guards its own rules; every change moves <see cref="UpdatedAt"/>, which gives the whole
/// aggregate a new version (ETag), also when only a participant changed.
/// </summary>
public sealed class Collaboration
{
    public const int MinNameLength = 3;
    public const int MaxNameLength = 200;
    public const int MaxDescriptionLength = 4000;

    private readonly List<Participant> participants = [];
    private List<TaskType> taskTypes = [];
    private List<NamedTask> tasks = [];

    private Collaboration()
    {
        Name = "";
        NameForSearch = "";
    }

    private Collaboration(string name, string? description, DateTimeOffset now) : this()
    {
        Id = Guid.CreateVersion7();
        Rename(name);
        Description = description;
        Phase = Phase.Verkenning;
        CreatedAt = now;
        UpdatedAt = now;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>The name folded for case- and accent-insensitive search and uniqueness.</summary>
    public string NameForSearch { get; private set; }

    public string? Description { get; private set; }

    public Phase Phase { get; private set; }

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

    public IReadOnlyList<Participant> Participants => participants;

    public IEnumerable<Participant> ActiveParticipants => participants.Where(p => p.IsActive);

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Concurrency token kept by the store; the ETag clients send back in If-Match.</summary>
    public uint Version { get; private set; }

    public Dimensions Dimensions => new()
    {
        TaskTypes = taskTypes.ToHashSet(),
        TaskScope = TaskScope,
        GovernanceLevel = GovernanceLevel,
        OrganisationForm = new OrganisationForm(Novelty, Multiplicity, Structure),
        LegalForm = LegalKind is { } kind ? new LegalForm(kind, LegalInstrument) : null,
        Initiative = Initiative,
        Tasks = tasks,
    };

    /// <summary>
    /// Ambtelijke fusie is not a separate choice but what the dimensions amount to: all tasks in one
    /// new, central organisation. Derived, never stored, so it can never contradict them. Written as an
    /// expression so that queries filter on the very same definition.
    /// </summary>
    public static readonly Expression<Func<Collaboration, bool>> AmbtelijkeFusie = c =>
        c.TaskScope == Collaborations.TaskScope.Alle && c.Novelty == Collaborations.Novelty.Nieuw &&
        c.Multiplicity == Collaborations.Multiplicity.Een && c.Structure == Collaborations.Structure.Centraal;

    private static readonly Func<Collaboration, bool> IsAmbtelijkeFusieCompiled = AmbtelijkeFusie.Compile();

    public bool IsAmbtelijkeFusie => IsAmbtelijkeFusieCompiled(this);

    /// <summary>Starts a collaboration in verkenning with its first participants.</summary>
    public static Collaboration Start(string name, string? description, Dimensions dimensions,
        IReadOnlyList<Joining> founders, DateTimeOffset now)
    {
        if (founders.Count == 0)
        {
            throw new ArgumentException("A collaboration starts with at least one participating municipality.", nameof(founders));
        }

        var collaboration = new Collaboration(name, description, now);
        collaboration.Describe(dimensions, now);
        foreach (var founder in founders)
        {
            collaboration.Join(founder, now);
        }

        return collaboration;
    }

    public void Edit(string name, string? description, Dimensions dimensions, DateTimeOffset now)
    {
        Rename(name);
        Description = description;
        Describe(dimensions, now);
    }

    /// <summary>A municipality joins: it must be in force on the join date and not already take part.</summary>
    public Participant Join(Joining joining, DateTimeOffset now)
    {
        var (municipality, joinedOn, role) = joining;
        if (!municipality.IsInForceOn(joinedOn))
        {
            throw new DomainRuleViolationException("municipality-not-in-force", "Municipality not in force on the join date",
                $"{municipality.Code} ({municipality.Name}) {DescribeValidity(municipality)}, so it cannot join on {joinedOn:yyyy-MM-dd}.",
                new Dictionary<string, object?> { ["municipalityCode"] = municipality.Code, ["joinedOn"] = joinedOn });
        }

        if (ActiveParticipants.FirstOrDefault(p => p.MunicipalityCode == municipality.Code) is { } existing)
        {
            throw new DomainRuleViolationException("duplicate-participant", "Municipality already takes part",
                $"{municipality.Code} ({municipality.Name}) already takes part since {existing.JoinedOn:yyyy-MM-dd}.",
                new Dictionary<string, object?> { ["municipalityCode"] = municipality.Code });
        }

        if (role == ParticipantRole.Centrumgemeente && ActiveParticipants.FirstOrDefault(p => p.Role == ParticipantRole.Centrumgemeente) is { } centre)
        {
            throw new DomainRuleViolationException("centrumgemeente-already-assigned", "There is already a centrumgemeente",
                $"{centre.MunicipalityCode} is the centrumgemeente; a collaboration has one at a time.",
                new Dictionary<string, object?> { ["municipalityCode"] = centre.MunicipalityCode });
        }

        var participant = new Participant(municipality.Code, joinedOn, role);
        participants.Add(participant);
        Touch(now);
        return participant;
    }

    /// <summary>
    /// While exploring, a municipality that will not take part is simply removed. From voorbereiding on,
    /// taking part has consequences and leaving is recorded as an uittreding instead.
    /// </summary>
    public void Remove(string municipalityCode, DateTimeOffset now)
    {
        var participant = ActiveParticipant(municipalityCode);
        if (Phase != Phase.Verkenning)
        {
            throw new DomainRuleViolationException("participant-removal-not-allowed", "Participants can only be removed during verkenning",
                $"The collaboration is in {DomainTerms.Of(Phase)}; record the departure of {municipalityCode} as a withdrawal (uittreding) instead.",
                new Dictionary<string, object?> { ["currentPhase"] = Phase });
        }

        if (ActiveParticipants.Count() == 1)
        {
            throw new DomainRuleViolationException("last-participant", "A collaboration keeps at least one participant",
                $"{municipalityCode} is the only participant; delete the collaboration instead.");
        }

        participants.Remove(participant);
        Touch(now);
    }

    /// <summary>Uittreding: the participant leaves on a date, for a reason, and stays in the history.</summary>
    public Participant Withdraw(string municipalityCode, DateOnly leftOn, string reason, DateTimeOffset now)
    {
        var participant = participants.Where(p => p.MunicipalityCode == municipalityCode).MaxBy(p => p.JoinedOn)
                          ?? throw new ArgumentException($"{municipalityCode} never took part.", nameof(municipalityCode));
        if (Phase == Phase.Verkenning)
        {
            throw new DomainRuleViolationException("withdrawal-not-applicable", "Withdrawal applies from voorbereiding on",
                $"The collaboration is still in verkenning; remove {municipalityCode} as a participant instead.",
                new Dictionary<string, object?> { ["currentPhase"] = Phase });
        }

        if (!participant.IsActive)
        {
            throw new DomainRuleViolationException("participant-already-left", "Participant already left",
                $"{municipalityCode} already left on {participant.LeftOn:yyyy-MM-dd}.");
        }

        if (leftOn < participant.JoinedOn)
        {
            throw new DomainRuleViolationException("withdrawal-before-joining", "Withdrawal before joining",
                $"{municipalityCode} joined on {participant.JoinedOn:yyyy-MM-dd} and cannot leave before that ({leftOn:yyyy-MM-dd}).");
        }

        participant.Withdraw(leftOn, reason);
        Touch(now);
        return participant;
    }

    public bool HasParticipated(string municipalityCode) => participants.Any(p => p.MunicipalityCode == municipalityCode);

    public bool IsActiveParticipant(string municipalityCode) => ActiveParticipants.Any(p => p.MunicipalityCode == municipalityCode);

    /// <summary>Only an exploration that went nowhere may disappear; later phases have a history to keep.</summary>
    public void EnsureDeletable()
    {
        if (Phase != Phase.Verkenning)
        {
            throw new DomainRuleViolationException("deletion-not-allowed", "Only collaborations in verkenning can be deleted",
                $"The collaboration is in {DomainTerms.Of(Phase)}; its decisions and history must be kept. Participants can withdraw instead.",
                new Dictionary<string, object?> { ["currentPhase"] = Phase });
        }
    }

    private void Describe(Dimensions dimensions, DateTimeOffset now)
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
        Touch(now);
    }

    private void Rename(string name)
    {
        var trimmed = name.Trim();
        if (trimmed.Length is < MinNameLength or > MaxNameLength)
        {
            throw new ArgumentException($"A collaboration's name has {MinNameLength} to {MaxNameLength} characters.", nameof(name));
        }

        Name = trimmed;
        NameForSearch = SearchText.Normalize(trimmed);
    }

    private Participant ActiveParticipant(string municipalityCode) =>
        ActiveParticipants.FirstOrDefault(p => p.MunicipalityCode == municipalityCode)
        ?? throw new ArgumentException($"{municipalityCode} is not an active participant.", nameof(municipalityCode));

    private void Touch(DateTimeOffset now) => UpdatedAt = now > UpdatedAt ? now : UpdatedAt.AddTicks(1);

    private static string DescribeValidity(Municipality municipality) => municipality.ValidTo is { } end
        ? $"exists from {municipality.ValidFrom:yyyy-MM-dd} until {end.AddDays(-1):yyyy-MM-dd}"
        : $"exists from {municipality.ValidFrom:yyyy-MM-dd}";
}
