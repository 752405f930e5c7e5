using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Application.Municipalities.ListMunicipalityCollaborations;

/// <summary>A collaboration seen from one participating municipality.</summary>
/// <param name="CollaborationId">Identifier of the collaboration.</param>
/// <param name="Name">Name of the collaboration.</param>
/// <param name="Phase">Its current phase.</param>
/// <param name="LegalKind">Publiekrechtelijk or privaatrechtelijk; null while unknown.</param>
/// <param name="LegalInstrument">Legal instrument; null while unknown.</param>
/// <param name="Role">The municipality's role in it.</param>
/// <param name="JoinedOn">When the municipality joined.</param>
/// <param name="LeftOn">When it left; null while it takes part.</param>
/// <param name="EndedOn">When the collaboration ended (opheffing); null while it goes on.</param>
public sealed record MunicipalityCollaborationDto(
    Guid CollaborationId,
    string Name,
    Phase Phase,
    LegalKind? LegalKind,
    LegalInstrument? LegalInstrument,
    ParticipantRole Role,
    DateOnly JoinedOn,
    DateOnly? LeftOn,
    DateOnly? EndedOn);
