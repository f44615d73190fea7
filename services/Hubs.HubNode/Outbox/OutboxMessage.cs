using System.Text.Json;
using Hubs.Contracts.Events;

namespace Hubs.HubNode.Outbox;

/// <summary>An event ready to be written to the outbox beside the change it describes.</summary>
/// <param name="MessageType">The contract's message URN (see <see cref="OutboxMessageTypes"/>).</param>
/// <param name="Payload">The event as JSON.</param>
public sealed record OutboxMessage(Guid EventId, string MessageType, string Payload, DateTimeOffset OccurredAt)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static OutboxMessage For<TEvent>(TEvent message) where TEvent : class, IHubEvent =>
        new(message.EventId, OutboxMessageTypes.NameOf(typeof(TEvent)), JsonSerializer.Serialize(message, Json), message.OccurredAt);
}
