namespace Samenwerking.Application.Vocabularies;

/// <summary>
/// The one place where the meaning of every enum value is written down. The vocabularies endpoint
/// serves it and the OpenAPI document describes each enum from it, so the two cannot disagree.
/// </summary>
public static class VocabularyCatalog
{
    public static VocabulariesDto All { get; } = new(
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
        TimelineVocabularies.HerindelingChangeKinds);

    /// <summary>Every vocabulary, keyed by the enum it describes.</summary>
    public static IReadOnlyDictionary<Type, IVocabulary> ByEnum { get; } = typeof(VocabulariesDto).GetProperties()
        .Select(p => p.GetValue(All)).OfType<IVocabulary>()
        .ToDictionary(v => v.ValueType);

    public static IVocabulary? For(Type enumType) =>
        ByEnum.GetValueOrDefault(Nullable.GetUnderlyingType(enumType) ?? enumType);
}
