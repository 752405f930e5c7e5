using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Samenwerking.Application.Events;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Samenwerking.Api.OpenApi;

/// <summary>
/// The change feed's event types as one named enumeration, <c>EventType</c>, for every member and parameter that holds
/// one: the CloudEvent's <c>type</c>, a subscription's <c>eventTypes</c> and the feed's <c>type</c> filter. In code they
/// stay strings (<see cref="EventTypes"/>), as CloudEvents types are; the contract lists the values so generated clients
/// get a type to switch on.
/// </summary>
public sealed class EventTypeSchemaDocumentFilter : IDocumentFilter
{
    public const string SchemaId = "EventType";

    private static readonly (string Schema, string Property)[] Members =
    [
        ("CloudEventDocument", "type"), ("SubscriptionRequest", "eventTypes"), ("Subscription", "eventTypes"), ("SubscriptionMergePatch", "eventTypes"),
    ];

    /// <summary>What each type says happened, for the enumeration's description (every value explained, NL GOV linter).</summary>
    private static readonly Dictionary<string, string> Meanings = new(StringComparer.Ordinal)
    {
        [EventTypes.Prefix + "collaboration.created"] = "a collaboration was created (in verkenning)",
        [EventTypes.Prefix + "collaboration.registered"] = "an existing collaboration was registered after the fact, in the phase it is in",
        [EventTypes.Prefix + "collaboration.edited"] = "its details (name, dimensions, tasks, register entry) changed",
        [EventTypes.Prefix + "collaboration.participant-joined"] = "a municipality joined (`data.municipalityCode`)",
        [EventTypes.Prefix + "collaboration.participant-removed"] = "a participant was removed during verkenning",
        [EventTypes.Prefix + "collaboration.participant-withdrew"] = "a municipality left (uittreding)",
        [EventTypes.Prefix + "collaboration.decision-recorded"] = "a formal decision of a municipality was recorded",
        [EventTypes.Prefix + "collaboration.role-assigned"] = "a role was assigned (no personal data in the event)",
        [EventTypes.Prefix + "collaboration.role-removed"] = "a role was removed",
        [EventTypes.Prefix + "collaboration.phase-changed"] = "the collaboration moved to the next phase (`data.previousPhase`, `data.phase`)",
        [EventTypes.Prefix + "collaboration.operating-since-set"] = "the date it started operating was set",
        [EventTypes.Prefix + "collaboration.evaluation-recorded"] = "an evaluation was recorded",
        [EventTypes.Prefix + "collaboration.development-activity-recorded"] = "a development activity was recorded",
        [EventTypes.Prefix + "collaboration.evaluation-interval-changed"] = "the evaluation interval changed",
        [EventTypes.Prefix + "collaboration.development-activity-status-changed"] = "a planned development activity was held or cancelled",
        [EventTypes.Prefix + "collaboration.participant-succeeded"] = "by a herindeling, an ending municipality's participation passed to its successor (`data.municipalityCode` the ending one)",
        [EventTypes.Prefix + "collaboration.centrumgemeente-succeeded"] = "by a herindeling, the centrumgemeente role passed to the successor (`data.municipalityCode`)",
        [EventTypes.Prefix + "collaboration.bronhouder-succeeded"] = "by a herindeling, the register's bronhouder became the successor (`data.municipalityCode`)",
        [EventTypes.Prefix + "collaboration.decision-corrected"] = "a recorded decision was corrected (the history keeps what it said before and why)",
        [EventTypes.Prefix + "collaboration.decision-withdrawn"] = "a decision recorded by mistake was withdrawn",
        [EventTypes.Prefix + "collaboration.role-corrected"] = "a role or its holder was corrected (no personal data in the event)",
        [EventTypes.Prefix + "collaboration.operating-since-corrected"] = "the date it started operating was corrected",
        [EventTypes.Prefix + "collaboration.operating-since-withdrawn"] = "an operating date recorded by mistake was withdrawn",
        [EventTypes.Prefix + "collaboration.phase-transition-reverted"] = "the last phase transition, recorded by mistake, was reverted",
        [EventTypes.Prefix + "collaboration.dissolved"] = "the collaboration ended (opheffing); it keeps its phase",
        [EventTypes.Prefix + "collaboration.dissolution-corrected"] = "the date or reason of a dissolution was corrected",
        [EventTypes.Prefix + "collaboration.dissolution-withdrawn"] = "a dissolution recorded by mistake was withdrawn; the collaboration goes on",
        [EventTypes.Prefix + "collaboration.evaluation-corrected"] = "a recorded evaluation was corrected (the history keeps what it judged before and why)",
        [EventTypes.Prefix + "collaboration.evaluation-withdrawn"] = "an evaluation recorded by mistake was withdrawn; the next due date may move",
        [EventTypes.Prefix + "collaboration.development-activity-corrected"] = "a recorded development activity was corrected (the history keeps what it said before and why)",
        [EventTypes.Prefix + "collaboration.development-activity-withdrawn"] = "a development activity recorded by mistake was withdrawn",
        [EventTypes.CollaborationDeleted] = "the collaboration was deleted (`data.deletedBy`, `data.deletedAt`)",
        [EventTypes.EvaluationFrameworkCreated] = "an evaluation framework was defined",
        [EventTypes.EvaluationFrameworkChanged] = "an evaluation framework changed",
        [EventTypes.DelegationGranted] = "a participating municipality let a person make some kinds of change (`data.grantedBy`, `data.changes`, `data.delegationId`)",
        [EventTypes.DelegationWithdrawn] = "a delegation was withdrawn; its person may no longer act under it",
    };

    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        var schemas = swaggerDoc.Components?.Schemas;
        if (schemas is null)
        {
            return;
        }

        schemas[SchemaId] = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Description = "What happened, as the CloudEvents `type` of the change feed:\n\n" +
                          string.Concat(EventTypes.All.Select(type => $"- `{type}`: {Meanings[type]}\n")) +
                          $"\nA subscription's test event has the type `{EventTypes.SubscriptionTest}`, which is not in the feed and cannot be subscribed to.",
            Enum = [.. EventTypes.All.Select(type => (JsonNode)JsonValue.Create(type))],
        };
        foreach (var (schemaId, property) in Members)
        {
            if (schemas.TryGetValue(schemaId, out var schema) && schema is OpenApiSchema { Properties: { } properties }
                && properties.TryGetValue(property, out var member) && member is OpenApiSchema concrete)
            {
                if (concrete.Type is { } type && type.HasFlag(JsonSchemaType.Array))
                {
                    concrete.Items = new OpenApiSchemaReference(SchemaId, swaggerDoc);
                }
                else
                {
                    properties[property] = new OpenApiSchema { AllOf = [new OpenApiSchemaReference(SchemaId, swaggerDoc)], Description = concrete.Description };
                }
            }
        }

        var parameters = (swaggerDoc.Paths ?? []).Values
            .SelectMany(path => path.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>())
            .Where(operation => operation.OperationId == "listEvents")
            .SelectMany(operation => operation.Parameters ?? [])
            .OfType<OpenApiParameter>()
            .Where(parameter => parameter.Name == "type");
        foreach (var parameter in parameters)
        {
            parameter.Schema = new OpenApiSchemaReference(SchemaId, swaggerDoc);
        }
    }
}
