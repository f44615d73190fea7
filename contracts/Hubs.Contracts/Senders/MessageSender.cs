namespace Hubs.Contracts.Senders;

/// <summary>Who may put a message on the network (see <see cref="PublishedByAttribute"/>).</summary>
public enum MessageSender
{
    /// <summary>The hub the message names (its <see cref="PublishedByAttribute.HubProperty"/>), as broker user <c>hub-{id}</c>, and no other hub.</summary>
    NamedHub,

    /// <summary>The directory, as broker user <c>directory</c>.</summary>
    Directory,

    /// <summary>The exchange, as broker user <c>exchange</c>.</summary>
    Exchange,
}
