using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hubs.EndToEnd.Tests.Browser;
using Hubs.EndToEnd.Tests.Staff;
using Hubs.IntegrationTests.Infrastructure;
using Hubs.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Hubs.EndToEnd.Tests.Network;

/// <summary>
/// A coordinator signs in through the real login page and watches the network (issue 14): figures follow bookings and
/// referrals without a reload, suspending a hub greys it and hides its experts, admitting brings them back, the CSV
/// downloads hold the API's figures. Shares the staff pages' federation (two hubs, the portal, the identity provider).
/// </summary>
[Collection(StaffBrowserGroup.Name)]
public sealed class NetworkPagesTests(StaffFixture network, ITestOutputHelper output)
{
    /// <summary>Conditional polling every 2 s (decision 0029) plus the projection: what "within a few seconds" promises, with room.</summary>
    private static readonly float Live = 15_000;

    [Fact]
    public async Task A_booking_at_a_hub_appears_in_consultations_per_hub_and_demand_by_topic_without_a_reload()
    {
        await using var visitor = await network.OpenAsync("network-live", "coordinator");
        var page = visitor.Page;
        Assert.Equal("/network", new Uri(page.Url).AbsolutePath);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("La rete ora");
        await visitor.StepAsync("network-now");

        await page.GetByRole(AriaRole.Link, new() { Name = "Statistiche" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Statistiche della rete");
        await Assertions.Expect(page.Locator("#period")).ToContainTextAsync("Periodo:");
        await visitor.StepAsync("statistics");
        var consultations = await SumAsync(page, "#per-hub-week-table");
        var demand = await SumAsync(page, "#by-topic-table");
        await page.EvaluateAsync("() => { window.notReloaded = true; }");

        await HeldMeeting.BookSoonAsync(network.Api, "ivrea", "Nadia Live (test)", "Officina Live");

        await Assertions.Expect(page.Locator("#per-hub-week-table")).ToBeVisibleAsync();
        await WaitForSumAsync(page, "#per-hub-week-table", consultations + 1);
        await WaitForSumAsync(page, "#by-topic-table", demand + 1);
        Assert.True(await page.EvaluateAsync<bool>("() => window.notReloaded === true"), "the page was reloaded");
        await visitor.StepAsync("statistics-after-booking");
        Assert.Empty(visitor.ForeignRequests);
        foreach (var (step, bytes) in visitor.Traffic)
        {
            output.WriteLine($"{step}: {bytes / 1024.0:0.0} KB");
        }
    }

    [Fact]
    public async Task A_warm_referral_between_two_hubs_appears_in_the_matrix()
    {
        await using var visitor = await network.OpenAsync("network-matrix", "coordinator");
        var page = visitor.Page;
        await page.GotoAsync("/network/statistics");
        var before = await CellAsync(page, "lomazzo", "ivrea");

        var (bookingId, _) = await HeldBookingAsync("lomazzo");
        var staff = TestAuth.Bearer(TestAuth.Staff("lomazzo"));
        using (var referral = new HttpRequestMessage(HttpMethod.Post, "api/hubs/lomazzo/referrals")
        {
            Content = JsonContent.Create(new { toHubId = "ivrea", bookingId, consent = true, consentVersion = "privacy-2026-01", note = "Laboratorio di robotica." }),
        })
        {
            referral.Headers.Authorization = staff;
            using var referred = await network.Api.SendAsync(referral);
            Assert.Equal(HttpStatusCode.Created, referred.StatusCode);
        }

        await Assertions.Expect(page.Locator("#warm-matrix-table td[data-from='lomazzo'][data-to='ivrea']"))
            .ToHaveTextAsync((before + 1).ToString(CultureInfo.InvariantCulture), new() { Timeout = Live });
        await visitor.StepAsync("matrix");
    }

    [Fact]
    public async Task Suspending_a_hub_greys_it_and_hides_its_experts_the_audit_trail_says_why_and_admitting_brings_them_back()
    {
        await using var visitor = await network.OpenAsync("network-membership", "coordinator");
        var page = visitor.Page;
        Assert.True(await ExpertCountAsync("ivrea") > 0);

        await page.GotoAsync("/network/hubs/ivrea");
        await visitor.StepAsync("hub");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sospendi l'hub…" }).ClickAsync();
        await Assertions.Expect(page.Locator("#reason-error")).ToBeVisibleAsync();
        await page.GetByLabel("Motivo (obbligatorio, resta nello storico)").FillAsync("Verifica della sede in corso");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sospendi l'hub…" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Sospendere l'hub di")).ToBeVisibleAsync();
        await visitor.StepAsync("suspend-confirm");
        Assert.True(await ExpertCountAsync("ivrea") > 0, "nothing happens before the confirmation");
        await page.GetByRole(AriaRole.Button, new() { Name = "Conferma" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Hub sospeso.")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("table.membership-history tbody tr").First).ToContainTextAsync("Verifica della sede in corso");
        await Assertions.Expect(page.Locator("table.membership-history tbody tr").First).ToContainTextAsync("coordinator");
        await visitor.StepAsync("suspended");

        Assert.Equal(0, await ExpertCountAsync("ivrea"));
        await page.GotoAsync("/network");
        await Assertions.Expect(page.Locator("tr[data-hub='ivrea']")).ToHaveClassAsync("hub-row-suspended");
        await Assertions.Expect(page.Locator("circle.hub-suspended")).ToHaveCountAsync(1);
        await visitor.StepAsync("network-suspended");

        await page.GotoAsync("/network/hubs/ivrea");
        await page.GetByLabel("Motivo (obbligatorio, resta nello storico)").FillAsync("Sede verificata");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ammetti l'hub…" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Conferma" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Hub ammesso")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("table.membership-history tbody tr")).ToHaveCountAsync(2);
        await Eventually.Until(() => ExpertCountAsync("ivrea"), count => count > 0, TimeSpan.FromSeconds(30), "ivrea's experts back after the resync");
        await page.GotoAsync("/network");
        await Assertions.Expect(page.Locator("circle.hub-suspended")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Every_csv_download_holds_the_apis_figures_and_no_page_or_download_carries_personal_data()
    {
        // A business books with a marker in every personal field of its intake; a practice is published, adopted and endorsed.
        var markers = PersonalDataMarkers.New();
        await HeldMeeting.BookSoonAsync(network.Api, "lomazzo", "Marta Marcatori (test)", markers: markers);
        await PracticeAdoptedAndEndorsedAsync();

        await using var visitor = await network.OpenAsync("network-csv", "coordinator");
        var page = visitor.Page;
        await page.GotoAsync("/network/statistics");
        await Assertions.Expect(page.Locator("#practice-activity-table tbody th", new() { HasText = "ComoNext" })).ToBeVisibleAsync();
        await page.Locator("#practice-activity-title").ScrollIntoViewIfNeededAsync();
        await visitor.StepAsync("practice-activity");

        // Demand by region is a choropleth of the twenty regions, Piedmont (the booking's Turin) shaded, beside its table.
        var regions = page.Locator("section[aria-labelledby='by-region-title'] .choropleth path");
        await Assertions.Expect(regions).ToHaveCountAsync(20);
        Assert.NotEqual("region-0", await regions.Filter(new() { HasText = "Piemonte" }).GetAttributeAsync("class"));
        Assert.Equal("region-0", await regions.Filter(new() { HasText = "Molise" }).GetAttributeAsync("class"));
        await page.Locator("#by-region-title").ScrollIntoViewIfNeededAsync();
        await visitor.StepAsync("demand-by-region");

        // The practices' figure downloaded as a person does (the browser's download), the rest fetched from the same links.
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.Locator("#practice-activity-title").Locator("xpath=..").GetByRole(AriaRole.Link, new() { Name = "Scarica i dati (CSV)" }).ClickAsync());
        var file = Path.Combine(Repository.Root, "TestResults", "portal", "network-practice-activity.csv");
        await download.SaveAsAsync(file);
        var downloaded = await File.ReadAllTextAsync(file);
        Assert.Contains("\r\nlomazzo,", downloaded, StringComparison.Ordinal);

        var links = await page.Locator("a[download]").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        var figures = links.Select(l => l.Split('?')[0]).Select(Path.GetFileNameWithoutExtension).ToList();
        Assert.Equal(
            ["consultations-per-hub-per-week", "demand-by-province", "demand-by-region", "demand-by-topic", "outcomes-by-category-per-week",
             "practice-activity", "practice-adoptions", "referral-matrix", "warm-referral-matrix"],
            figures.Order(StringComparer.Ordinal));

        var answers = new List<(string Name, string Content)>
        {
            ("statistics page", await page.ContentAsync()),
        };
        foreach (var link in links)
        {
            var figure = Path.GetFileNameWithoutExtension(link.Split('?')[0]);
            // Figures move while other tests book: the download and the API are compared as one moment, retried if they straddle a change.
            var (csv, expected) = await Eventually.Until(
                async () => (await TextAsync(page, link), await ExpectedCsvAsync(figure, link)),
                pair => Lines(pair.Item1).SequenceEqual(pair.Item2),
                TimeSpan.FromSeconds(20),
                $"the {figure} download equal to the API's figures");
            Assert.True(expected.Count >= 1);
            answers.Add(($"{figure}.csv", csv));
        }

        Assert.Contains(Lines(answers.Single(a => a.Name == "practice-activity.csv").Content), l => l.StartsWith("ivrea,", StringComparison.Ordinal));
        Assert.StartsWith("hubId,published,adoptionsReceived,endorsementsReceived,adoptionsMade,endorsementsGiven\r\n", downloaded, StringComparison.Ordinal);

        // The coordinators' directory export: every expert of the view, as the directory lists them.
        await page.GotoAsync("/experts?hub=lomazzo");
        var export = await page.GetByRole(AriaRole.Link, new() { Name = "Esporta questa vista (CSV)" }).GetAttributeAsync("href");
        var experts = await TextAsync(page, export!);
        var listed = new List<string>();
        for (var number = 1; ; number++)
        {
            var listing = (await network.Api.GetFromJsonAsync<JsonObject>($"api/directory/experts?hub=lomazzo&page={number}&pageSize=100"))!;
            listed.AddRange(listing["items"]!.AsArray().Select(e => $"{e!["hubId"]},{e["expertId"]}"));
            if (number * 100 >= (long)listing["total"]!)
            {
                break;
            }
        }

        var exported = Lines(experts);
        Assert.Equal("hubId,expertId,name,title,topics,languages,nextFreeBrainstorming", exported[0]);
        Assert.Equal(listed, exported.Skip(1).Select(l => string.Join(',', l.Split(',').Take(2))));
        answers.Add(("experts page", await page.ContentAsync()));
        answers.Add(("experts.csv", experts));

        foreach (var path in new[] { "/network", "/network/hubs/lomazzo", "/network/hubs/ivrea" })
        {
            await page.GotoAsync(path);
            answers.Add((path, await page.ContentAsync()));
            answers.Add(($"{path} live", await TextAsync(page, "/network/live")));
        }

        Assert.Empty(markers.LeaksIn(answers));
    }

    /// <summary>A practice lomazzo's staff publish, which ivrea's staff adopt and endorse.</summary>
    private async Task PracticeAdoptedAndEndorsedAsync()
    {
        var title = $"Vetrina per le botteghe {Guid.NewGuid():N}"[..40];
        using (var published = await network.Api.PostAsJsonAsync("api/hubs/lomazzo/practices", new
        {
            title, summary = "Dieci botteghe online in un mese.", bodyMarkdown = "## Passi\n1. Catalogo", topics = new[] { "ecommerce" },
            resultsAchieved = "Dieci negozi online.", links = Array.Empty<string>(), language = "it",
        }))
        {
            Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        }

        var practiceId = await Eventually.Until(
            async () => (await network.Api.GetFromJsonAsync<JsonObject>($"api/practices?q={Uri.EscapeDataString(title)}"))!["items"]!.AsArray()
                .Select(p => (Guid?)Guid.Parse((string)p!["practiceId"]!)).FirstOrDefault(),
            id => id is not null,
            TimeSpan.FromSeconds(30),
            "lomazzo's practice at the exchange");
        foreach (var (path, body) in new (string, object)[]
        {
            ($"api/practices/lomazzo/{practiceId}/adoptions", new { adoptingHubId = "ivrea", note = "Adattata ai negozi di Ivrea." }),
            ($"api/practices/lomazzo/{practiceId}/endorsements", new { hubId = "ivrea" }),
        })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
            request.Headers.Authorization = TestAuth.Bearer(TestAuth.Staff("ivrea"));
            using var answer = await network.Api.SendAsync(request);
            Assert.True(answer.IsSuccessStatusCode, await answer.Content.ReadAsStringAsync());
        }
    }

    /// <summary>What the API answers for a figure, as the CSV's lines (header first): the directory's JSON, or the exchange's.</summary>
    private async Task<List<string>> ExpectedCsvAsync(string figure, string link)
    {
        var query = System.Web.HttpUtility.ParseQueryString(link.Contains('?', StringComparison.Ordinal) ? link.Split('?')[1] : "");
        if (figure == "practice-activity")
        {
            var rome = TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome");
            string Midnight(DateOnly day) => new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), rome.GetUtcOffset(day.ToDateTime(TimeOnly.MinValue)))
                .ToString("O", CultureInfo.InvariantCulture);
            var from = DateOnly.ParseExact(query["from"]!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var to = DateOnly.ParseExact(query["to"]!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var activity = await CoordinatorJsonAsync($"api/practices/stats/activity?from={Uri.EscapeDataString(Midnight(from))}&to={Uri.EscapeDataString(Midnight(to.AddDays(1)))}");
            return Table(activity["hubs"]!, ["hubId", "published", "adoptionsReceived", "endorsementsReceived", "adoptionsMade", "endorsementsGiven"]);
        }

        var stats = await CoordinatorJsonAsync($"api/directory/stats?{query}");
        return figure switch
        {
            "consultations-per-hub-per-week" => Table(stats["consultationsPerHubPerWeek"]!, ["hubId", "isoWeek", "count"]),
            "demand-by-topic" => Table(stats["demandByTopic"]!, ["topic", "count"]),
            "demand-by-region" => Table(stats["demandByRegion"]!, ["region", "count"]),
            "demand-by-province" => Table(stats["demandByProvince"]!, ["provinceCode", "count"]),
            "outcomes-by-category-per-week" => Table(stats["outcomesByCategoryPerWeek"]!, ["category", "isoWeek", "count"]),
            "warm-referral-matrix" => Table(stats["referrals"]!["warm"]?["matrix"] ?? new JsonArray(), ["from", "to", "count"]),
            "referral-matrix" => Table(stats["referrals"]!["matrix"]!, ["from", "to", "count"]),
            "practice-adoptions" => Table(stats["practiceAdoptions"]!, ["practiceHubId", "adoptingHubId", "count"]),
            _ => throw new InvalidOperationException($"the page links a figure this test does not know: {figure}"),
        };
    }

    private async Task<JsonObject> CoordinatorJsonAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = TestAuth.Bearer(TestAuth.Coordinator());
        using var answer = await network.Api.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        return (await answer.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private static List<string> Table(JsonNode rows, string[] fields) =>
        [string.Join(',', fields), .. rows.AsArray().Select(r => string.Join(',', fields.Select(f => r![f]!.ToString())))];

    private static List<string> Lines(string csv) => [.. csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>What the signed-in coordinator's browser gets at <paramref name="path"/> (its cookies, the same origin).</summary>
    private static async Task<string> TextAsync(IPage page, string path)
    {
        var answer = await page.APIRequest.GetAsync(path);
        Assert.Equal(200, answer.Status);
        return await answer.TextAsync();
    }

    /// <summary>
    /// What each coordinators' page costs on the wire (compressed bodies and headers, as Chromium counts them), with
    /// JavaScript on: with an empty cache (first) and as the next page of a visit (stylesheet, fonts, scripts cached).
    /// Written to TestResults/portal/network-page-weight.tsv; held to the public pages' budgets (150 KB / 30 KB) except
    /// the statistics page's first load, which brings the chart library (desktop-first, issue 14).
    /// </summary>
    [Fact]
    public async Task The_network_pages_weigh_what_the_budget_allows()
    {
        await using var visitor = await network.OpenAsync("network-weight", "coordinator");
        var page = visitor.Page;
        var browser = await page.Context.NewCDPSessionAsync(page);
        var rows = new List<string> { "page\tfirst bytes\tnext bytes" };
        var over = new List<string>();
        foreach (var (name, path, firstBudget) in new[]
        {
            ("network now", "/network", 150L * 1024),
            ("statistics", "/network/statistics", 300L * 1024),
            ("hub", "/network/hubs/lomazzo", 150L * 1024),
            ("experts (coordinator)", "/experts?hub=lomazzo", 150L * 1024),
        })
        {
            await browser.SendAsync("Network.clearBrowserCache");
            await visitor.LoadAsync("/network/live");
            var first = await visitor.LoadAsync(path);
            await visitor.LoadAsync(path == "/network" ? "/network/statistics" : "/network");
            var next = await visitor.LoadAsync(path);
            rows.Add(string.Create(CultureInfo.InvariantCulture, $"{name}\t{first}\t{next}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"NETWORK bytes {name}: first {first / 1024.0:F1} KB, next {next / 1024.0:F1} KB"));
            if (first > firstBudget || next > 30 * 1024)
            {
                over.Add(string.Create(CultureInfo.InvariantCulture, $"{name} ({path}): first {first} B (budget {firstBudget}), next {next} B"));
            }
        }

        await File.WriteAllLinesAsync(Path.Combine(Repository.Root, "TestResults", "portal", "network-page-weight.tsv"), rows);
        Assert.Empty(visitor.ForeignRequests);
        Assert.Empty(over);
    }

    [Fact]
    public async Task Staff_get_the_403_page_and_nobody_signed_in_the_login_page()
    {
        await using (var staff = await network.OpenAsync("network-staff", "staff.lomazzo"))
        {
            var refused = await staff.Page.GotoAsync("/network/statistics");
            Assert.Equal(403, refused!.Status);
            var live = await staff.Page.APIRequest.GetAsync("/network/live");
            Assert.Equal(403, live.Status);
        }

        await using var anonymous = await network.OpenAsync("network-anonymous", account: null);
        await anonymous.Page.GotoAsync("/network");
        await anonymous.Page.WaitForURLAsync($"{network.Identity.BaseAddress}**");
    }

    private async Task<(Guid BookingId, string Token)> HeldBookingAsync(string hubId)
    {
        var (bookingId, token, start) = await HeldMeeting.BookSoonAsync(network.Api, hubId, "Sara Matrice (test)", "Officina Matrice");
        var wait = start - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(2);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }

        using var outcome = new HttpRequestMessage(HttpMethod.Post, $"api/hubs/{hubId}/bookings/{bookingId}/outcome")
        {
            Content = JsonContent.Create(new { attendance = "held", category = "referred-to-another-hub" }),
        };
        outcome.Headers.Authorization = TestAuth.Bearer(TestAuth.Staff(hubId));
        using var recorded = await network.Api.SendAsync(outcome);
        Assert.True(recorded.IsSuccessStatusCode, await recorded.Content.ReadAsStringAsync());
        return (bookingId, token);
    }

    private async Task<long> ExpertCountAsync(string hubId) =>
        (long)(await network.Api.GetFromJsonAsync<JsonObject>($"api/directory/experts?hub={hubId}"))!["total"]!;

    private static Task<long> SumAsync(IPage page, string table) =>
        page.EvaluateAsync<long>($"() => Array.from(document.querySelectorAll('{table} tbody td')).reduce((s, td) => s + Number(td.textContent.trim()), 0)");

    private static async Task WaitForSumAsync(IPage page, string table, long expected) =>
        await page.WaitForFunctionAsync(
            $"n => Array.from(document.querySelectorAll('{table} tbody td')).reduce((s, td) => s + Number(td.textContent.trim()), 0) >= n",
            expected,
            new() { Timeout = Live });

    private static async Task<long> CellAsync(IPage page, string from, string to)
    {
        var cell = page.Locator($"#warm-matrix-table td[data-from='{from}'][data-to='{to}']");
        return await cell.CountAsync() == 0 ? 0 : long.Parse(await cell.TextContentAsync() ?? "0", CultureInfo.InvariantCulture);
    }
}
