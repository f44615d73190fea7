namespace Hubs.Contracts.Senders;

/// <summary>
/// The one declaration of who may publish (or send) a message. The consumers' admission filter reads it, and a test
/// holds the broker users' write permissions (<c>deploy/rabbitmq/definitions.template.json</c>) to it: a sender it
/// names may write to the message's exchange, no other service user may.
/// </summary>
/// <remarks>
/// With <see cref="MessageSender.NamedHub"/> and another sender (a warm referral from a hub or from the directory), a
/// message that names a hub must come from that hub, and one that names none from the other sender.
/// </remarks>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PublishedByAttribute(params MessageSender[] senders) : Attribute
{
    public IReadOnlyList<MessageSender> Senders { get; } = senders;

    /// <summary>The property naming the hub for <see cref="MessageSender.NamedHub"/> (a hub id, or null for none).</summary>
    public string HubProperty { get; init; } = "HubId";

    /// <summary>Sent to one receiver's exchange (<c>hub-{id}</c>), never published to the message's own exchange.</summary>
    public bool SentOnly { get; init; }
}
