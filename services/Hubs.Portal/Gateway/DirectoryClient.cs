using System.Globalization;

namespace Hubs.Portal.Gateway;

/// <summary>The directory through the gateway: the hubs, the experts across hubs, the referral ranking.</summary>
public sealed class DirectoryClient(HttpClient http)
{
    public async Task<IReadOnlyList<HubSummary>> HubsAsync(CancellationToken cancellationToken) =>
        (await GatewayCalls.SendAsync<List<HubSummary>>(http, GatewayCalls.Get("api/directory/hubs"), "the hubs", cancellationToken)).Value ?? [];

    public Task<ApiResult<ReferralAnswer>> ReferAsync(ReferralNeed need, CancellationToken cancellationToken) =>
        GatewayCalls.SendAsync<ReferralAnswer>(http, GatewayCalls.Post("api/directory/referrals", need), "a referral", cancellationToken);

    /// <summary>What a business agrees to when a referral hands its intake to a hub (shown with its version).</summary>
    public async Task<ConsentText> HandOverConsentAsync(CancellationToken cancellationToken)
    {
        var result = await GatewayCalls.SendAsync<ConsentText>(http, GatewayCalls.Get("api/directory/consent"), "the referral consent text", cancellationToken);
        return result.Value is { Version.Length: > 0 } consent ? consent : throw new GatewayFailureException(System.Net.HttpStatusCode.ServiceUnavailable, "the referral consent text");
    }

    /// <summary>The business (or its intermediary, with its consent) accepts one ranked hub: the intake goes to that hub only.</summary>
    public Task<ApiResult<AcceptedReferral>> AcceptAsync(Guid referralId, ReferralAcceptance acceptance, CancellationToken cancellationToken) =>
        GatewayCalls.SendAsync<AcceptedReferral>(http, GatewayCalls.Post($"api/directory/referrals/{referralId}/accept", acceptance), "a referral's acceptance", cancellationToken);

    public Task<ApiResult<ExpertListing>> ExpertsAsync(ExpertFilter filter, int pageSize, CancellationToken cancellationToken)
    {
        var query = GatewayCalls.Query(
            ("topic", filter.Topic), ("hub", filter.Hub), ("q", filter.Q), ("language", filter.Language), ("region", filter.Region),
            ("province", filter.Province), ("freeWithinDays", filter.FreeWithinDays?.ToString(CultureInfo.InvariantCulture)),
            ("page", filter.Page.ToString(CultureInfo.InvariantCulture)), ("pageSize", pageSize.ToString(CultureInfo.InvariantCulture)));
        return GatewayCalls.SendAsync<ExpertListing>(http, GatewayCalls.Get($"api/directory/experts?{query}"), "the experts", cancellationToken);
    }
}
