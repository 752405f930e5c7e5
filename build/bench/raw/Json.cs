using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Samenwerking.Bench.Raw;

// The API's representations, member for member in the API's order, so the JSON is the same byte for byte. Domain
// values are strings in the API's camelCase.

internal sealed record Collaboration(Guid Id, string Name, string? Description, string Phase, List<Participant> Participants,
    string[] TaskTypes, string? TaskScope, string? GovernanceLevel, OrganisationForm OrganisationForm, LegalForm? LegalForm,
    string? Initiative, NamedTask[] Tasks, DateOnly? CurrentPhaseStartedOn, string? RegisteredInPhase, DateOnly? OperatingSince,
    DateOnly? EndedOn, string? EndReason,
    bool IsAmbtelijkeFusie, int EvaluationIntervalYears, DateOnly? LastEvaluatedOn, DateOnly? NextEvaluationDue, Register Register,
    DateTime CreatedAt, DateTime UpdatedAt);

internal sealed record Participant(string MunicipalityCode, string MunicipalityName, string Role, DateOnly JoinedOn, DateOnly? LeftOn,
    string? WithdrawalReason, bool IsActive);

internal sealed record OrganisationForm(string? Novelty, string? Multiplicity, string? Structure);

internal sealed record LegalForm(string Kind, string? Instrument);

internal sealed record NamedTask(string Name, string Type);

internal sealed record Register(string? CitationTitle, string? Purpose, DateOnly? InForceSince, string? LegalProvisions, Power[] Powers,
    Seat? Seat, string? PublicationUrl, string? Bronhouder)
{
    public static readonly Register Empty = new(null, null, null, null, [], null, null, null);
}

internal sealed record Power(string Description, string Transfer);

internal sealed record Seat(string Address, string Place);

internal sealed record Summary(Guid Id, string Name, string Phase, string[] TaskTypes, string? LegalKind, string? LegalInstrument,
    string? Initiative, bool IsAmbtelijkeFusie, int ActiveParticipantCount, DateTime UpdatedAt, DateOnly? NextEvaluationDue,
    DateOnly? EndedOn);

internal sealed record Membership(Guid CollaborationId, string Name, string Phase, string? LegalKind, string? LegalInstrument, string Role,
    DateOnly JoinedOn, DateOnly? LeftOn, DateOnly? EndedOn);

internal sealed record PageOf<T>(List<T> Items, PageInfo Page);

internal sealed record PageInfo(int Page, int PageSize, int TotalItems, int TotalPages, string? Next)
{
    public static PageInfo For(int page, int pageSize, int total, string? next) =>
        new(page, pageSize, total, (total + pageSize - 1) / pageSize, next);
}

/// <summary>The stored forms of the JSON columns: tasks as EF writes them, the register entry in camelCase, enums by name.</summary>
internal sealed record StoredTask(string Name, string Type);

internal sealed record StoredRegister(string? CitationTitle, string? Purpose, DateOnly? InForceSince, string? LegalProvisions,
    StoredPower[]? Powers, Seat? Seat, string? PublicationUrl, string? Bronhouder);

internal sealed record StoredPower(string Description, string Transfer);

internal sealed record ChangeEventData(string Phase, Guid CollaborationId, string[] MunicipalityCodes);

/// <summary>The API's timestamps: UTC, with a Z, and up to six decimals without trailing zeros.</summary>
internal sealed class UtcTimestamp : JsonConverter<DateTime>
{
    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTime().ToUniversalTime();

    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFF'Z'", CultureInfo.InvariantCulture));
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, PropertyNameCaseInsensitive = true,
    Converters = [typeof(UtcTimestamp)])]
[JsonSerializable(typeof(Collaboration))]
[JsonSerializable(typeof(PageOf<Summary>), TypeInfoPropertyName = "PageSummary")]
[JsonSerializable(typeof(PageOf<Membership>), TypeInfoPropertyName = "PageMembership")]
[JsonSerializable(typeof(StoredTask[]))]
[JsonSerializable(typeof(StoredRegister))]
[JsonSerializable(typeof(ChangeEventData))]
internal sealed partial class RawJson : JsonSerializerContext
{
    /// <summary>
    /// As ASP.NET Core writes the API's responses (its HTTP JSON options relax the escaping): "Súdwest-Fryslân" as UTF-8,
    /// not as \u escapes, so the bodies are the same bytes for every name.
    /// </summary>
    public static RawJson Http { get; } = new(new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new UtcTimestamp() },
    });
}
