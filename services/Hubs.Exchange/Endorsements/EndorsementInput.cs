namespace Hubs.Exchange.Endorsements;

/// <summary>The body of <c>POST …/endorsements</c>: the endorsing hub.</summary>
public sealed class EndorsementInput
{
    public string? HubId { get; set; }
}
