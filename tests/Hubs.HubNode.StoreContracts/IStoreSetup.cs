namespace Hubs.HubNode.StoreContracts;

/// <summary>A new, empty hub-node store of one provider, for one test.</summary>
public interface IStoreSetup
{
    /// <summary>The configuration that selects the provider and points it at this store (<c>Storage:*</c>).</summary>
    IReadOnlyDictionary<string, string?> Settings { get; }

    /// <summary>Gets the store ready before the node opens it (checks that the server answers, for one).</summary>
    Task CreateAsync();

    /// <summary>Removes the store once the test is over (its file, its database).</summary>
    Task DeleteAsync();
}
