using System.Collections.Frozen;
using System.Reflection;
using Hubs.Contracts.Events;
using MassTransit;

namespace Hubs.ServiceDefaults.Outbox;

/// <summary>
/// Names outbox rows by the contract's message URN rather than the CLR type name: a row written before a type is
/// renamed or moved still finds its type after the deploy.
/// </summary>
public static class OutboxMessageTypes
{
    // Events, and the commands a hub sends through its outbox (they name themselves with [MessageUrn] too).
    private static readonly FrozenDictionary<Type, string> NameByType = typeof(IHubEvent).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false }
            && (typeof(IHubEvent).IsAssignableFrom(t) || t.GetCustomAttribute<MessageUrnAttribute>() is not null))
        .ToFrozenDictionary(t => t, t => t.GetCustomAttribute<MessageUrnAttribute>()?.Urn.ToString() ?? t.FullName!);

    private static readonly FrozenDictionary<string, Type> TypeByName = NameByType.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    public static string NameOf(Type eventType) => NameByType.TryGetValue(eventType, out var name)
        ? name
        : throw new ArgumentException($"{eventType} is not a Hubs contract event.", nameof(eventType));

    public static Type? Find(string messageType) => TypeByName.GetValueOrDefault(messageType);
}
