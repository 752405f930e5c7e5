using Samenwerking.Api.Limits;
using Mediator;
using Microsoft.Net.Http.Headers;
using Samenwerking.Api.Authentication;
using Samenwerking.Api.Csv;
using Samenwerking.Api.Json;
using Samenwerking.Application.Collaborations.ExportRegister;
using Samenwerking.Application.Imports.ImportRegister;
using Samenwerking.Application.Municipalities.ImportMunicipalityRecords;
using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Api.Endpoints;

/// <summary>
/// The register as CSV: <see cref="RegisterExportEndpoints"/> streams it, `POST /imports` takes the same columns back, and
/// (deprecated) `Accept: text/csv` on the two collaboration lists still streams it instead of a JSON page.
/// </summary>
public static class RegisterCsvEndpoints
{
    public const string CsvMediaType = "text/csv";

    public static void MapImportEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapPost("/imports", ImportRegister).WithName("importRegister").WithTags("Imports")
            .Accepts<string>(CsvMediaType)
            .WithMetadata(new FileUploadMetadata())
            .Produces<ImportReportDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireWriteScope(WhoMay.OneOfTheNamedParticipants);

        api.MapPost("/imports/municipality-records", ImportMunicipalityRecordsCsv).WithName("importMunicipalityRecordsCsv").WithTags("Imports")
            .Accepts<string>(CsvMediaType)
            .WithMetadata(new FileUploadMetadata())
            .Produces<MunicipalityRecordsImportReportDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireWriteScope(WhoMay.AdministratorsOnly);
    }

    /// <summary>Add or update municipality records from CSV</summary>
    /// <remarks>
    /// The reference data in the shape of the file the API ships (`code,name,provinceCode,provinceName,validFrom,validTo`,
    /// dates as yyyy-MM-dd, `validTo` empty while in force), with an optional `successorCode` column naming who succeeds a
    /// code that ends. Checked and stored exactly as `importMunicipalityRecords`; a cell that cannot be read is a 400 under
    /// `rows[n].column`, where the header is row 1.
    /// </remarks>
    /// <param name="mediator"></param>
    /// <param name="request"></param>
    /// <param name="cancellationToken"></param>
    /// <response code="200">How many records were added, updated and already there.</response>
    /// <response code="400">The file has no usable header, a cell cannot be read, or a record is invalid; nothing was stored.</response>
    /// <response code="409">`successor-not-in-force`.</response>
    private static async Task<MunicipalityRecordsImportReportDto> ImportMunicipalityRecordsCsv(IMediator mediator, HttpRequest request,
        CancellationToken cancellationToken)
    {
        var records = await MunicipalityRecordsCsvReader.ReadAsync(request.Body, cancellationToken);
        return await mediator.Send(new ImportMunicipalityRecordsCommand(records), cancellationToken);
    }

    /// <summary>
    /// Deprecated (docs/adr/0014): answers with the register as CSV when the client prefers `text/csv`, as before the
    /// register had operations of its own; otherwise the endpoint answers as usual. The CSV answer announces its end with
    /// <c>Deprecation</c> (RFC 9745), <c>Sunset</c> (RFC 8594) and a <c>successor-version</c> link to the operation that
    /// replaces it, with the same filters.
    /// </summary>
    public static RouteHandlerBuilder WithDeprecatedCsvExport(this RouteHandlerBuilder builder, Func<HttpRequest, ExportRegisterQuery> query,
        Func<HttpRequest, string> successorPath, string fileName) =>
        builder.WithMetadata(new CsvExportMetadata { Deprecated = true })
            .AddEndpointFilter(async (context, next) =>
            {
                var http = context.HttpContext;
                if (!PrefersCsv(http.Request))
                {
                    return await next(context);
                }

                CsvNegotiationDeprecation.Announce(http, successorPath(http.Request));
                await StreamAsync(http, query(http.Request), fileName);
                return Results.Empty;
            });

    private static bool PrefersCsv(HttpRequest request)
    {
        var accepted = request.GetTypedHeaders().Accept;
        var csv = accepted.Where(a => a.MediaType.Equals(CsvMediaType, StringComparison.OrdinalIgnoreCase)).Select(a => a.Quality ?? 1).DefaultIfEmpty(0).Max();
        var others = accepted.Where(a => !a.MediaType.Equals(CsvMediaType, StringComparison.OrdinalIgnoreCase)).Select(a => a.Quality ?? 1).DefaultIfEmpty(0).Max();
        return csv > 0 && csv >= others;
    }

    /// <summary>Streams the register rows as a CSV attachment; a failure before the first row is still a problem+json answer.</summary>
    public static async Task StreamAsync(HttpContext http, ExportRegisterQuery query, string fileName)
    {
        var mediator = http.RequestServices.GetRequiredService<IMediator>();
        await using var rows = mediator.CreateStream(query, http.RequestAborted).GetAsyncEnumerator(http.RequestAborted);
        // The first row is read before anything is written, so an unknown municipality is still a 404 problem.
        bool hasFirst;
        try
        {
            hasFirst = await rows.MoveNextAsync();
        }
        catch
        {
            // Errors are problem+json whatever the client accepts; the problem writer only writes what Accept allows.
            http.Request.Headers.Accept = "application/problem+json";
            throw;
        }

        http.Response.ContentType = $"{CsvMediaType}; charset=utf-8; header=present";
        http.Response.Headers[HeaderNames.ContentDisposition] = $"attachment; filename=\"{fileName}\"";
        await RegisterCsvWriter.WriteAsync(http.Response.Body, rows, hasFirst, http.RequestAborted);
    }

    /// <summary>Import existing regelingen</summary>
    /// <remarks>
    /// A CSV file with the register's columns (as the export writes them; `id` and `deelnemerNamen` are ignored), in UTF-8 with
    /// or without byte order mark, or in Windows-1252 when the Content-Type says `charset=windows-1252`. Each row registers an
    /// existing regeling after the fact in `implementatie` or `doorontwikkeling`, checked exactly as a single registration. A row
    /// whose name is already registered (regardless of case and accents) is left alone, whatever its other cells say, and listed
    /// under `alreadyRegisteredRows`: importing an unchanged export changes nothing and refuses nothing. With `dryRun=true` every
    /// row is checked and the report lists every problem (row, column, problem) without writing anything. Without it, all new
    /// rows are registered in one transaction; when any row has a problem, none is, and the answer is 400 with the problems under
    /// `rows[n].column`. Cells the export neutralised against spreadsheet formulas (a leading `'` before `=`, `+`, `-`, `@`, tab
    /// or carriage return) are read back without it. Bytes that are not text in the file's encoding, and control characters, are
    /// refused with a 400 naming row and column, also in a dry run.
    /// </remarks>
    /// <param name="mediator"></param>
    /// <param name="request"></param>
    /// <param name="dryRun">Check every row and report, without writing (default false).</param>
    /// <param name="cancellationToken"></param>
    /// <response code="200">The report: rows registered (or, in a dry run, that would be), already registered, and every problem.</response>
    /// <response code="400">The file has no usable header, is not text in its encoding, or (without dry run) some rows have problems; nothing was registered.</response>
    /// <response code="409">Registrations made at the same moment kept taking names of the file's rows (checked again twice); nothing was registered. Importing again recognises them as already registered.</response>
    private static async Task<ImportReportDto> ImportRegister(IMediator mediator, HttpRequest request, bool dryRun = false,
        CancellationToken cancellationToken = default)
    {
        var rows = RegisterCsvReader.ReadAsync(request.Body, ImportCharsets.Of(request), cancellationToken);
        return await mediator.Send(new ImportRegisterCommand(rows, dryRun), cancellationToken);
    }

    /// <summary>The filters the export shares with the list, read from the query string the list has already validated.</summary>
    public static ExportRegisterQuery CollaborationsQuery(HttpRequest request) => new(
        request.Query["municipality"].FirstOrDefault(),
        LegalKind: Parse<LegalKind>(request, "legalKind"),
        LegalInstrument: Parse<LegalInstrument>(request, "legalInstrument"),
        Phase: Parse<Phase>(request, "phase"),
        IncludeEnded: IncludeEnded(request));

    public static ExportRegisterQuery MunicipalityQuery(HttpRequest request) => new(
        (string)request.RouteValues["code"]!,
        IncludeFormer: bool.TryParse(request.Query["includeFormer"], out var former) && former,
        LegalKind: Parse<LegalKind>(request, "legalKind"),
        IncludeEnded: IncludeEnded(request));

    private static bool IncludeEnded(HttpRequest request) => bool.TryParse(request.Query["includeEnded"], out var ended) && ended;

    private static TEnum? Parse<TEnum>(HttpRequest request, string name) where TEnum : struct, Enum =>
        DomainValues.TryParse<TEnum>(request.Query[name].FirstOrDefault(), out var value) ? value : null;
}

/// <summary>Marks an endpoint that answers `text/csv` (the register export), for content negotiation and the OpenAPI document.</summary>
public sealed class CsvExportMetadata
{
    public string MediaType => RegisterCsvEndpoints.CsvMediaType;

    /// <summary>The endpoint answers only CSV (the register's own operations), so a client must accept it.</summary>
    public bool Only { get; init; }

    /// <summary>CSV is a deprecated second answer of a JSON endpoint, left out of the contract but for its announcement.</summary>
    public bool Deprecated { get; init; }
}
