using Hubs.ServiceDefaults.Outbox;

namespace Hubs.HubNode.Versioning;

/// <summary>
/// A resource this hub authors and tells the network about (an expert, a practice): <see cref="Version"/> grows by one
/// on every change, its ending (retirement, withdrawal) included, and every version leaves through the outbox as the
/// one event <see cref="CurrentEvent"/> builds, whether written now or republished by a snapshot.
/// </summary>
public interface IVersioned<TSelf> where TSelf : class, IVersioned<TSelf>
{
    /// <summary>What problems call it, in lower case: "expert".</summary>
    static abstract string Noun { get; }

    /// <summary>What the API still shows, in lower case: "active" (experts), "published" (practices).</summary>
    static abstract string Shown { get; }

    Guid Id { get; }
    long Version { get; }
    DateTimeOffset UpdatedAt { get; }

    /// <summary>Retired or withdrawn: kept (the snapshot still tells it), no longer shown or changed.</summary>
    bool IsEnded { get; }

    /// <summary>This state as <paramref name="version"/>, changed at <paramref name="at"/>.</summary>
    TSelf Stamped(long version, DateTimeOffset at);

    /// <summary>The event showing <paramref name="entity"/>'s current version to the network.</summary>
    static abstract OutboxMessage CurrentEvent(string hubId, TSelf entity, Guid eventId);
}
