using Samenwerking.Domain.Common;

namespace Samenwerking.Domain.Rules;

/// <summary>
/// Names of collaborations, and of evaluation frameworks, are unique regardless of case and accents, so that people can
/// tell them apart by name. An aggregate cannot see the others, so the rule is stated here and applied from here twice:
/// the store looks for another holder of the same <see cref="Key"/> before saving (to name it in the refusal), and the
/// unique index on that key (<c>name_for_search</c>) refuses what races past. Both refuse with the refusals below.
/// </summary>
public static class UniqueNames
{
    /// <summary>What must differ between two names: the trimmed name without case and accents (stored as <c>NameForSearch</c>).</summary>
    public static string Key(string name) => SearchText.Normalize(name.Trim());

    public static DomainRuleViolationException CollaborationNameTaken(Guid existingId, string existingName) =>
        Refusals.DuplicateName.Because(new Text(
                $"A collaboration named '{existingName}' already exists; names are unique regardless of case and accents.",
                $"Er bestaat al een samenwerking met de naam '{existingName}'; namen zijn uniek, ongeacht hoofdletters en accenten."),
            new Dictionary<string, object?> { ["existingId"] = existingId, ["existingName"] = existingName });

    /// <summary>The unique index refused a name another save took at the same moment; which one is not known here.</summary>
    public static DomainRuleViolationException CollaborationNameTakenMeanwhile() =>
        Refusals.DuplicateName.Because(new Text(
            "Another collaboration with this name was saved at the same moment; names are unique regardless of case and accents.",
            "Op hetzelfde moment is een andere samenwerking met deze naam opgeslagen; namen zijn uniek, ongeacht hoofdletters en accenten."));

    public static DomainRuleViolationException FrameworkNameTaken(Guid existingId, string existingName) =>
        Refusals.DuplicateFrameworkName.Because(new Text(
                $"An evaluation framework named '{existingName}' already exists; names are unique regardless of case and accents. " +
                "A new version of a framework needs a name of its own.",
                $"Er bestaat al een evaluatiekader met de naam '{existingName}'; namen zijn uniek, ongeacht hoofdletters en accenten. " +
                "Een nieuwe versie van een kader heeft een eigen naam nodig."),
            new Dictionary<string, object?> { ["existingId"] = existingId, ["existingName"] = existingName });

    /// <summary>The unique index refused a framework name another save took at the same moment.</summary>
    public static DomainRuleViolationException FrameworkNameTakenMeanwhile() =>
        Refusals.DuplicateFrameworkName.Because(new Text(
            "Another evaluation framework with this name was saved at the same moment; names are unique regardless of case and accents.",
            "Op hetzelfde moment is een ander evaluatiekader met deze naam opgeslagen; namen zijn uniek, ongeacht hoofdletters en accenten."));
}
