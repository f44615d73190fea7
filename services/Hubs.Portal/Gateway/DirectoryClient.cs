using System.Globalization;

namespace Hubs.Portal.Gateway;

/// <summary>The directory through the gateway: the hubs, the experts across hubs, the referral ranking.</summary>
public sealed class DirectoryClient(HttpClient http)
{
    public async Task<IReadOnlyList<HubSummary>> HubsAsync(CancellationToken cancellationToken) =>
        (await GatewayCalls.SendAsync<List<HubSummary>>(http, GatewayCalls.Get("api/directory/hubs"), "the hubs", cancellationToken)).Value ?? [];

    public Task<ApiResult<ReferralAnswer>> ReferAsync(ReferralNeed need, CancellationToken cancellationToken) =>
        GatewayCalls.SendAsync<ReferralAnswer>(http, GatewayCalls.Post("api/directory/referrals", need), "a referral", cancellationToken);

    public Task<ApiResult<ExpertListing>> ExpertsAsync(ExpertFilter filter, int pageSize, CancellationToken cancellationToken)
    {
        var query = GatewayCalls.Query(
            ("topic", filter.Topic), ("hub", filter.Hub), ("q", filter.Q), ("language", filter.Language), ("region", filter.Region),
            ("province", filter.Province), ("freeWithinDays", filter.FreeWithinDays?.ToString(CultureInfo.InvariantCulture)),
            ("page", filter.Page.ToString(CultureInfo.InvariantCulture)), ("pageSize", pageSize.ToString(CultureInfo.InvariantCulture)));
        return GatewayCalls.SendAsync<ExpertListing>(http, GatewayCalls.Get($"api/directory/experts?{query}"), "the experts", cancellationToken);
    }
}
