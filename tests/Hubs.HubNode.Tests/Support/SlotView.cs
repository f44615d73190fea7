namespace Hubs.HubNode.Tests.Support;

/// <summary>A slot as the JSON says it (kind as its code), to check the wire format rather than our own types.</summary>
public sealed record SlotView(Guid ExpertId, string ExpertName, string Kind, string Start, string End, string StartLocal, string EndLocal, string TimeZone);
