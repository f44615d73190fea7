namespace Hubs.HubNode.Storage.Mongo;

/// <summary>A <c>cases</c> document, written with the brainstorming booking that opens the case.</summary>
internal sealed class CaseDocument
{
    public string Id { get; set; } = "";
    public string HubId { get; set; } = "";
    public string BusinessEmail { get; set; } = "";
    public DateTime OpenedAt { get; set; }
}
