using System.ComponentModel.DataAnnotations;

namespace Hubs.HubNode.Storage.Mongo;

/// <summary>Where the hub node keeps its MongoDB store (section <c>Storage:Mongo</c>, used when <c>Storage:Provider</c> is <c>mongo</c>).</summary>
public sealed class MongoStoreOptions
{
    public const string Section = "Storage:Mongo";

    /// <summary>A <c>mongodb://</c> or <c>mongodb+srv://</c> URL of a replica set (the store's writes are transactions).</summary>
    [Required]
    public string ConnectionString { get; set; } = "";

    /// <summary>The hub's own database, e.g. <c>hubs-hub-ivrea</c>.</summary>
    [Required]
    [RegularExpression(@"^[^/\\. ""$*<>:|?]{1,63}$", ErrorMessage = "Storage:Mongo:Database must be a MongoDB database name: 1 to 63 characters, none of / \\ . space \" $ * < > : | ?")]
    public string Database { get; set; } = "";
}
