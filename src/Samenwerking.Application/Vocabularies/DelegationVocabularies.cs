using Samenwerking.Domain.Authorization;
using Samenwerking.Domain.Delegations;
using static Samenwerking.Application.Vocabularies.VocabularyBuilder;

namespace Samenwerking.Application.Vocabularies;

/// <summary>Who may act for a municipality on a collaboration, and why (issue 29).</summary>
internal static class DelegationVocabularies
{
    public static Vocabulary<DelegatedChange> DelegatedChanges => Of("Soort wijziging die gemachtigd kan worden",
        (DelegatedChange.Roles, "Rollen"),
        (DelegatedChange.DevelopmentAndLearning, "Ontwikkelactiviteiten en leren"),
        (DelegatedChange.Evaluations, "Evaluaties"),
        (DelegatedChange.DescriptionAndChoices, "Beschrijving en de zes keuzes"));

    public static Vocabulary<DelegationStanding> DelegationStandings => Of("Stand van een machtiging",
        (DelegationStanding.NotYetInForce, "Nog niet ingegaan"),
        (DelegationStanding.InForce, "Van kracht"),
        (DelegationStanding.Expired, "Verlopen"),
        (DelegationStanding.Withdrawn, "Ingetrokken"),
        (DelegationStanding.GrantorLeft, "Verlenende gemeente neemt niet meer deel"));

    public static Vocabulary<PermissionReason> PermissionReasons => Of("Grond van een recht",
        (PermissionReason.Participant, "Deelnemer"),
        (PermissionReason.Delegate, "Gemachtigde"),
        (PermissionReason.Administrator, "Beheerder"));
}
