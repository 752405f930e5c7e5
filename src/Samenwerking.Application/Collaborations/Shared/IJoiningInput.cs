using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Application.Collaborations.Shared;

/// <summary>What a client says about a municipality joining, wherever it says it.</summary>
public interface IJoiningInput
{
    string MunicipalityCode { get; }

    DateOnly? JoinedOn { get; }

    ParticipantRole Role { get; }
}
