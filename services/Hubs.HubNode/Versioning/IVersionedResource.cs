using Hubs.ServiceDefaults.Http;

namespace Hubs.HubNode.Versioning;

/// <summary>
/// A versioned resource the hub's API creates, revises and ends from a validated <typeparamref name="TDraft"/>, shown as
/// <typeparamref name="TResponse"/>: what <see cref="VersionedEndpoints"/> needs to serve it.
/// </summary>
public interface IVersionedResource<TSelf, TDraft, TResponse> : IVersioned<TSelf>
    where TSelf : class, IVersionedResource<TSelf, TDraft, TResponse>
    where TDraft : class, IRequestDraft<TDraft>
{
    /// <summary>The collection's path segment under the hub's routes: "experts".</summary>
    static abstract string Collection { get; }

    /// <summary>Version 1 of a new resource made from <paramref name="draft"/>.</summary>
    static abstract TSelf First(TDraft draft, Guid id, DateTimeOffset at);

    /// <summary>As the API shows it.</summary>
    static abstract TResponse Response(TSelf entity);

    /// <summary>This resource with <paramref name="draft"/>'s content; null when it already has it (nothing to store, no event).</summary>
    TSelf? Revised(TDraft draft);

    /// <summary>This resource ended (retired, withdrawn) at <paramref name="at"/>.</summary>
    TSelf Ended(DateTimeOffset at);
}
