using System.Collections.Concurrent;
using System.Globalization;
using Samenwerking.Application.Common.Text;

namespace Samenwerking.Application.Vocabularies;

/// <summary>
/// The one place where the meaning of every enum value is written down. The vocabularies endpoint
/// serves it (in the request's language) and the OpenAPI document describes each enum from it (in English),
/// so the two cannot disagree.
/// </summary>
public static class VocabularyCatalog
{
    private static readonly ConcurrentDictionary<string, VocabulariesDto> ByLanguage = new(StringComparer.Ordinal);

    /// <summary>The catalog in English, the contract's language.</summary>
    public static VocabulariesDto All => In("en");

    /// <summary>The catalog in the request's language.</summary>
    public static VocabulariesDto Current => In(MessageLookup.IsDutch ? "nl" : "en");

    /// <summary>Built once per language: the texts are read in that culture.</summary>
    public static VocabulariesDto In(string language) => ByLanguage.GetOrAdd(language, static language =>
    {
        var requested = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            return Build();
        }
        finally
        {
            CultureInfo.CurrentUICulture = requested;
        }
    });

    private static VocabulariesDto Build() => new(
        CollaborationVocabularies.Phases,
        CollaborationVocabularies.TaskTypes,
        CollaborationVocabularies.TaskScopes,
        CollaborationVocabularies.GovernanceLevels,
        CollaborationVocabularies.Novelties,
        CollaborationVocabularies.Multiplicities,
        CollaborationVocabularies.Structures,
        LegalFormVocabularies.LegalKinds,
        LegalFormVocabularies.LegalInstruments,
        CollaborationVocabularies.Initiatives,
        CollaborationVocabularies.ParticipantRoles,
        DecisionVocabularies.DecisionBodies,
        DecisionVocabularies.DecisionKinds,
        DecisionVocabularies.DecisionOutcomes,
        PeopleVocabularies.RoleKinds,
        PeopleVocabularies.EvaluationKinds,
        PeopleVocabularies.DevelopmentActivityKinds,
        TimelineVocabularies.PhaseStatuses,
        TimelineVocabularies.HistoryEntryKinds,
        RegisterVocabularies.PowerTransfers,
        RegisterVocabularies.RegisterFields,
        PeopleVocabularies.DevelopmentActivityStatuses,
        TimelineVocabularies.HerindelingChangeKinds,
        DelegationVocabularies.DelegatedChanges,
        DelegationVocabularies.DelegationStandings,
        DelegationVocabularies.PermissionReasons);

    /// <summary>Every vocabulary, keyed by the enum it describes.</summary>
    public static IReadOnlyDictionary<Type, IVocabulary> ByEnum { get; } = typeof(VocabulariesDto).GetProperties()
        .Select(p => p.GetValue(All)).OfType<IVocabulary>()
        .ToDictionary(v => v.ValueType);

    public static IVocabulary? For(Type enumType) =>
        ByEnum.GetValueOrDefault(Nullable.GetUnderlyingType(enumType) ?? enumType);
}
