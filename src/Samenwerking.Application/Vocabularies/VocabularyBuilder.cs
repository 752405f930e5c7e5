namespace Samenwerking.Application.Vocabularies;

internal static class VocabularyBuilder
{
    /// <summary>A vocabulary whose values keep the order written here: the order forms offer them in.</summary>
    public static Vocabulary<TValue> Of<TValue>(string label, string description,
        params (TValue Value, string Label, string Description)[] terms)
        where TValue : struct, Enum =>
        new(label, description, [.. terms.Select(t => new VocabularyTerm<TValue>(t.Value, t.Label, t.Description))]);
}
