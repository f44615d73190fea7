using Hubs.HubNode.Practices;

namespace Hubs.HubNode.Storage.Mongo;

/// <summary>Practices in MongoDB: nothing beyond the versioned writes (<see cref="MongoVersionedStore{T, TDocument}"/>).</summary>
internal sealed class MongoPracticeStore(MongoStore store) : MongoVersionedStore<Practice, PracticeDocument>(store, store.Practices), IPracticeStore;
