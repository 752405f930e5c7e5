using Samenwerking.Application.Collaborations.Common;
using Samenwerking.Application.Collaborations.CreateCollaboration;
using Samenwerking.Application.Collaborations.UpdateCollaboration;
using Samenwerking.Application.Participants.AddParticipant;
using Samenwerking.Application.Participants.WithdrawParticipant;
using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Api.OpenApi;

/// <summary>
/// The request bodies the OpenAPI document shows (<see cref="RequestExamples.WithRequestExample{TBuilder}"/>),
/// written as the real request types so they cannot drift from what the API accepts. The data is a real
/// collaboration: Werkorganisatie BUCH (Bergen (NH.), Uitgeest, Castricum, Heiloo), an ambtelijke fusie in
/// a bedrijfsvoeringsorganisatie since 2017.
/// </summary>
public static class RequestBodyExamples
{
    public static CreateCollaborationCommand CreateCollaboration { get; } = new()
    {
        Name = "Werkorganisatie BUCH",
        Description = "Ambtelijke fusie van Bergen, Uitgeest, Castricum en Heiloo.",
        Participants =
        [
            new ParticipantInput("GM0373", new DateOnly(2016, 1, 1)),
            new ParticipantInput("GM0450", new DateOnly(2016, 1, 1)),
            new ParticipantInput("GM0383", new DateOnly(2016, 1, 1)),
            new ParticipantInput("GM0399", new DateOnly(2016, 1, 1)),
        ],
        TaskTypes = [TaskType.Beleid, TaskType.Uitvoering, TaskType.Bedrijfsvoering],
        TaskScope = TaskScope.Alle,
        GovernanceLevel = GovernanceLevel.Operationeel,
        OrganisationForm = new OrganisationFormInput(Novelty.Nieuw, Multiplicity.Een, Structure.Centraal),
        LegalForm = new LegalFormInput(LegalKind.Publiekrechtelijk, LegalInstrument.Bedrijfsvoeringsorganisatie),
        Initiative = Initiative.Vrijwillig,
    };

    public static UpdateCollaborationCommand UpdateCollaboration { get; } = new()
    {
        Name = CreateCollaboration.Name,
        Description = "Ambtelijke fusie van Bergen, Uitgeest, Castricum en Heiloo in één werkorganisatie.",
        TaskTypes = CreateCollaboration.TaskTypes,
        TaskScope = CreateCollaboration.TaskScope,
        GovernanceLevel = GovernanceLevel.Strategisch,
        OrganisationForm = CreateCollaboration.OrganisationForm,
        LegalForm = CreateCollaboration.LegalForm,
        Initiative = CreateCollaboration.Initiative,
    };

    public static AddParticipantCommand AddParticipant { get; } = new()
    {
        MunicipalityCode = "GM0399",
        JoinedOn = new DateOnly(2016, 1, 1),
        Role = ParticipantRole.Deelnemer,
    };

    public static WithdrawParticipantCommand WithdrawParticipant { get; } = new()
    {
        LeftOn = new DateOnly(2024, 12, 31),
        Reason = "De raad heeft besloten tot uittreding; de taken gaan terug naar de gemeente.",
    };
}
