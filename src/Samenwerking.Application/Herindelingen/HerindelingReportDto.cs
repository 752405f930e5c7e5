using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Herindelingen;

namespace Samenwerking.Application.Herindelingen;

/// <summary>What a herindeling changes (a dry run) or changed (applied): per collaboration, and the subscriptions that follow the successor.</summary>
/// <param name="EffectiveOn">The day the herindeling takes effect.</param>
/// <param name="EndingMunicipalityCodes">The municipalities that end, in code order.</param>
/// <param name="SuccessorCode">The municipality that succeeds them.</param>
/// <param name="Applied">True when the changes were made; false for a dry run, which changes nothing.</param>
/// <param name="Collaborations">Every collaboration the herindeling touches, with its changes; empty once it has been applied.</param>
/// <param name="Subscriptions">Every webhook subscription that follows an ending municipality and will follow (or now follows) the successor.</param>
public sealed record HerindelingReportDto(
    DateOnly EffectiveOn,
    IReadOnlyList<string> EndingMunicipalityCodes,
    string SuccessorCode,
    bool Applied,
    IReadOnlyList<HerindelingCollaborationDto> Collaborations,
    IReadOnlyList<HerindelingSubscriptionDto> Subscriptions);

/// <summary>One collaboration a herindeling touches.</summary>
/// <param name="CollaborationId">Identifier of the collaboration.</param>
/// <param name="Name">Its name.</param>
/// <param name="Phase">Its phase.</param>
/// <param name="Changes">What changes in it: participations that end, the successor joining or already taking part, the centrumgemeente role and the register's bronhouder passing on.</param>
public sealed record HerindelingCollaborationDto(Guid CollaborationId, string Name, Phase Phase, IReadOnlyList<HerindelingChangeDto> Changes);

/// <summary>One change in a collaboration.</summary>
/// <param name="Kind">What changes.</param>
/// <param name="MunicipalityCode">The ending municipality it is about.</param>
/// <param name="SuccessorCode">The municipality that succeeds it.</param>
public sealed record HerindelingChangeDto(HerindelingChangeKind Kind, string MunicipalityCode, string SuccessorCode);

/// <summary>A webhook subscription filtered on an ending municipality, which follows the successor once applied.</summary>
/// <param name="SubscriptionId">Identifier of the subscription.</param>
/// <param name="MunicipalityCode">The ending municipality it follows.</param>
/// <param name="SuccessorCode">The municipality it follows once applied.</param>
public sealed record HerindelingSubscriptionDto(Guid SubscriptionId, string MunicipalityCode, string SuccessorCode);
