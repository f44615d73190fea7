namespace Hubs.Directory.Referrals;

/// <summary>
/// The body of <c>POST /api/directory/referrals/{referralId}/accept</c>: the business picks one of the ranked hubs and
/// consents to hand it its intake. The directory forwards the intake to that hub and keeps none of it.
/// </summary>
public sealed class AcceptanceInput
{
    /// <summary>One of the hubs the referral ranked.</summary>
    public string? HubId { get; set; }

    /// <summary>Must be true: the business agrees that its intake goes to that hub.</summary>
    public bool? Consent { get; set; }

    /// <summary>Which version of the consent text the business was shown.</summary>
    public string? ConsentVersion { get; set; }

    public AcceptanceIntakeInput? Intake { get; set; }
}
