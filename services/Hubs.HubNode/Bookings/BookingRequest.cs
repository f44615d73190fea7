using Hubs.HubNode.Intake;
using Hubs.HubNode.Slots;
using NodaTime;

namespace Hubs.HubNode.Bookings;

/// <summary>
/// A well-formed booking request; whether the slot is free and the rules allow it is decided by <see cref="BookingDesk"/>.
/// <see cref="Intake"/> is null only for a follow-up, which then takes the intake its case was opened with.
/// </summary>
public sealed record BookingRequest(Guid ExpertId, Instant Start, ConsultationKind Kind, Guid? CaseId, BusinessIntake? Intake);
