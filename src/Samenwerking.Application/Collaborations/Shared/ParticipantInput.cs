using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Application.Collaborations.Shared;

/// <summary>A municipality joining a collaboration.</summary>
/// <param name="MunicipalityCode">CBS code of the municipality, e.g. `GM0489`.</param>
/// <param name="JoinedOn">Date it joins; default today. The municipality must be in force on this date.</param>
/// <param name="Role">`deelnemer` (default) or `centrumgemeente`, the participant that carries out tasks for the others.</param>
public sealed record ParticipantInput(string MunicipalityCode, DateOnly? JoinedOn = null, ParticipantRole Role = ParticipantRole.Deelnemer)
    : IJoiningInput;

/// <summary>What a client says about a municipality joining, wherever it says it.</summary>
public interface IJoiningInput
{
    string MunicipalityCode { get; }

    DateOnly? JoinedOn { get; }

    ParticipantRole Role { get; }
}
