using Mediator;

namespace Samenwerking.Application.Vocabularies.GetVocabularies;

/// <summary>Every enumeration of the API with labels and descriptions.</summary>
public sealed record GetVocabulariesQuery : IQuery<VocabulariesDto>;
