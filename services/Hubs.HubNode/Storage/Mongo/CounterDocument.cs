namespace Hubs.HubNode.Storage.Mongo;

/// <summary>A <c>counters</c> document: a number handed out by <c>$inc</c> inside the transaction that uses it.</summary>
internal sealed class CounterDocument
{
    public string Id { get; set; } = "";
    public long Value { get; set; }
}
