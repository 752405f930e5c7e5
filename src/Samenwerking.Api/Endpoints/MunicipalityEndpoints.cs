using Mediator;
using Samenwerking.Api.Authentication;
using Samenwerking.Api.OpenApi;
using Samenwerking.Api.Json;
using Samenwerking.Api.Requests.Municipalities;
using Samenwerking.Application.Common.Paging;
using Samenwerking.Application.DevelopmentActivities.ListMunicipalityDevelopmentActivities;
using Samenwerking.Application.Municipalities.ImportMunicipalityRecords;
using Samenwerking.Domain.Evaluations;
using Samenwerking.Application.Municipalities;
using Samenwerking.Application.Municipalities.GetMunicipality;
using Samenwerking.Application.Municipalities.ListMunicipalities;
using Samenwerking.Application.Municipalities.ListMunicipalityCollaborations;
using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Api.Endpoints;

public static class MunicipalityEndpoints
{
    public static void MapMunicipalityEndpoints(this IEndpointRouteBuilder api)
    {
        var municipalities = api.MapGroup("/municipalities").WithTags("Municipalities");

        municipalities.MapGet("", ListMunicipalities)
            .WithName("listMunicipalities")
            .WithParametersValidatedAs<ListMunicipalitiesQuery>()
            .RequireReadScope();

        municipalities.MapGet("/{code}/collaborations", ListMunicipalityCollaborations)
            .WithName("listMunicipalityCollaborations")
            .WithParametersValidatedAs<ListMunicipalityCollaborationsQuery>()
            .WithDeprecatedCsvExport(RegisterCsvEndpoints.MunicipalityQuery,
                request => RegisterExportEndpoints.MunicipalityRegisterPath((string)request.RouteValues["code"]!) +
                           CsvNegotiationDeprecation.Query(request, "legalKind", "includeFormer"),
                RegisterExportEndpoints.MunicipalityRegisterFileName)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireReadScope();

        municipalities.MapGet("/{code}/development-activities", ListMunicipalityDevelopmentActivities)
            .WithName("listMunicipalityDevelopmentActivities")
            .WithParametersValidatedAs<ListMunicipalityDevelopmentActivitiesQuery>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireReadScope();

        municipalities.MapPost("/records", ImportMunicipalityRecords)
            .WithName("importMunicipalityRecords")
            .WithRequestExample(RequestBodyExamples.ImportMunicipalityRecords)
            .Produces<MunicipalityRecordsImportReportDto>()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireWriteScope(WhoMay.AdministratorsOnly);

        municipalities.MapGet("/{code}", GetMunicipality)
            .WithName("getMunicipality")
            .WithParametersValidatedAs<GetMunicipalityQuery>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireReadScope();
    }

    /// <summary>List municipalities</summary>
    /// <remarks>
    /// Municipalities (gemeenten) from the CBS reference data that are in force on `activeOn`
    /// (default: today), sorted by name. The name filter ignores case and accents.
    /// </remarks>
    /// <param name="mediator"></param>
    /// <param name="name">Part of the name, case- and accent-insensitive, e.g. `bergen`.</param>
    /// <param name="province">CBS province code, e.g. `PV27` (Noord-Holland).</param>
    /// <param name="activeOn">Only municipalities in force on this date (yyyy-MM-dd); default today.</param>
    /// <param name="page">Page number, from 1.</param>
    /// <param name="pageSize">Items per page, 1 to 100.</param>
    /// <param name="cancellationToken"></param>
    /// <response code="200">One page of municipalities.</response>
    private static async Task<PagedResult<MunicipalityDto>> ListMunicipalities(IMediator mediator,
        string? name, string? province, DateOnly? activeOn, int page = 1, int pageSize = Paging.DefaultPageSize,
        CancellationToken cancellationToken = default) =>
        await mediator.Send(new ListMunicipalitiesQuery(name, province, activeOn, page, pageSize), cancellationToken);

    /// <summary>List a municipality's collaborations</summary>
    /// <remarks>
    /// The collaborations this municipality takes part in, the basis for the register every municipality keeps
    /// (Wgr art. 27); `legalKind=publiekrechtelijk` gives exactly that register. `includeFormer=true` adds those it left.
    /// </remarks>
    /// <param name="mediator"></param>
    /// <param name="code">CBS municipality code, e.g. `GM0489`.</param>
    /// <param name="legalKind">Only collaborations with this kind of legal form.</param>
    /// <param name="includeFormer">Also collaborations the municipality has left (default false).</param>
    /// <param name="includeEnded">Also collaborations that ended (opheffing), each with its `endedOn` (default false: they are left out).</param>
    /// <param name="page">Page number, from 1.</param>
    /// <param name="pageSize">Items per page, 1 to 100.</param>
    /// <param name="updatedSince">Only collaborations changed at or after this moment (ISO 8601 with any offset, e.g. `2026-11-29T10:00:00Z` or `2026-11-29T11:00:00%2B01:00`): send the latest `updatedAt` you have seen to read only what changed.</param>
    /// <param name="after">Keyset pagination: the `page.next` cursor of the previous page (same filters), for clients that walk the whole list; the page starts right after that page's last item, so items inserted or deleted meanwhile shift nothing. Only with `page` 1.</param>
    /// <param name="cancellationToken"></param>
    /// <response code="200">One page of the municipality's collaborations. (Deprecated: `Accept: text/csv` here still answers its register as CSV, announced with `Deprecation` and `Sunset` headers, until the sunset; use `GET /municipalities/{code}/register`.)</response>
    /// <response code="404">No municipality has this code.</response>
    private static async Task<PagedResult<MunicipalityCollaborationDto>> ListMunicipalityCollaborations(IMediator mediator,
        string code, DomainValue<LegalKind>? legalKind, bool includeFormer = false, int page = 1, int pageSize = Paging.DefaultPageSize,
        DateTimeOffset? updatedSince = null, string? after = null, bool includeEnded = false, CancellationToken cancellationToken = default) =>
        await mediator.Send(new ListMunicipalityCollaborationsQuery(code, legalKind.OrNull(), includeFormer, page, pageSize, updatedSince)
            { After = after, IncludeEnded = includeEnded }, cancellationToken);

    /// <summary>List a municipality's learning</summary>
    /// <remarks>
    /// The trainings, masterclasses, leergangen and intervisie of every collaboration the municipality takes part in, planned
    /// and held (cancelled ones only with `status=geannuleerd`), the latest date first; `from` (e.g. today) lists what is coming.
    /// Held ones show how many people came from each municipality.
    /// </remarks>
    /// <param name="mediator"></param>
    /// <param name="code">CBS municipality code, e.g. `GM0373`.</param>
    /// <param name="status">Only activities with this status; by default `gepland` and `gehouden`.</param>
    /// <param name="from">Only activities on or after this date (yyyy-MM-dd).</param>
    /// <param name="page">Page number, from 1.</param>
    /// <param name="pageSize">Items per page, 1 to 100.</param>
    /// <param name="cancellationToken"></param>
    /// <response code="200">One page of the municipality's learning.</response>
    /// <response code="404">No municipality has this code.</response>
    private static async Task<PagedResult<MunicipalityDevelopmentActivityDto>> ListMunicipalityDevelopmentActivities(IMediator mediator,
        string code, DomainValue<DevelopmentActivityStatus>? status, DateOnly? from, int page = 1, int pageSize = Paging.DefaultPageSize,
        CancellationToken cancellationToken = default) =>
        await mediator.Send(new ListMunicipalityDevelopmentActivitiesQuery(code, status.OrNull(), from, page, pageSize), cancellationToken);

    /// <summary>Add or update municipality records</summary>
    /// <remarks>
    /// Extends the CBS reference data without a release, as the shipped file would: a new code from a date, or the end of a
    /// code (`validTo`) with the municipality that succeeds it (`successorCode`, which must exist on that day: 409
    /// `successor-not-in-force`). Records are matched on `code` and `validFrom`; new ones are added, changed ones updated,
    /// none removed, so sending the same records twice changes nothing. Every instance of the API reads the new records at
    /// once. The same as CSV: `importMunicipalityRecordsCsv`. Then declare the herindeling (`dryRunHerindeling`, `applyHerindeling`).
    /// </remarks>
    /// <param name="mediator"></param>
    /// <param name="request">The records.</param>
    /// <param name="cancellationToken"></param>
    /// <response code="200">How many records were added, updated and already there.</response>
    /// <response code="409">`successor-not-in-force`.</response>
    private static async Task<MunicipalityRecordsImportReportDto> ImportMunicipalityRecords(IMediator mediator, ImportMunicipalityRecordsRequest request,
        CancellationToken cancellationToken) =>
        await mediator.Send(request.ToCommand(), cancellationToken);

    /// <summary>Get a municipality</summary>
    /// <remarks>
    /// One municipality by CBS code: the record in force today, or the last record of a municipality
    /// that has since merged (herindeling).
    /// </remarks>
    /// <param name="mediator"></param>
    /// <param name="code">CBS municipality code: `GM` and four digits, e.g. `GM0363`.</param>
    /// <param name="cancellationToken"></param>
    /// <response code="200">The municipality.</response>
    /// <response code="404">No municipality has this code.</response>
    private static async Task<MunicipalityDto> GetMunicipality(IMediator mediator, string code,
        CancellationToken cancellationToken) =>
        await mediator.Send(new GetMunicipalityQuery(code), cancellationToken);
}
