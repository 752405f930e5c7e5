using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Api.Requests.Participants;

/// <summary>A municipality joins the collaboration.</summary>
public sealed record AddParticipantRequest
{
    /// <summary>CBS code of the municipality, e.g. `GM0489`.</summary>
    public string MunicipalityCode { get; init; } = "";

    /// <summary>Date it joins; default today. The municipality must be in force on this date.</summary>
    public DateOnly? JoinedOn { get; init; }

    /// <summary>`deelnemer` (default) or `centrumgemeente`.</summary>
    public ParticipantRole Role { get; init; } = ParticipantRole.Deelnemer;
}
