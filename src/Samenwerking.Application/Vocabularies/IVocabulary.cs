namespace Samenwerking.Application.Vocabularies;

/// <summary>
/// A vocabulary seen without its value type, so the OpenAPI document can describe each enum from
/// the same text the vocabularies endpoint serves. Implemented explicitly: it never reaches JSON.
/// </summary>
public interface IVocabulary
{
    Type ValueType { get; }

    string Label { get; }

    string Description { get; }

    IEnumerable<Term> Terms { get; }
}

/// <summary>A value of any enumeration with its label and description.</summary>
public sealed record Term(Enum Value, string Label, string Description);
