using System.Net;

namespace Hubs.Portal.Gateway;

/// <summary>
/// One hub node through the gateway: its profile, experts, free slots, consent text and bookings. The manage token
/// travels in the X-Manage-Token header, never in a URL the portal requests (so it is in no access log).
/// </summary>
public sealed class HubClient(HttpClient http)
{
    private const string ManageTokenHeader = "X-Manage-Token";

    public Task<ApiResult<HubProfile>> ProfileAsync(string hubId, CancellationToken cancellationToken) =>
        GatewayCalls.SendAsync<HubProfile>(http, GatewayCalls.Get($"api/hubs/{Escape(hubId)}/profile"), "a hub's profile", cancellationToken);

    public async Task<IReadOnlyList<HubExpert>> ExpertsAsync(string hubId, CancellationToken cancellationToken) =>
        (await GatewayCalls.SendAsync<List<HubExpert>>(http, GatewayCalls.Get($"api/hubs/{Escape(hubId)}/experts"), "a hub's experts", cancellationToken)).Value ?? [];

    /// <summary>Free slots from <paramref name="from"/> to <paramref name="to"/> (instants), of one expert or all.</summary>
    public Task<ApiResult<List<FreeSlot>>> SlotsAsync(string hubId, string kind, Guid? expert, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var query = GatewayCalls.Query(
            ("kind", kind), ("expert", expert?.ToString()), ("from", from.ToString("yyyy-MM-dd'T'HH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture)),
            ("to", to.ToString("yyyy-MM-dd'T'HH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture)));
        return GatewayCalls.SendAsync<List<FreeSlot>>(http, GatewayCalls.Get($"api/hubs/{Escape(hubId)}/slots?{query}"), "a hub's slots", cancellationToken);
    }

    /// <summary>The hub's consent text (Italian and English) and its version, shown on the intake and sent back with it.</summary>
    public async Task<ConsentText> ConsentAsync(string hubId, CancellationToken cancellationToken)
    {
        var result = await GatewayCalls.SendAsync<ConsentText>(http, GatewayCalls.Get($"api/hubs/{Escape(hubId)}/consent"), "a hub's consent text", cancellationToken);
        // Without its text nobody can consent: the page says the hub is not reachable rather than offer a form that must fail.
        return result.Value is { Version.Length: > 0 } consent ? consent : throw new GatewayFailureException(System.Net.HttpStatusCode.ServiceUnavailable, "a hub's consent text");
    }

    public Task<ApiResult<BookingCreated>> BookAsync(string hubId, BookingOrder order, CancellationToken cancellationToken) =>
        GatewayCalls.SendAsync<BookingCreated>(http, GatewayCalls.Post($"api/hubs/{Escape(hubId)}/bookings", order), "a booking", cancellationToken);

    public Task<ApiResult<BookingView>> BookingAsync(string hubId, Guid bookingId, string token, CancellationToken cancellationToken) =>
        GatewayCalls.SendAsync<BookingView>(http, WithToken(GatewayCalls.Get($"api/hubs/{Escape(hubId)}/bookings/{bookingId}"), token), "a booking", cancellationToken);

    public Task<ApiResult<BookingView>> CancelAsync(string hubId, Guid bookingId, string token, CancellationToken cancellationToken) =>
        GatewayCalls.SendAsync<BookingView>(http, WithToken(GatewayCalls.Post($"api/hubs/{Escape(hubId)}/bookings/{bookingId}/cancel", null), token), "a cancellation", cancellationToken);

    public Task<ApiResult<BookingView>> RescheduleAsync(string hubId, Guid bookingId, string token, DateTimeOffset start, CancellationToken cancellationToken) =>
        GatewayCalls.SendAsync<BookingView>(
            http,
            WithToken(GatewayCalls.Post($"api/hubs/{Escape(hubId)}/bookings/{bookingId}/reschedule", new { start = start.ToString("O", System.Globalization.CultureInfo.InvariantCulture) }), token),
            "a reschedule",
            cancellationToken);

    public static bool IsNotFound(ApiProblem? problem) => problem?.Status == HttpStatusCode.NotFound;

    private static HttpRequestMessage WithToken(HttpRequestMessage request, string token)
    {
        request.Headers.TryAddWithoutValidation(ManageTokenHeader, token);
        return request;
    }

    private static string Escape(string segment) => Uri.EscapeDataString(segment);
}
