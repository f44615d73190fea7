using System.Text.Json.Serialization;

namespace Hubs.HubNode.Slots;

/// <summary>The two meetings a hub offers a business; <see cref="ConsultationKinds"/> gives their length and codes.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ConsultationKind>))]
public enum ConsultationKind
{
    /// <summary>The first video call, 45 minutes.</summary>
    [JsonStringEnumMemberName("brainstorming")]
    Brainstorming,

    /// <summary>The technical meeting after a brainstorming that recommended it, 60 minutes.</summary>
    [JsonStringEnumMemberName("followup")]
    Followup,
}
