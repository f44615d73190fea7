namespace Hubs.HubNode.Bookings;

/// <summary>What <see cref="IBookingStore.AddAsync"/> did.</summary>
public enum BookingClaim
{
    Booked,

    /// <summary>The expert's time (the meeting or the buffer after it) overlaps another booking's.</summary>
    SlotTaken,

    /// <summary>The business already holds the most open bookings allowed.</summary>
    BusinessLimitReached,

    /// <summary>A follow-up named a case this hub does not have.</summary>
    CaseUnknown,

    /// <summary>A follow-up named a case opened by another business (e-mail).</summary>
    CaseOfAnotherBusiness,

    /// <summary>The case's latest recorded outcome is not a held meeting recommending a follow-up.</summary>
    FollowupNotRecommended,

    /// <summary>The case already has a follow-up booked.</summary>
    FollowupAlreadyBooked,
}
