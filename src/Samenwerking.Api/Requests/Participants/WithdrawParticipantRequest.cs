using Samenwerking.Application.Common.Text;

namespace Samenwerking.Api.Requests.Participants;

/// <summary>Uittreding: a participant leaves on a date for a reason; its history stays.</summary>
public sealed record WithdrawParticipantRequest
{
    /// <summary>Date the municipality leaves; not in the future, not before it joined.</summary>
    public DateOnly LeftOn { get; init; }

    /// <summary>Why it leaves, for the record.</summary>
    [MultiLineText]
    public string Reason { get; init; } = "";
}
