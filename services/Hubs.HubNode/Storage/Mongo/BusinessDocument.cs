namespace Hubs.HubNode.Storage.Mongo;

/// <summary>
/// A <c>businesses</c> document: one per business (hub and lower-case e-mail), written by every booking write of that
/// business. Its only job is to make two concurrent transactions of one business touch the same document, so MongoDB
/// lets one commit and retries the other, which then counts open bookings and checks the follow-up rule again.
/// Without it both would count from their own snapshot and both could pass the limit (write skew).
/// </summary>
internal sealed class BusinessDocument
{
    public string Id { get; set; } = "";
    public long Writes { get; set; }

    public static string Key(string hubId, string email) => $"{hubId}/{email}";
}
