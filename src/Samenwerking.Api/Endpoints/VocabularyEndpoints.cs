using Mediator;
using Samenwerking.Api.Authentication;
using Samenwerking.Application.Vocabularies;
using Samenwerking.Application.Vocabularies.GetVocabularies;

namespace Samenwerking.Api.Endpoints;

public static class VocabularyEndpoints
{
    public static void MapVocabularyEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGroup("/vocabularies").WithTags("Vocabularies")
            .MapGet("", GetVocabularies)
            .WithName("getVocabularies")
            .RequireReadScope();
    }

    /// <summary>Get all vocabularies</summary>
    /// <remarks>
    /// Every enumeration of the API (phases, task types, legal instruments, decision kinds, roles, …):
    /// per value the exact value the API sends and accepts, a Dutch label to show and a one-line
    /// description. Frontends build dropdowns and labels from this instead of hard-coding them.
    /// </remarks>
    /// <param name="mediator"></param>
    /// <param name="cancellationToken"></param>
    /// <response code="200">All vocabularies.</response>
    private static async Task<VocabulariesDto> GetVocabularies(IMediator mediator, CancellationToken cancellationToken) =>
        await mediator.Send(new GetVocabulariesQuery(), cancellationToken);
}
