namespace Samenwerking.Application.Vocabularies;

/// <summary>The values of one enumeration of the API, with what they mean.</summary>
/// <param name="Label">Dutch name of the enumeration, as a form would caption it.</param>
/// <param name="Description">What the enumeration is about, in one line.</param>
/// <param name="Values">Every value, in the order a form should offer them.</param>
public sealed record Vocabulary<TValue>(string Label, string Description, IReadOnlyList<VocabularyTerm<TValue>> Values) : IVocabulary
    where TValue : struct, Enum
{
    Type IVocabulary.ValueType => typeof(TValue);

    IEnumerable<Term> IVocabulary.Terms => Values.Select(v => new Term(v.Value, v.Label, v.Description));
}

/// <summary>One value of an enumeration.</summary>
/// <param name="Value">The value exactly as the API sends and accepts it.</param>
/// <param name="Label">Dutch label to show.</param>
/// <param name="Description">What the value means, in one line.</param>
public sealed record VocabularyTerm<TValue>(TValue Value, string Label, string Description)
    where TValue : struct, Enum;
