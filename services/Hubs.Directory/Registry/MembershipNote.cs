namespace Hubs.Directory.Registry;

/// <summary>Who decides a membership change, when, and why: kept with the decision in the hub's audit trail.</summary>
/// <param name="Actor">The coordinator's account (the token's subject), never a business's data.</param>
public sealed record MembershipNote(string Actor, string Reason, DateTimeOffset At);
