using System.Net;
using Microsoft.Extensions.Caching.Memory;

namespace Hubs.Portal.Gateway;

/// <summary>
/// One hub node through the gateway: its profile, experts, free slots, consent text and bookings. The manage token
/// travels in the X-Manage-Token header, never in a URL the portal requests (so it is in no access log).
/// A hub's profile, experts and consent text are reused for <see cref="FactsLifetime"/>; slots and bookings never are.
/// </summary>
public sealed class HubClient(HttpClient http, IMemoryCache cache)
{
    /// <summary>
    /// How long a hub's profile, experts and consent text are reused. They change a few times a day and the booking
    /// page needs all three on every render: asking once per 15 s keeps its render near the cost of its slots. A staff
    /// edit reaches the public pages within that time; a new consent version meanwhile is answered by the booking's
    /// own 409, and the page then shows the new text (fetched afresh, <see cref="ForgetConsent"/>).
    /// </summary>
    public static readonly TimeSpan FactsLifetime = TimeSpan.FromSeconds(15);

    private const string ManageTokenHeader = "X-Manage-Token";

    public Task<ApiResult<HubProfile>> ProfileAsync(string hubId, CancellationToken cancellationToken) =>
        RememberedAsync("profile", hubId, () => GatewayCalls.SendAsync<HubProfile>(http, GatewayCalls.Get($"api/hubs/{Escape(hubId)}/profile"), "a hub's profile", cancellationToken), r => r.Succeeded);

    public Task<IReadOnlyList<HubExpert>> ExpertsAsync(string hubId, CancellationToken cancellationToken) =>
        RememberedAsync<IReadOnlyList<HubExpert>>("experts", hubId, async () =>
        {
            var result = await GatewayCalls.SendAsync<List<HubExpert>>(http, GatewayCalls.Get($"api/hubs/{Escape(hubId)}/experts"), "a hub's experts", cancellationToken);
            return result.Value ?? (IReadOnlyList<HubExpert>)[];
        }, experts => experts.Count > 0);

    /// <summary>Free slots from <paramref name="from"/> to <paramref name="to"/> (instants), of one expert or all.</summary>
    public Task<ApiResult<List<FreeSlot>>> SlotsAsync(string hubId, string kind, Guid? expert, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var query = GatewayCalls.Query(
            ("kind", kind), ("expert", expert?.ToString()), ("from", from.ToString("yyyy-MM-dd'T'HH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture)),
            ("to", to.ToString("yyyy-MM-dd'T'HH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture)));
        return GatewayCalls.SendAsync<List<FreeSlot>>(http, GatewayCalls.Get($"api/hubs/{Escape(hubId)}/slots?{query}"), "a hub's slots", cancellationToken);
    }

    /// <summary>The hub's consent text (Italian and English) and its version, shown on the intake and sent back with it.</summary>
    public Task<ConsentText> ConsentAsync(string hubId, CancellationToken cancellationToken) =>
        RememberedAsync("consent", hubId, async () =>
        {
            var result = await GatewayCalls.SendAsync<ConsentText>(http, GatewayCalls.Get($"api/hubs/{Escape(hubId)}/consent"), "a hub's consent text", cancellationToken);
            // Without its text nobody can consent: the page says the hub is not reachable rather than offer a form that must fail.
            return result.Value is { Version.Length: > 0 } consent ? consent : throw new GatewayFailureException(System.Net.HttpStatusCode.ServiceUnavailable, "a hub's consent text");
        }, _ => true);

    /// <summary>The hub answered that the consent version sent is not current: the next <see cref="ConsentAsync"/> asks it again.</summary>
    public void ForgetConsent(string hubId) => cache.Remove(Key("consent", hubId));

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

    private async Task<T> RememberedAsync<T>(string what, string hubId, Func<Task<T>> fetch, Func<T, bool> keep)
    {
        var key = Key(what, hubId);
        if (cache.TryGetValue(key, out T? known) && known is not null)
        {
            return known;
        }

        var fresh = await fetch();
        if (keep(fresh))
        {
            cache.Set(key, fresh, FactsLifetime);
        }

        return fresh;
    }

    private static string Key(string what, string hubId) => $"hub:{hubId.ToLowerInvariant()}:{what}";

    private static string Escape(string segment) => Uri.EscapeDataString(segment);
}
