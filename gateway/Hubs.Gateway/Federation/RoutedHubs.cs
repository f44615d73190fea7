using System.Collections.Frozen;
using Microsoft.Extensions.Options;

namespace Hubs.Gateway.Federation;

/// <summary>
/// The hubs the gateway routes to now, and those it refuses because the network suspended them. Starts from
/// <c>Federation:Hubs</c>; the directory's registry (<see cref="RegistryRefresh"/>) adds every hub that announced a node
/// address and marks suspended hubs, configured or not. A configured address wins over an announced one: the operator
/// said so.
/// </summary>
public sealed class RoutedHubs
{
    private readonly IReadOnlyDictionary<string, Uri> _configured;
    private volatile State _state;

    public RoutedHubs(IOptions<FederationOptions> options)
    {
        _configured = options.Value.Hubs.Where(h => h.Value is not null)
            .ToFrozenDictionary(h => h.Key, h => h.Value!, StringComparer.Ordinal);
        _state = new State(_configured, FrozenSet<string>.Empty);
    }

    /// <summary>Hub id → node URL of every hub routed now.</summary>
    public IReadOnlyDictionary<string, Uri> Routed => _state.Routed;

    /// <summary>Whether the network suspended <paramref name="hubId"/> (its calls are refused with 403).</summary>
    public bool IsSuspended(string hubId) => _state.Suspended.Contains(hubId);

    /// <summary>Every hub the gateway knows: routed or suspended.</summary>
    public IEnumerable<string> Known => _state.Routed.Keys.Union(_state.Suspended, StringComparer.Ordinal);

    /// <summary>Takes the registry's view; true when the routed or suspended hubs changed.</summary>
    public bool Update(IEnumerable<RegisteredHub> registry)
    {
        var suspended = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var routed = new Dictionary<string, Uri>(_configured, StringComparer.Ordinal);
        foreach (var hub in registry)
        {
            if (hub.Suspended)
            {
                suspended.Add(hub.HubId);
                routed.Remove(hub.HubId);
            }
            else if (!routed.ContainsKey(hub.HubId) && hub.NodeAddress is { } address)
            {
                routed[hub.HubId] = address;
            }
        }

        var next = new State(routed.ToFrozenDictionary(StringComparer.Ordinal), suspended.ToFrozenSet(StringComparer.OrdinalIgnoreCase));
        var current = _state;
        if (next.SameAs(current))
        {
            return false;
        }

        _state = next;
        return true;
    }

    private sealed record State(IReadOnlyDictionary<string, Uri> Routed, IReadOnlySet<string> Suspended)
    {
        public bool SameAs(State other) =>
            Suspended.SetEquals(other.Suspended)
            && Routed.Count == other.Routed.Count
            && Routed.All(r => other.Routed.TryGetValue(r.Key, out var url) && url == r.Value);
    }
}
