using Samenwerking.Application.Collaborations.Shared;
using Samenwerking.Application.Collaborations.CreateCollaboration;
using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Application.Tests.Infrastructure;

/// <summary>The commands the handler tests start from, named after the situation they create.</summary>
public static class Commands
{
    public const string Barendrecht = "GM0489";
    public const string Albrandswaard = "GM0613";
    public const string Ridderkerk = "GM0597";

    public static readonly DateOnly JoinedOn = new(2020, 1, 1);

    /// <summary>A new collaboration in verkenning between Barendrecht and Albrandswaard, with no dimension decided yet.</summary>
    public static CreateCollaborationCommand Exploring(string name) => new()
    {
        Name = name,
        Participants = [new ParticipantInput(Barendrecht, JoinedOn), new ParticipantInput(Albrandswaard, JoinedOn)],
    };

    /// <summary>
    /// <see cref="Exploring"/> with everything verkenning asks before it may end: task types, their number and the
    /// initiative (and the other dimensions, privaatrechtelijk so that no register entry is asked for).
    /// </summary>
    public static CreateCollaborationCommand ReadyToLeaveVerkenning(string name) => Exploring(name) with
    {
        TaskTypes = [TaskType.Bedrijfsvoering],
        TaskScope = TaskScope.Alle,
        GovernanceLevel = GovernanceLevel.Operationeel,
        OrganisationForm = new OrganisationFormInput(Novelty.Nieuw, Multiplicity.Een, Structure.Centraal),
        LegalForm = new LegalFormInput(LegalKind.Privaatrechtelijk, LegalInstrument.Convenant),
        Initiative = Initiative.Vrijwillig,
    };

    /// <summary>
    /// An existing collaboration registered after the fact in implementatie, where uittreding applies, with Ridderkerk as a
    /// third participant so that one can leave without leaving a single municipality.
    /// </summary>
    public static CreateCollaborationCommand RegisteredInImplementatie(string name) => ReadyToLeaveVerkenning(name) with
    {
        Participants = [new ParticipantInput(Barendrecht, JoinedOn), new ParticipantInput(Albrandswaard, JoinedOn), new ParticipantInput(Ridderkerk, JoinedOn)],
        Phase = Domain.Collaborations.Phase.Implementatie,
    };
}
