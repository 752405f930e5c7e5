using Mediator;

namespace Samenwerking.Application.Vocabularies.GetVocabularies;

public sealed class GetVocabulariesHandler : IQueryHandler<GetVocabulariesQuery, VocabulariesDto>
{
    // The catalog is code, not data: it changes with the enums it describes, in the same release.
    public ValueTask<VocabulariesDto> Handle(GetVocabulariesQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(VocabularyCatalog.Current);
}
