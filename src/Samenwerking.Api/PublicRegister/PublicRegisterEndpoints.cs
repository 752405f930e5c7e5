using FluentValidation;
using Mediator;
using Samenwerking.Api.Endpoints;
using Samenwerking.Application.Collaborations.ExportRegister;
using Samenwerking.Application.Collaborations.GetCollaboration;
using Samenwerking.Application.Common.Exceptions;
using Samenwerking.Application.Municipalities.GetMunicipality;
using Samenwerking.Application.Municipalities.ListMunicipalityCollaborations;
using Samenwerking.Application.Phases.GetPhases;

namespace Samenwerking.Api.PublicRegister;

/// <summary>
/// The register open to anyone (Wgr art. 27 "voor een ieder ter inzage", docs/adr/0016): the national register, a
/// municipality's register and one collaboration's public record, as JSON and as CSV, without a token. They read what
/// the register export reads, so they show what the register shows and nothing more, to anyone, with or without a token.
/// </summary>
public static class PublicRegisterEndpoints
{
    public const string Prefix = "/public";

    public static void MapPublicRegisterEndpoints(this IEndpointRouteBuilder api)
    {
        var settings = api.ServiceProvider.GetRequiredService<PublicRegisterSettings>();
        var group = api.MapGroup(Prefix).WithTags("Public register").AllowAnonymous()
            .WithMetadata(new PublicReadMetadata(settings.MaxAgeSeconds))
            .RequireRateLimiting(PublicRateLimit.PolicyName);

        group.MapGet("/register", (Delegate)GetPublicRegister).WithName("getPublicRegister")
            .Produces<ItemList<PublicRegisterLine>>();
        group.MapGet("/register/export", (Delegate)ExportPublicRegister).WithName("exportPublicRegister")
            .WithMetadata(new CsvExportMetadata { Only = true });
        group.MapGet("/municipalities/{code}/register", GetPublicMunicipalityRegister).WithName("getPublicMunicipalityRegister")
            .Produces<PublicMunicipalityRegister>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/municipalities/{code}/register/export", ExportPublicMunicipalityRegister).WithName("exportPublicMunicipalityRegister")
            .WithMetadata(new CsvExportMetadata { Only = true })
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/collaborations/{id}", GetPublicCollaboration).WithName("getPublicCollaboration")
            .Produces<PublicCollaborationRecord>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/collaborations/{id}/export", ExportPublicCollaboration).WithName("exportPublicCollaboration")
            .WithMetadata(new CsvExportMetadata { Only = true })
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>Read the national register</summary>
    /// <remarks>
    /// Every collaboration that goes on, sorted by name, as the register shows it: no personal data. Open to anyone without
    /// a token; a token changes nothing. Cacheable (`ETag`, `Cache-Control: public`) and rate limited per client address.
    /// </remarks>
    /// <param name="http"></param>
    /// <response code="200">The national register.</response>
    private static async Task<IResult> GetPublicRegister(HttpContext http)
    {
        var lines = await ReadAsync(http, new ExportRegisterQuery(null));
        await PublicAnswers.JsonAsync(http, ItemList.Of(lines));
        return Results.Empty;
    }

    /// <summary>Export the national register</summary>
    /// <remarks>
    /// The national register as CSV, in the columns of `getRegister` (RFC 4180, UTF-8, header row). Open to anyone
    /// without a token. Cacheable (`ETag`, `Cache-Control: public`) and rate limited per client address.
    /// </remarks>
    /// <param name="http"></param>
    /// <response code="200">The national register as CSV.</response>
    private static async Task<IResult> ExportPublicRegister(HttpContext http)
    {
        await PublicAnswers.CsvAsync(http, new ExportRegisterQuery(null), RegisterExportEndpoints.RegisterFileName);
        return Results.Empty;
    }

    /// <summary>Read a municipality's register</summary>
    /// <remarks>
    /// The collaborations a municipality takes part in now, sorted by name: those with a publiekrechtelijk legal form are
    /// its register of gemeenschappelijke regelingen (Wgr art. 27). No personal data. Open to anyone without a token.
    /// Cacheable (`ETag`, `Cache-Control: public`) and rate limited per client address.
    /// </remarks>
    /// <param name="http"></param>
    /// <param name="validator"></param>
    /// <param name="code">CBS municipality code, e.g. `GM0489`.</param>
    /// <response code="200">The municipality's register.</response>
    /// <response code="404">No municipality has this code.</response>
    private static async Task<IResult> GetPublicMunicipalityRegister(HttpContext http, IValidator<ListMunicipalityCollaborationsQuery> validator, string code)
    {
        await validator.ValidateAndThrowAsync(new ListMunicipalityCollaborationsQuery(code), http.RequestAborted);
        var mediator = http.RequestServices.GetRequiredService<IMediator>();
        var municipality = await mediator.Send(new GetMunicipalityQuery(code), http.RequestAborted);
        var lines = await ReadAsync(http, new ExportRegisterQuery(code));
        await PublicAnswers.JsonAsync(http, new PublicMunicipalityRegister(municipality.Code, municipality.Name, municipality.ProvinceName, lines));
        return Results.Empty;
    }

    /// <summary>Export a municipality's register</summary>
    /// <remarks>
    /// A municipality's register as CSV, in the columns of `getMunicipalityRegister`. Open to anyone without a token.
    /// Cacheable (`ETag`, `Cache-Control: public`) and rate limited per client address.
    /// </remarks>
    /// <param name="http"></param>
    /// <param name="validator"></param>
    /// <param name="code">CBS municipality code, e.g. `GM0489`.</param>
    /// <response code="200">The municipality's register as CSV.</response>
    /// <response code="404">No municipality has this code.</response>
    private static async Task<IResult> ExportPublicMunicipalityRegister(HttpContext http, IValidator<ListMunicipalityCollaborationsQuery> validator, string code)
    {
        await validator.ValidateAndThrowAsync(new ListMunicipalityCollaborationsQuery(code), http.RequestAborted);
        await PublicAnswers.CsvAsync(http, new ExportRegisterQuery(code), RegisterExportEndpoints.MunicipalityRegisterFileName);
        return Results.Empty;
    }

    /// <summary>Read a collaboration's public record</summary>
    /// <remarks>
    /// What the register shows about one collaboration, with its participants in joining order, its six choices, its legal
    /// form and register entry, and its phases. No personal data: no role holders, no history, no free-text reasons. Open
    /// to anyone without a token. Cacheable (`ETag`, `Cache-Control: public`) and rate limited per client address.
    /// </remarks>
    /// <param name="http"></param>
    /// <param name="id">Identifier of the collaboration.</param>
    /// <response code="200">The collaboration's public record.</response>
    /// <response code="404">No collaboration has this id.</response>
    private static async Task<IResult> GetPublicCollaboration(HttpContext http, Guid id)
    {
        await PublicAnswers.JsonAsync(http, await PublicCollaborationReading.ReadAsync(http.RequestServices.GetRequiredService<IMediator>(), id, http.RequestAborted));
        return Results.Empty;
    }

    /// <summary>Export a collaboration's register line</summary>
    /// <remarks>
    /// One collaboration as a line of the register CSV (the columns of `getRegister`), also when it has ended. Open to
    /// anyone without a token. Cacheable (`ETag`, `Cache-Control: public`) and rate limited per client address.
    /// </remarks>
    /// <param name="http"></param>
    /// <param name="id">Identifier of the collaboration.</param>
    /// <response code="200">The collaboration's register line as CSV.</response>
    /// <response code="404">No collaboration has this id.</response>
    private static async Task<IResult> ExportPublicCollaboration(HttpContext http, Guid id)
    {
        await PublicAnswers.CsvAsync(http, new ExportRegisterQuery(null, IncludeEnded: true, CollaborationIds: [id]), "samenwerking.csv",
            () => new NotFoundException("Collaboration", id.ToString()));
        return Results.Empty;
    }

    private static async Task<List<PublicRegisterLine>> ReadAsync(HttpContext http, ExportRegisterQuery query)
    {
        var mediator = http.RequestServices.GetRequiredService<IMediator>();
        var lines = new List<PublicRegisterLine>();
        await foreach (var row in mediator.CreateStream(query, http.RequestAborted))
        {
            lines.Add(PublicRegisterLine.From(row));
        }

        return lines;
    }
}
