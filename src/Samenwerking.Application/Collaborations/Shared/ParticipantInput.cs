using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Application.Collaborations.Shared;

/// <summary>A municipality joining a collaboration.</summary>
/// <param name="MunicipalityCode">CBS code of the municipality, e.g. `GM0489`.</param>
/// <param name="JoinedOn">Date it joins; default today. The municipality must be in force on this date.</param>
/// <param name="Role">`deelnemer` (default) or `centrumgemeente`, the participant that carries out tasks for the others.</param>
public sealed record ParticipantInput(string MunicipalityCode, DateOnly? JoinedOn = null, ParticipantRole Role = ParticipantRole.Deelnemer)
    : IJoiningInput;
