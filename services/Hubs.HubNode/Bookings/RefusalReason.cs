namespace Hubs.HubNode.Bookings;

/// <summary>Why the desk said no; <see cref="BookingsApi"/> turns each into its status code.</summary>
public enum RefusalReason
{
    ExpertNotFound,
    BookingNotFound,
    CaseNotFound,

    /// <summary>The requested start is not in the future (422: the request can never succeed).</summary>
    SlotInPast,
    SlotNotOffered,
    SlotTaken,
    BusinessLimitReached,
    FollowupNotAllowed,

    /// <summary>Inside the minimum notice before the meeting.</summary>
    TooLate,

    /// <summary>The booking is cancelled, held or a no-show: it can no longer change that way.</summary>
    NotBooked,
    OutcomeTooEarly,
    OutcomeAlreadyRecorded,

    /// <summary>Concurrent writers kept changing the booking; the caller may retry.</summary>
    Contended,
}
