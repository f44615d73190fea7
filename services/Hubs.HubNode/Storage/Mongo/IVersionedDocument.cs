using Hubs.HubNode.Versioning;
using MongoDB.Driver;

namespace Hubs.HubNode.Storage.Mongo;

/// <summary>A versioned resource's document (<see cref="MongoVersionedStore{T, TDocument}"/>); filters in its own typed terms.</summary>
internal interface IVersionedDocument<TDocument, T>
    where TDocument : IVersionedDocument<TDocument, T>
    where T : class, IVersioned<T>
{
    /// <summary>The resource with <paramref name="id"/>.</summary>
    static abstract FilterDefinition<TDocument> WithId(Guid id);

    /// <summary>Not ended: shown, and still open to change.</summary>
    static abstract FilterDefinition<TDocument> Active { get; }

    static abstract FilterDefinition<TDocument> AtVersion(long version);

    /// <summary>The order of the active list.</summary>
    static abstract SortDefinition<TDocument> ListedOrder { get; }

    static abstract TDocument From(T entity);

    T ToEntity();
}
