namespace Hubs.ServiceDefaults.Messaging;

/// <summary>How a service proves and checks who published a message on the broker (section <c>Messaging</c>).</summary>
public sealed class MessagingOptions
{
    public const string Section = "Messaging";

    /// <summary>
    /// Stamp the AMQP <c>user_id</c> with the connection's user on everything this service publishes or sends. The broker
    /// refuses (406) a <c>user_id</c> other than the connection's user, so a stamped message names its publisher for sure.
    /// </summary>
    public bool StampUserId { get; set; } = true;

    /// <summary>
    /// Refuse a message unless its broker-validated <c>user_id</c> is the sender its contract declares
    /// (<see cref="Hubs.Contracts.Senders.PublishedByAttribute"/>: <c>hub-{HubId}</c> for a hub event). Only where <see cref="HubEventAdmission"/> is registered
    /// (the directory, the exchange and the hub nodes); in-memory test harnesses carry no <c>user_id</c> and turn it off.
    /// </summary>
    public bool VerifyHubIdentity { get; set; } = true;

    /// <summary>
    /// Longest wait between a receive endpoint's attempts to reach the broker again after losing it (the transport's own
    /// back-off grows to 30 s; see <see cref="ReceiveReconnect"/>). Zero keeps the transport's.
    /// </summary>
    public TimeSpan ReconnectInterval { get; set; } = TimeSpan.FromSeconds(1);
}
