using System.Diagnostics;
using System.Net.Http.Json;
using Hubs.Benchmarks.Measurement;

namespace Hubs.Benchmarks.Directory;

/// <summary>
/// The mix of directory calls a user makes through the gateway: expert searches (text, topic, region, language, free
/// within N days, hub, paging; every answer carries the four facets) and referrals. Calls take turns by round, and
/// each search query keeps its own latencies too.
/// </summary>
internal sealed class DirectoryRequests(HttpClient gateway)
{
    public static readonly string[] Searches =
    [
        "/api/directory/experts?q=energia",
        "/api/directory/experts?q=marketing%20digitale",
        "/api/directory/experts?topic=cybersecurity",
        "/api/directory/experts?topic=ecommerce&topic=digital-marketing&language=en",
        "/api/directory/experts?region=Lombardia",
        "/api/directory/experts?language=de&page=2",
        "/api/directory/experts?freeWithinDays=7",
        "/api/directory/experts?q=giulia&region=Piemonte&topic=grants",
        "/api/directory/experts?hub=bologna&pageSize=50",
        "/api/directory/experts",
    ];

    private static readonly object[] Referrals =
    [
        new { provinceCode = "MI", topics = new[] { "ecommerce" }, language = "it" },
        new { provinceCode = "NA", topics = new[] { "grants", "internationalisation" }, atecoSection = "C", sizeClass = "micro", urgency = "soon" },
        new { provinceCode = "TO", topics = new[] { "cybersecurity", "ai-data" }, language = "en", urgency = "urgent" },
        new { provinceCode = "PA", topics = new[] { "energy" }, sizeClass = "small", referrer = new { kind = "chamber-of-commerce", name = "Camera di commercio (demo)" } },
        new { provinceCode = "VE", topics = new[] { "industry-4-0", "organisation-finance", "digital-marketing" }, language = "de" },
        new { provinceCode = "BO", topics = new[] { "ai-data" }, atecoSection = "J", sizeClass = "startup", language = "en" },
        new { provinceCode = "CA", topics = new[] { "digital-marketing", "ecommerce" }, urgency = "urgent" },
        new { provinceCode = "CO", topics = new[] { "grants" }, referrer = new { kind = "bank", name = "Banca locale (demo)" } },
    ];

    public Latencies[] ByQuery { get; } = [.. Searches.Select(_ => new Latencies())];

    public async Task SearchAsync(int round, CancellationToken cancellationToken)
    {
        var query = round % Searches.Length;
        var started = Stopwatch.GetTimestamp();
        using var response = await gateway.GetAsync(Searches[query], cancellationToken);
        await EnsureSuccessAsync(response, Searches[query], cancellationToken);
        ByQuery[query].Add(started);
    }

    public async Task ReferAsync(int round, CancellationToken cancellationToken)
    {
        using var response = await gateway.PostAsJsonAsync("/api/directory/referrals", Referrals[round % Referrals.Length], cancellationToken);
        await EnsureSuccessAsync(response, "POST /api/directory/referrals", cancellationToken);
    }

    public async Task AliveAsync(int round, CancellationToken cancellationToken)
    {
        using var response = await gateway.GetAsync("/alive", cancellationToken);
        await EnsureSuccessAsync(response, "/alive", cancellationToken);
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{what} answered {(int)response.StatusCode}: {body}");
        }
    }
}
