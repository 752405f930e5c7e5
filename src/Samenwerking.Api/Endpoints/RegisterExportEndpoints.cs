using FluentValidation;
using Samenwerking.Api.Authentication;
using Samenwerking.Api.Json;
using Samenwerking.Api.OpenApi;
using Samenwerking.Application.Collaborations.ExportRegister;
using Samenwerking.Application.Collaborations.ListCollaborations;
using Samenwerking.Application.Municipalities.ListMunicipalityCollaborations;
using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Api.Endpoints;

/// <summary>
/// The register as CSV, as resources of their own (docs/adr/0014): <c>GET /register</c> for every collaboration and
/// <c>GET /municipalities/{code}/register</c> for the Wgr art. 27 register of one municipality. Each answers
/// <c>text/csv</c> only, so the JSON lists keep one type per response.
/// </summary>
public static class RegisterExportEndpoints
{
    public const string RegisterPath = "/register";
    public const string RegisterFileName = "samenwerkingen.csv";
    public const string MunicipalityRegisterFileName = "register.csv";

    public static string MunicipalityRegisterPath(string code) => $"/municipalities/{code}/register";

    public static void MapRegisterExportEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet(RegisterPath, GetRegister).WithName("getRegister").WithTags("Register")
            .WithParametersValidatedAs<ListCollaborationsQuery>()
            .WithMetadata(new CsvExportMetadata { Only = true })
            .RequireReadScope();

        api.MapGet(MunicipalityRegisterPath("{code}"), GetMunicipalityRegister).WithName("getMunicipalityRegister").WithTags("Municipalities")
            .WithParametersValidatedAs<ListMunicipalityCollaborationsQuery>()
            .WithMetadata(new CsvExportMetadata { Only = true })
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireReadScope();
    }

    /// <summary>Export the register</summary>
    /// <remarks>
    /// Every collaboration as one CSV file (RFC 4180, UTF-8, header row), sorted by name, streamed whatever its size: the
    /// columns `POST /imports` takes back. The filters are those of `GET /collaborations` that apply to a register;
    /// there is no paging. Collaborations that ended (opheffing) are left out, as on the list, unless `includeEnded=true`;
    /// then `beeindigdOp` and `beeindigdReden` say when and why each ended.
    /// </remarks>
    /// <param name="http"></param>
    /// <param name="validator"></param>
    /// <param name="phase">Only collaborations in this phase.</param>
    /// <param name="municipality">Only collaborations in which this municipality (CBS code) takes part now.</param>
    /// <param name="legalKind">Only this kind of legal form.</param>
    /// <param name="legalInstrument">Only this legal instrument.</param>
    /// <param name="includeEnded">Also collaborations that ended (opheffing), with their end date and reason (default false: they are left out).</param>
    /// <response code="200">The register as CSV.</response>
    private static async Task<IResult> GetRegister(HttpContext http, IValidator<ListCollaborationsQuery> validator,
        DomainValue<Phase>? phase, string? municipality, DomainValue<LegalKind>? legalKind, DomainValue<LegalInstrument>? legalInstrument,
        bool includeEnded = false)
    {
        // The list's validator, so a filter is refused here exactly as on the list (all failures at once).
        await validator.ValidateAndThrowAsync(new ListCollaborationsQuery(phase.OrNull(), municipality, legalKind.OrNull(), legalInstrument.OrNull()),
            http.RequestAborted);
        await RegisterCsvEndpoints.StreamAsync(http, new ExportRegisterQuery(municipality, LegalKind: legalKind.OrNull(),
            LegalInstrument: legalInstrument.OrNull(), Phase: phase.OrNull(), IncludeEnded: includeEnded), RegisterFileName);
        return Results.Empty;
    }

    /// <summary>Export a municipality's register</summary>
    /// <remarks>
    /// The collaborations this municipality takes part in as one CSV file (RFC 4180, UTF-8, header row), sorted by name:
    /// with `legalKind=publiekrechtelijk` the register of gemeenschappelijke regelingen it keeps under Wgr art. 27.
    /// `includeFormer=true` adds those it left. Collaborations that ended (opheffing) are left out, as on the municipality's list,
    /// unless `includeEnded=true`; then `beeindigdOp` and `beeindigdReden` say when and why each ended. The columns are those
    /// `POST /imports` takes back; there is no paging.
    /// </remarks>
    /// <param name="http"></param>
    /// <param name="validator"></param>
    /// <param name="code">CBS municipality code, e.g. `GM0489`.</param>
    /// <param name="legalKind">Only collaborations with this kind of legal form.</param>
    /// <param name="includeFormer">Also collaborations the municipality has left (default false).</param>
    /// <param name="includeEnded">Also collaborations that ended (opheffing), with their end date and reason (default false: they are left out).</param>
    /// <response code="200">The municipality's register as CSV.</response>
    /// <response code="404">No municipality has this code.</response>
    private static async Task<IResult> GetMunicipalityRegister(HttpContext http, IValidator<ListMunicipalityCollaborationsQuery> validator,
        string code, DomainValue<LegalKind>? legalKind, bool includeFormer = false, bool includeEnded = false)
    {
        await validator.ValidateAndThrowAsync(new ListMunicipalityCollaborationsQuery(code, legalKind.OrNull(), includeFormer), http.RequestAborted);
        await RegisterCsvEndpoints.StreamAsync(http, new ExportRegisterQuery(code, includeFormer, legalKind.OrNull(), IncludeEnded: includeEnded),
            MunicipalityRegisterFileName);
        return Results.Empty;
    }
}
