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
    /// <summary>Conditional polling every 3 s (decision 0029) plus the projection: what "within a few seconds" promises, with room.</summary>
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
    public async Task The_csv_downloads_hold_the_apis_figures()
    {
        await using var visitor = await network.OpenAsync("network-csv", "coordinator");
        var page = visitor.Page;
        await page.GotoAsync("/network/statistics");
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.Locator("#by-topic-title").Locator("xpath=..").GetByRole(AriaRole.Link, new() { Name = "Scarica i dati (CSV)" }).ClickAsync());
        var file = Path.Combine(Repository.Root, "TestResults", "portal", "network-demand-by-topic.csv");
        await download.SaveAsAsync(file);
        var csv = await File.ReadAllTextAsync(file);

        using var request = new HttpRequestMessage(HttpMethod.Get, "api/directory/stats");
        request.Headers.Authorization = TestAuth.Bearer(TestAuth.Coordinator());
        using var answer = await network.Api.SendAsync(request);
        var stats = (await answer.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(
            ["topic,count", .. stats["demandByTopic"]!.AsArray().Select(t => $"{t!["topic"]},{t["count"]}")],
            csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
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
