using System.Globalization;

namespace Hubs.Portal.Gateway;

/// <summary>The best-practice exchange through the gateway: the published practices, searched, and one in full.</summary>
public sealed class ExchangeClient(HttpClient http)
{
    public Task<ApiResult<PracticeListing>> SearchAsync(PracticeFilter filter, int pageSize, CancellationToken cancellationToken)
    {
        var query = GatewayCalls.Query(
            ("q", filter.Q), ("topic", filter.Topic), ("hub", filter.Hub),
            ("page", filter.Page.ToString(CultureInfo.InvariantCulture)), ("pageSize", pageSize.ToString(CultureInfo.InvariantCulture)));
        return GatewayCalls.SendAsync<PracticeListing>(http, GatewayCalls.Get($"api/practices?{query}"), "the practices", cancellationToken);
    }

    public Task<ApiResult<PracticeFull>> PracticeAsync(string hubId, Guid practiceId, CancellationToken cancellationToken) =>
        GatewayCalls.SendAsync<PracticeFull>(
            http, GatewayCalls.Get($"api/practices/{Uri.EscapeDataString(hubId)}/{practiceId}"), "a practice", cancellationToken);
}
