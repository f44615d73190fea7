using NodaTime;

namespace Hubs.HubNode.Slots;

/// <summary>A slot an expert offers, on the instant timeline.</summary>
public sealed record FreeSlot(Guid ExpertId, string ExpertName, ConsultationKind Kind, Interval Interval);
