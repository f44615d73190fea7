using System.Text.Json;
using MassTransit;

namespace Hubs.Contracts.Events;

/// <summary>
/// What a hub says about one of its experts: the one record a hub node validates, stores and publishes and the directory
/// stores and shows, so a new field is declared here once. <see cref="ExpertPublished"/> derives from it, which keeps
/// the fields at the top of the event's JSON as they always were.
/// </summary>
/// <remarks>
/// Not a message of its own (no exchange: the broker users' permissions name only the events'), as
/// <see cref="ConsultationEvent"/> (decision 23). Stores keep it as one JSON document (<see cref="ToJson"/>), not one
/// column per field (decision 34).
/// </remarks>
[ExcludeFromTopology]
public record ExpertProfile
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public required string Name { get; init; }
    public required string Title { get; init; }
    public required string Bio { get; init; }

    /// <summary>Topic codes from <see cref="Taxonomy.Topics"/>.</summary>
    public required IReadOnlyList<string> Competencies { get; init; }

    /// <summary>ISO 639-1 codes.</summary>
    public required IReadOnlyList<string> Languages { get; init; }

    /// <summary>The profile alone (never the fields of a record derived from it) as the stores keep it: web JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ExpertProfile FromJson(string json) =>
        JsonSerializer.Deserialize<ExpertProfile>(json, Json) ?? throw new JsonException("An expert profile is not null.");

    /// <summary>The same content, field by field (lists in order): what storing <paramref name="other"/> would change nothing of.</summary>
    public bool SameAs(ExpertProfile other) => ToJson() == other.ToJson();
}
