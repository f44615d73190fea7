using System.Text.Json;
using Hubs.Contracts.Events;

namespace Hubs.ServiceDefaults.Outbox;

/// <summary>An event ready to be written to the outbox beside the change it describes.</summary>
/// <param name="MessageType">The contract's message URN (see <see cref="OutboxMessageTypes"/>).</param>
/// <param name="Payload">The event as JSON.</param>
/// <param name="Destination">
/// Null: published to the network. Otherwise the address the message is sent to instead (<c>exchange:hub-ivrea</c>), for
/// what only one receiver may see, such as a warm referral carrying a business's intake.
/// </param>
public sealed record OutboxMessage(Guid EventId, string MessageType, string Payload, DateTimeOffset OccurredAt, string? Destination = null)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static OutboxMessage For<TEvent>(TEvent message) where TEvent : class, IHubEvent =>
        new(message.EventId, OutboxMessageTypes.NameOf(typeof(TEvent)), JsonSerializer.Serialize(message, Json), message.OccurredAt);

    /// <summary>A message published to the network that is not a hub event (a service's own command or fact), under <paramref name="messageId"/>.</summary>
    public static OutboxMessage Publish<TMessage>(TMessage message, Guid messageId, DateTimeOffset occurredAt) where TMessage : class =>
        new(messageId, OutboxMessageTypes.NameOf(typeof(TMessage)), JsonSerializer.Serialize(message, Json), occurredAt);

    /// <summary>A message to be sent to <paramref name="destination"/> only (never published), in outbox order like the rest.</summary>
    public static OutboxMessage SendTo<TMessage>(Uri destination, TMessage message, Guid messageId, DateTimeOffset occurredAt) where TMessage : class =>
        new(messageId, OutboxMessageTypes.NameOf(typeof(TMessage)), JsonSerializer.Serialize(message, Json), occurredAt, destination.ToString());
}
