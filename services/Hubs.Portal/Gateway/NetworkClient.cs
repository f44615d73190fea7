using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

namespace Hubs.Portal.Gateway;

/// <summary>
/// The directory through the gateway, for the network's coordinators: hubs with their status, statistics (JSON, CSV,
/// and the conditional poll of live pages), membership decisions and their audit trail, resync; and the exchange's
/// statistics of the practices. Every call carries the
/// signed-in person's access token (<see cref="Auth.UserAccessToken"/>): the directory decides who is a coordinator.
/// </summary>
public sealed class NetworkClient(HttpClient http)
{
    /// <summary>The hubs as the directory wrote them (a live page hashes this text for its tag) and as records.</summary>
    public async Task<(string Json, IReadOnlyList<NetworkHub> Hubs)> HubsAsync(CancellationToken cancellationToken)
    {
        var json = (await GatewayCalls.SendAsync<string>(http, GatewayCalls.Get("api/directory/hubs"), "the hubs", cancellationToken)).Value ?? "[]";
        return (json, System.Text.Json.JsonSerializer.Deserialize<List<NetworkHub>>(json, GatewayCalls.Json) ?? []);
    }

    public Task<ApiResult<NetworkHub>> HubAsync(string hubId, CancellationToken cancellationToken) =>
        GatewayCalls.SendAsync<NetworkHub>(http, GatewayCalls.Get($"{Hub(hubId)}"), "a hub", cancellationToken);

    public async Task<IReadOnlyList<MembershipEntry>> MembershipAsync(string hubId, CancellationToken cancellationToken) =>
        (await GatewayCalls.SendAsync<List<MembershipEntry>>(http, GatewayCalls.Get($"{Hub(hubId)}/membership"), "a hub's membership", cancellationToken)).Value ?? [];

    /// <summary><paramref name="action"/> is <c>suspend</c> or <c>admit</c>.</summary>
    public Task<ApiResult<MembershipDecision>> DecideAsync(string hubId, string action, string reason, CancellationToken cancellationToken) =>
        GatewayCalls.SendAsync<MembershipDecision>(http, GatewayCalls.Post($"{Hub(hubId)}/{action}", new { reason }), "a membership decision", cancellationToken);

    /// <summary>Asks one hub, or every hub when <paramref name="hubId"/> is null, to republish its state.</summary>
    public Task<ApiResult<ResyncReceipt>> ResyncAsync(string? hubId, CancellationToken cancellationToken) =>
        GatewayCalls.SendAsync<ResyncReceipt>(http, GatewayCalls.Post("api/directory/resync", hubId is null ? null : new { hubId }), "a resync", cancellationToken);

    /// <summary>The statistics over the period with the directory's entity tag; a problem (e.g. a bad date) instead when refused.</summary>
    public async Task<(NetworkStats? Stats, string Tag, ApiProblem? Problem)> StatsAsync(string? from, string? to, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(GatewayCalls.Get($"api/directory/stats?{Period(from, to)}"), "the statistics", cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return (null, "", await ApiProblem.ReadAsync(response, cancellationToken));
        }

        var stats = await response.Content.ReadFromJsonAsync<NetworkStats>(GatewayCalls.Json, cancellationToken);
        return (stats, response.Headers.ETag?.Tag ?? "", null);
    }

    /// <summary>One figure as CSV, as the directory writes it; null with the problem when refused.</summary>
    public async Task<(byte[]? Csv, string? FileName, ApiProblem? Problem)> FigureCsvAsync(string figure, string? from, string? to, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(GatewayCalls.Get($"api/directory/stats/{Uri.EscapeDataString(figure)}.csv?{Period(from, to)}"), "a statistics download", cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return (null, null, await ApiProblem.ReadAsync(response, cancellationToken));
        }

        return (await response.Content.ReadAsByteArrayAsync(cancellationToken), response.Content.Headers.ContentDisposition?.FileNameStar ?? $"{figure}.csv", null);
    }

    /// <summary>
    /// The statistics' entity tag, asked with <paramref name="known"/>: null when unchanged (the directory answered 304,
    /// with no body), the new tag otherwise (decision 0029).
    /// </summary>
    public Task<string?> StatsTagAsync(string? from, string? to, string? known, CancellationToken cancellationToken) =>
        TagAsync($"api/directory/stats?{Period(from, to)}", known, "the statistics", cancellationToken);

    /// <summary>
    /// The exchange's practices published, adopted and endorsed per hub over the days <paramref name="from"/> to
    /// <paramref name="to"/> in Italy, with the exchange's entity tag.
    /// </summary>
    public async Task<(PracticeActivity Activity, string Tag)> PracticeActivityAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(GatewayCalls.Get($"{PracticeActivityPath}?{Days(from, to)}"), "the practices' statistics", cancellationToken);
        response.EnsureSuccessStatusCode();
        var activity = await response.Content.ReadFromJsonAsync<PracticeActivity>(GatewayCalls.Json, cancellationToken);
        return (activity ?? new PracticeActivity([]), response.Headers.ETag?.Tag ?? "");
    }

    /// <summary>The practice activity's entity tag, as <see cref="StatsTagAsync"/> asks the directory's.</summary>
    public Task<string?> PracticeActivityTagAsync(DateOnly from, DateOnly to, string? known, CancellationToken cancellationToken) =>
        TagAsync($"{PracticeActivityPath}?{Days(from, to)}", known, "the practices' statistics", cancellationToken);

    /// <summary>The practice activity as CSV, as the exchange writes it.</summary>
    public async Task<(byte[] Csv, string FileName)> PracticeActivityCsvAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(GatewayCalls.Get($"{PracticeActivityPath}.csv?{Days(from, to)}"), "a statistics download", cancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadAsByteArrayAsync(cancellationToken),
            string.Create(CultureInfo.InvariantCulture, $"{PracticeActivityFigure}_{from:yyyy-MM-dd}_{to:yyyy-MM-dd}.csv"));
    }

    /// <summary>The figure's name in the portal's downloads, as the directory names its own.</summary>
    public const string PracticeActivityFigure = "practice-activity";

    private const string PracticeActivityPath = "api/practices/stats/activity";

    private async Task<string?> TagAsync(string path, string? known, string what, CancellationToken cancellationToken)
    {
        var request = GatewayCalls.Get(path);
        if (known is { Length: > 0 } && EntityTagHeaderValue.TryParse(known, out var tag))
        {
            request.Headers.IfNoneMatch.Add(tag);
        }

        using var response = await SendAsync(request, what, cancellationToken);
        return response.StatusCode == HttpStatusCode.NotModified ? null : response.Headers.ETag?.Tag ?? "";
    }

    private Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, string what, CancellationToken cancellationToken) =>
        GatewayCalls.SendRawAsync(http, request, what, cancellationToken);

    private static string Period(string? from, string? to) => GatewayCalls.Query(("from", from), ("to", to));

    // The exchange counts instants in [from, to): the days in Italy, from the first one's midnight to the day after the last.
    private static string Days(DateOnly from, DateOnly to) => GatewayCalls.Query(
        ("from", Components.Network.NetworkWeek.StartOf(from).ToString("O", CultureInfo.InvariantCulture)),
        ("to", Components.Network.NetworkWeek.StartOf(to.AddDays(1)).ToString("O", CultureInfo.InvariantCulture)));

    private static string Hub(string hubId) => $"api/directory/hubs/{Uri.EscapeDataString(hubId)}";
}
