using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Application.Vocabularies;

/// <summary>The legal instruments, each with the legal kind it belongs to.</summary>
/// <param name="Label">Dutch name of the enumeration.</param>
/// <param name="Description">What the enumeration is about, in one line.</param>
/// <param name="Values">Every instrument, public-law ones first.</param>
public sealed record LegalInstrumentVocabulary(string Label, string Description, IReadOnlyList<LegalInstrumentTerm> Values) : IVocabulary
{
    Type IVocabulary.ValueType => typeof(LegalInstrument);

    IEnumerable<Term> IVocabulary.Terms => Values.Select(v => new Term(v.Value, v.Label, v.Description));
}

/// <summary>A legal instrument and the legal kind it belongs to.</summary>
/// <param name="Value">The value exactly as the API sends and accepts it.</param>
/// <param name="Label">Dutch label to show.</param>
/// <param name="Description">What the instrument is, in one line.</param>
/// <param name="Kind">The legal kind the instrument belongs to: a legal form is consistent only when its instrument has the chosen kind.</param>
public sealed record LegalInstrumentTerm(LegalInstrument Value, string Label, string Description, LegalKind Kind);
