using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Samenwerking.Api.Authentication;
using Samenwerking.Api.Http;
using Samenwerking.Api.OpenApi;
using Samenwerking.Api.Requests.EvaluationFrameworks;
using Samenwerking.Application.EvaluationFrameworks;
using Samenwerking.Application.EvaluationFrameworks.GetEvaluationFramework;
using Samenwerking.Application.EvaluationFrameworks.ListEvaluationFrameworks;

namespace Samenwerking.Api.Endpoints;

public static class EvaluationFrameworkEndpoints
{
    public const string Path = "/evaluation-frameworks";

    public static void MapEvaluationFrameworkEndpoints(this IEndpointRouteBuilder api)
    {
        var frameworks = api.MapGroup(Path).WithTags("Evaluation frameworks");

        frameworks.MapGet("", ListEvaluationFrameworks).WithName("listEvaluationFrameworks").RequireReadScope();

        frameworks.MapPost("", CreateEvaluationFramework).WithName("createEvaluationFramework")
            .ProducesETag()
            .WithRequestExample(RequestBodyExamples.CreateEvaluationFramework)
            .Produces<EvaluationFrameworkDto>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireWriteScope(WhoMay.AdministratorsOnly);

        frameworks.MapGet("/{frameworkId}", GetEvaluationFramework).WithName("getEvaluationFramework")
            .ProducesETag()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireReadScope();

        frameworks.MapPut("/{frameworkId}", UpdateEvaluationFramework).WithName("updateEvaluationFramework")
            .ProducesETag()
            .WithRequestExample(RequestBodyExamples.UpdateEvaluationFramework)
            .ProducesChangeProblems(ifMatchRequired: true)
            .RequireWriteScope(WhoMay.AdministratorsOnly);
    }

    /// <summary>List evaluation frameworks</summary>
    /// <remarks>
    /// Every framework, by name, with its criteria. Two are always there, with stable ids:
    /// `d0de49d4-cb77-4389-a455-f16835a04baa` "Samenwerkingsdoelen (standaardkader)" (kwaliteit, kwetsbaarheid,
    /// kosten, doeltreffendheid, continuiteit, dienstverlening, bestuurskracht, democratischeLegitimiteit,
    /// bestuurlijkeDrukte) and `57866267-98fe-4772-8b24-0a3c8f0241b9` "Rekenkamerkader" (doelmatigheid,
    /// doeltreffendheid, rechtmatigheid). Users add their own.
    /// </remarks>
    /// <param name="mediator"></param>
    /// <param name="cancellationToken"></param>
    /// <response code="200">The frameworks.</response>
    private static async Task<ItemList<EvaluationFrameworkDto>> ListEvaluationFrameworks(IMediator mediator,
        CancellationToken cancellationToken) =>
        ItemList.Of(await mediator.Send(new ListEvaluationFrameworksQuery(), cancellationToken));

    /// <summary>Define an evaluation framework</summary>
    /// <remarks>
    /// A new framework: a name unique regardless of case and accents, a description, and 1 to 50 criteria in order,
    /// each with a stable camelCase `code` that evaluations refer to. A new version of an existing framework is a new framework.
    /// </remarks>
    /// <param name="mediator"></param>
    /// <param name="request">The framework.</param>
    /// <param name="response"></param>
    /// <param name="cancellationToken"></param>
    /// <response code="201">Created; `Location` and `ETag` name the new framework and its version.</response>
    /// <response code="409">A framework with this name exists (`duplicate-framework-name`).</response>
    private static async Task<IResult> CreateEvaluationFramework(IMediator mediator, CreateEvaluationFrameworkRequest request,
        HttpResponse response, CancellationToken cancellationToken)
    {
        var created = await mediator.Send(request.ToCommand(), cancellationToken);
        var framework = response.WithETag(created);
        return TypedResults.Created($"{ApiVersion.BasePath}{Path}/{framework.Id}", framework);
    }

    /// <summary>Get an evaluation framework</summary>
    /// <remarks>The framework with its criteria in order, and whether an evaluation used it (`inUse`). The `ETag` header is the version to send in `If-Match` when changing it.</remarks>
    /// <param name="mediator"></param>
    /// <param name="frameworkId">Identifier of the framework.</param>
    /// <param name="response"></param>
    /// <param name="cancellationToken"></param>
    /// <response code="200">The framework.</response>
    /// <response code="404">No framework has this id.</response>
    private static async Task<EvaluationFrameworkDto> GetEvaluationFramework(IMediator mediator, Guid frameworkId, HttpResponse response,
        CancellationToken cancellationToken)
    {
        return response.WithETag(await mediator.Send(new GetEvaluationFrameworkQuery(frameworkId), cancellationToken));
    }

    /// <summary>Replace an evaluation framework</summary>
    /// <remarks>
    /// Replaces name, description and criteria as a whole. Once an evaluation used the framework (`inUse`), its
    /// criteria must be sent exactly as they are (same codes, names, descriptions and order): any change to them answers
    /// 409 `framework-in-use`, because recorded scores only mean something against the criteria they were given on;
    /// define a new framework instead. Name and description can still be corrected.
    /// Requires `If-Match` with the current `ETag`: without it 428, with a stale one 412.
    /// </remarks>
    /// <param name="mediator"></param>
    /// <param name="frameworkId">Identifier of the framework.</param>
    /// <param name="ifMatch">The `ETag` of the version this change is based on.</param>
    /// <param name="request">The framework's new name, description and criteria.</param>
    /// <param name="response"></param>
    /// <param name="cancellationToken"></param>
    /// <response code="200">The framework after the change, with its new `ETag`.</response>
    /// <response code="409">`framework-in-use` or `duplicate-framework-name`.</response>
    private static async Task<EvaluationFrameworkDto> UpdateEvaluationFramework(IMediator mediator, Guid frameworkId,
        [FromHeader(Name = "If-Match"), Required] string? ifMatch, UpdateEvaluationFrameworkRequest request, HttpResponse response,
        CancellationToken cancellationToken)
    {
        return response.WithETag(await mediator.Send(request.ToCommand(frameworkId, EntityTags.ParseIfMatch(ifMatch)), cancellationToken));
    }
}
