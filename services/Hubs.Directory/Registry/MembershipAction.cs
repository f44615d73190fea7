namespace Hubs.Directory.Registry;

/// <summary>
/// One entry of a hub's membership audit trail: a coordinator <see cref="Action"/> (<c>suspend</c> or <c>admit</c>)
/// the hub at <see cref="At"/> because of <see cref="Reason"/>. <see cref="Changed"/> is false when the hub already was
/// in that state (the decision is kept all the same); <see cref="MembershipVersion"/> is the membership after it.
/// </summary>
public sealed record MembershipAction(
    long Sequence, string HubId, string Action, bool Changed, long MembershipVersion, string Reason, string Actor, DateTimeOffset At)
{
    public const string Suspend = "suspend";
    public const string Admit = "admit";
}
