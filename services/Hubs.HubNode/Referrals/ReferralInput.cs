namespace Hubs.HubNode.Referrals;

/// <summary>The body of <c>POST …/referrals</c>: refer the business of a meeting here to another hub. Everything nullable: <see cref="ReferralValidation"/> reports what is wrong.</summary>
public sealed class ReferralInput
{
    public string? ToHubId { get; set; }

    /// <summary>The meeting here whose outcome was <c>referred-to-another-hub</c>.</summary>
    public string? BookingId { get; set; }

    /// <summary>The business agreed to hand its intake to the other hub; must be true.</summary>
    public bool? Consent { get; set; }

    /// <summary>Which version of the consent text the business was shown.</summary>
    public string? ConsentVersion { get; set; }

    /// <summary>A note for the other hub's staff, at most 2000 characters.</summary>
    public string? Note { get; set; }
}
