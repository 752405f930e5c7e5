using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Samenwerking.Api.Endpoints;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Samenwerking.Api.OpenApi;

/// <summary>
/// Documents the register CSV as one named schema (<c>RegisterCsv</c>): the only content of the 200 of the register's own
/// operations, and the import's request body, with an example. The JSON lists that still answer CSV (deprecated) get
/// no second content type, only the <c>Deprecation</c> and <c>Sunset</c> headers of that answer. The endpoints carry
/// <see cref="CsvExportMetadata"/>.
/// </summary>
public sealed class CsvResponseOperationFilter : IOperationFilter
{
    public const string SchemaId = "RegisterCsv";

    private const string Example =
        "id,naam,citeertitel,doel,fase,inWerkingSinds,inBedrijfSinds,deelnemers,deelnemerNamen,centrumgemeente,juridischeVorm,instrument," +
        "typeTaak,aantalTaken,besturingsniveau,nieuwOfBestaand,eenOfMeerdere,centraalOfDecentraal,initiatief,wettelijkeVoorschriften," +
        "bevoegdheden,vestigingAdres,vestigingPlaats,publicatie,bronhouder\r\n" +
        ",Belastingsamenwerking Voorbeeld (fictief),GR Belastingsamenwerking Voorbeeld,Heffen en innen van belastingen.,doorontwikkeling," +
        "2019-01-01,2019-01-01,GM0820;GM0848,,,publiekrechtelijk,bedrijfsvoeringsorganisatie,uitvoering,een,operationeel,nieuw,een,centraal," +
        "vrijwillig,\"Gemeentewet, art. 231\",delegatie: Heffen van belastingen,Voorbeeldstraat 1,Voorbeeldstad," +
        "https://lokaleregelgeving.overheid.nl/fictief/voorbeeld,\r\n";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.RequestBody?.Content is { } bodies && bodies.TryGetValue(RegisterCsvEndpoints.CsvMediaType, out var body) &&
            body is OpenApiMediaType upload)
        {
            upload.Schema = Reference(context);
            upload.Example = JsonValue.Create(Example);
        }

        var export = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<CsvExportMetadata>().LastOrDefault();
        if (export is null || operation.Responses?.GetValueOrDefault("200") is not OpenApiResponse ok)
        {
            return;
        }

        if (export.Only)
        {
            ok.Content = new Dictionary<string, IOpenApiMediaType>
            {
                [RegisterCsvEndpoints.CsvMediaType] = new OpenApiMediaType { Schema = Reference(context), Example = JsonValue.Create(Example) },
            };
            ok.Headers ??= new Dictionary<string, IOpenApiHeader>();
            ok.Headers["Content-Disposition"] = new OpenApiHeader
            {
                Description = "`attachment` with the file name to save the register under.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            };
            return;
        }

        if (!export.Deprecated)
        {
            return;
        }

        // The deprecated CSV answer of a JSON list stays out of the 200's content (one type per response, docs/adr/0014);
        // only the headers that announce its end are documented, for the clients that still use it.
        ok.Headers ??= new Dictionary<string, IOpenApiHeader>();
        ok.Headers[CsvNegotiationDeprecation.DeprecationHeader] = new OpenApiHeader
        {
            Description = $"Only on the deprecated `Accept: {RegisterCsvEndpoints.CsvMediaType}` answer: since when it is deprecated (RFC 9745).",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            Example = JsonValue.Create(CsvNegotiationDeprecation.DeprecationValue),
        };
        ok.Headers[CsvNegotiationDeprecation.SunsetHeader] = new OpenApiHeader
        {
            Description = $"Only on the deprecated `Accept: {RegisterCsvEndpoints.CsvMediaType}` answer: after when it may stop working (RFC 8594). " +
                          "The `Link` header names its successor (`rel=\"successor-version\"`).",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            Example = JsonValue.Create(CsvNegotiationDeprecation.SunsetValue),
        };
    }

    private static OpenApiSchemaReference Reference(OperationFilterContext context)
    {
        if (!context.SchemaRepository.Schemas.ContainsKey(SchemaId))
        {
            context.SchemaRepository.AddDefinition(SchemaId, new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Description = "The Wgr register as RFC 4180 CSV in UTF-8 with a header row (CRLF line ends). Columns, in order: id, naam, " +
                              "citeertitel, doel, fase, inWerkingSinds, inBedrijfSinds, deelnemers, deelnemerNamen, centrumgemeente, juridischeVorm, " +
                              "instrument, typeTaak, aantalTaken, besturingsniveau, nieuwOfBestaand, eenOfMeerdere, centraalOfDecentraal, initiatief, " +
                              "wettelijkeVoorschriften, bevoegdheden, vestigingAdres, vestigingPlaats, publicatie, bronhouder. Values as in the JSON " +
                              "(`doorontwikkeling`, dates yyyy-MM-dd); lists separated by `;`; bevoegdheden as `wijze: omschrijving`; unknown values empty. " +
                              "The import ignores id and deelnemerNamen. See `/vocabularies` (registerFields).",
            });
        }

        return new OpenApiSchemaReference(SchemaId, context.Document);
    }
}
