using Mediator;
using Samenwerking.Api.Authentication;
using Samenwerking.Api.OpenApi;
using Samenwerking.Api.Requests.Herindelingen;
using Samenwerking.Application.Herindelingen;

namespace Samenwerking.Api.Endpoints;

/// <summary>
/// Herindelingen (Wet arhi): a dry run of one and its application, both from the herindeling itself. It is not stored as a
/// resource of its own: the reference data already says which municipalities end and who succeeds them, and each
/// collaboration's history and the change feed keep what applying it changed.
/// </summary>
public static class HerindelingEndpoints
{
    public const string Path = "/herindelingen";

    public static void MapHerindelingEndpoints(this IEndpointRouteBuilder api)
    {
        var herindelingen = api.MapGroup(Path).WithTags("Herindelingen");

        herindelingen.MapPost("/dry-runs", DryRunHerindeling).WithName("dryRunHerindeling")
            .WithRequestExample(RequestBodyExamples.Herindeling)
            .Produces<HerindelingReportDto>()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireWriteScope(WhoMay.AdministratorsOnly);

        herindelingen.MapPost("/applications", ApplyHerindeling).WithName("applyHerindeling")
            .WithRequestExample(RequestBodyExamples.Herindeling)
            .Produces<HerindelingReportDto>()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .RequireWriteScope(WhoMay.AdministratorsOnly);
    }

    /// <summary>Dry run of a herindeling</summary>
    /// <remarks>
    /// What applying the herindeling would change, changing nothing: every collaboration in which an ending municipality
    /// takes part, with each participation that ends, the successor joining (or already taking part), the centrumgemeente
    /// role and the register's bronhouder passing on, and every webhook subscription filtered on an ending municipality.
    /// The reference data must agree (409 `municipality-does-not-end`, `successor-differs`, `successor-not-in-force`):
    /// extend it first through `importMunicipalityRecords`. Any date, also one to come.
    /// </remarks>
    /// <param name="mediator"></param>
    /// <param name="request">The herindeling.</param>
    /// <param name="cancellationToken"></param>
    /// <response code="200">What it would change (`applied` is false).</response>
    /// <response code="409">`municipality-does-not-end`, `successor-differs` or `successor-not-in-force`.</response>
    private static async Task<HerindelingReportDto> DryRunHerindeling(IMediator mediator, HerindelingRequest request,
        CancellationToken cancellationToken) =>
        await mediator.Send(request.ToDryRun(), cancellationToken);

    /// <summary>Apply a herindeling</summary>
    /// <remarks>
    /// Each active participation of an ending municipality ends on `effectiveOn` with reason `herindeling`, and the successor
    /// joins on that date, or keeps its own participation where it already takes part. A centrumgemeente role and the
    /// register's bronhouder pass to the successor, and subscriptions filtered on an ending municipality follow it. A legal
    /// succession: the collaboration's own rules for withdrawals do not stop it, whatever its phase. Each collaboration's
    /// history says so, and the change feed has an event per change (`participant-succeeded`, `participant-joined`,
    /// `centrumgemeente-succeeded`, `bronhouder-succeeded`). All in one transaction. Applying the same herindeling again
    /// changes nothing and answers an empty report. Only on or after `effectiveOn` (409 `herindeling-not-yet-in-effect`).
    /// </remarks>
    /// <param name="mediator"></param>
    /// <param name="request">The herindeling.</param>
    /// <param name="cancellationToken"></param>
    /// <response code="200">What it changed (`applied` is true); empty when it had been applied already.</response>
    /// <response code="409">`municipality-does-not-end`, `successor-differs`, `successor-not-in-force` or `herindeling-not-yet-in-effect`.</response>
    /// <response code="412">A collaboration it touches changed at the same moment; nothing was changed, send it again.</response>
    private static async Task<HerindelingReportDto> ApplyHerindeling(IMediator mediator, HerindelingRequest request,
        CancellationToken cancellationToken) =>
        await mediator.Send(request.ToApplication(), cancellationToken);
}
