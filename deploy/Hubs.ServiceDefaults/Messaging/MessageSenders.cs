using System.Reflection;
using Hubs.Contracts.Senders;

namespace Hubs.ServiceDefaults.Messaging;

/// <summary>
/// What the contracts declare (<see cref="PublishedByAttribute"/>) about who may put <typeparamref name="T"/> on the
/// network, read once per message type.
/// </summary>
internal static class MessageSenders<T>
    where T : class
{
    private static readonly PublishedByAttribute? Declared = typeof(T).GetCustomAttribute<PublishedByAttribute>();

    private static readonly PropertyInfo? HubProperty = Declared is { } d && d.Senders.Contains(MessageSender.NamedHub)
        ? typeof(T).GetProperty(d.HubProperty) ?? throw new InvalidOperationException($"{typeof(T).Name} has no property {d.HubProperty} naming its hub.")
        : null;

    /// <summary>Whether the contracts say who may publish it; a message they do not is refused.</summary>
    public static bool IsDeclared => Declared is not null;

    /// <summary>Whether a hub publishes it about itself (so a suspended hub's copy is ignored), rather than a service.</summary>
    public static bool ByHub => HubProperty is not null;

    /// <summary>The one broker user that may have sent <paramref name="message"/>; null when nobody may.</summary>
    public static string? AllowedUser(T message)
    {
        if (Declared is null)
        {
            return null;
        }

        if (HubProperty?.GetValue(message) is string { Length: > 0 } hubId)
        {
            return BrokerUsers.ForHub(hubId);
        }

        return Declared.Senders.Where(s => s != MessageSender.NamedHub).Select(User).FirstOrDefault();
    }

    private static string User(MessageSender sender) => sender switch
    {
        MessageSender.Directory => BrokerUsers.Directory,
        MessageSender.Exchange => BrokerUsers.Exchange,
        _ => throw new ArgumentOutOfRangeException(nameof(sender), sender, "A hub is named by the message."),
    };
}
