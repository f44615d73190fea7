namespace Hubs.ServiceDefaults.Messaging;

/// <summary>Why <see cref="HubEventAdmission{T}"/> kept a message from its consumer.</summary>
public enum EventRefusal
{
    /// <summary>A hub event published by another broker user than <c>hub-{HubId}</c>: one hub speaking for another.</summary>
    Impersonation,

    /// <summary>A hub event without a broker-validated <c>user_id</c>: nobody vouches for its publisher.</summary>
    Unidentified,

    /// <summary>A message other than a hub event from a user not among the trusted publishers.</summary>
    UntrustedPublisher,

    /// <summary>An event of a hub the network has suspended: ignored until it is admitted again and resynced.</summary>
    SuspendedHub,
}
