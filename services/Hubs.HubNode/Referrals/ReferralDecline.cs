using Hubs.Contracts.Referrals;
using Hubs.ServiceDefaults.Http;

namespace Hubs.HubNode.Referrals;

/// <summary>The validated body of a decline: the staff's reason, required, bounded.</summary>
public sealed record ReferralDecline(string Reason) : IRequestDraft<ReferralDecline>
{
    public static ValueTask<Valid<ReferralDecline>> ReadAsync(HttpContext http) =>
        Valid.ReadAsync<ReferralDeclineInput, ReferralDecline>(http, "the decline", Validate);

    private static Dictionary<string, string[]> Validate(ReferralDeclineInput input, out ReferralDecline? draft)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var reason = TextRules.Text(input.Reason, "reason", ReferralLimits.MaxDeclineReasonLength, multiline: true, errors, "reason for declining");
        draft = reason is null ? null : new ReferralDecline(reason);
        return errors;
    }
}
