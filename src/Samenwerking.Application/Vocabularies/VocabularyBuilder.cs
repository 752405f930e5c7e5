using Samenwerking.Application.Common.Text;

namespace Samenwerking.Application.Vocabularies;

internal static class VocabularyBuilder
{
    /// <summary>
    /// A vocabulary whose values keep the order written here: the order forms offer them in. Labels are Dutch in
    /// every language; the descriptions are in Messages.resx under <c>Vocabulary.{Enum}</c> and
    /// <c>Vocabulary.{Enum}.{Value}</c>, read in the current UI culture.
    /// </summary>
    public static Vocabulary<TValue> Of<TValue>(string label, params (TValue Value, string Label)[] terms)
        where TValue : struct, Enum =>
        new(label, Describe(typeof(TValue).Name),
            [.. terms.Select(t => new VocabularyTerm<TValue>(t.Value, t.Label, Describe($"{typeof(TValue).Name}.{t.Value}")))]);

    public static string Describe(string key) => Messages.Shared.Get("Vocabulary." + key);
}
