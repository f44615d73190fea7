namespace Hubs.HubNode.Bookings;

/// <summary>
/// What the business gets back once, when it books. <see cref="ManageToken"/> is shown only here (the hub keeps its
/// hash); <see cref="InviteUrl"/> and <see cref="ManageUrl"/> carry it so they work from an e-mail, and are paths on
/// the gateway's origin.
/// </summary>
public sealed record BookingCreatedResponse(
    Guid Id,
    string ManageToken,
    string VideoLink,
    string InviteUrl,
    string ManageUrl,
    DateTimeOffset Start,
    DateTimeOffset End,
    string Kind,
    Guid ExpertId,
    string Status,
    Guid CaseId,
    long Version);
