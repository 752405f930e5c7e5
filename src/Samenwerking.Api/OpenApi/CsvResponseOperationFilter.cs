using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Samenwerking.Api.Endpoints;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Samenwerking.Api.OpenApi;

/// <summary>
/// Documents the register CSV as one named schema (<c>RegisterCsv</c>): as a second content type beside the JSON of a 200
/// on the endpoints that export the register, and as the import's request body, with an example. Declaring the export
/// with <c>Produces</c> would replace the JSON schema of the same status, so those endpoints carry
/// <see cref="CsvExportMetadata"/> and this filter adds the content type.
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

        if (!context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<CsvExportMetadata>().Any() ||
            operation.Responses?.GetValueOrDefault("200") is not OpenApiResponse ok)
        {
            return;
        }

        ok.Content ??= new Dictionary<string, IOpenApiMediaType>();
        ok.Content[RegisterCsvEndpoints.CsvMediaType] = new OpenApiMediaType { Schema = Reference(context) };
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
