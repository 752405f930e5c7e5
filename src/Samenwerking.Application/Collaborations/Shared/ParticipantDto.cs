using Samenwerking.Application.Collaborations.Register;
using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Application.Collaborations.Shared;

/// <summary>A municipality's participation, with its history.</summary>
/// <param name="MunicipalityCode">CBS code.</param>
/// <param name="MunicipalityName">Name of the municipality on the day it joined.</param>
/// <param name="Role">Deelnemer or centrumgemeente.</param>
/// <param name="JoinedOn">Date it joined.</param>
/// <param name="LeftOn">Date it left (uittreding); null while active.</param>
/// <param name="WithdrawalReason">Why it left; null while active.</param>
/// <param name="IsActive">Whether it takes part now.</param>
public sealed record ParticipantDto(
    string MunicipalityCode,
    string MunicipalityName,
    ParticipantRole Role,
    DateOnly JoinedOn,
    DateOnly? LeftOn,
    string? WithdrawalReason,
    bool IsActive);
