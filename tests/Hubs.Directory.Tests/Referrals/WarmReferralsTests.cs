using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hubs.Contracts.Commands;
using Hubs.Contracts.Events;
using Hubs.Directory.Tests.Infrastructure;
using MassTransit.Testing;

namespace Hubs.Directory.Tests.Referrals;

/// <summary>
/// A business accepts one hub of a directory referral: the directory sends the intake to that hub's own queue, keeps
/// only ids, hub, status and times, and follows the status the hubs report. Each test has a directory of its own, so
/// its file can be searched for the business's data.
/// </summary>
public sealed class WarmReferralsTests
{
    private const string CompanyMarker = "Zqx-Dir-Company";
    private const string NeedMarker = "Zqx-Dir-Need";
    private const string EmailMarker = "zqx-dir-email";
    private const string VatMarker = "07643520567";

    private static async Task<string> HubAsync(DirectoryApp app)
    {
        var hub = Make.HubId();
        await app.PublishAndConsumeAsync(Make.Announced(hub, 1));
        await app.PublishAndConsumeAsync(Make.Heartbeat(hub, 1, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1)));
        await app.PublishAndConsumeAsync(Make.Published(hub, Guid.NewGuid(), 1, competencies: ["cybersecurity"]));
        return hub;
    }

    private static async Task<Guid> ReferAsync(DirectoryApp app)
    {
        using var response = await app.Client.PostAsJsonAsync("/api/directory/referrals", new { provinceCode = "CO", topics = new[] { "cybersecurity" } });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["referralId"]!.GetValue<Guid>();
    }

    private static object Acceptance(string hubId, bool consent = true, string? email = null) => new
    {
        hubId,
        consent,
        consentVersion = "referral-2026-01",
        intake = new
        {
            companyName = $"{CompanyMarker} S.r.l.",
            vatNumber = VatMarker,
            atecoSection = "C",
            sizeClass = "small",
            provinceCode = "CO",
            topics = new[] { "cybersecurity" },
            need = $"{NeedMarker}: protect our online shop.",
            email = email ?? $"{EmailMarker}@example.it",
        },
    };

    private static Task<HttpResponseMessage> AcceptAsync(DirectoryApp app, Guid referralId, object body) =>
        app.Client.PostAsJsonAsync($"/api/directory/referrals/{referralId}/accept", body);

    [Fact]
    public async Task Accepting_sends_the_intake_to_the_hubs_queue_only_and_stores_nothing_personal()
    {
        using var app = new DirectoryApp();
        var hub = await HubAsync(app);
        var referralId = await ReferAsync(app);

        using var response = await AcceptAsync(app, referralId, Acceptance(hub));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal($"/api/directory/referrals/{referralId}/status", response.Headers.Location?.OriginalString);
        var accepted = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal((hub, "sent"), (accepted["hubId"]!.GetValue<string>(), accepted["status"]!.GetValue<string>()));

        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        Assert.True(await app.Harness.Sent.Any<ReferBusiness>(m => m.Context.Message.ReferralId == referralId, deadline.Token));
        var sent = app.Harness.Sent.Select<ReferBusiness>(deadline.Token).First(m => m.Context.Message.ReferralId == referralId).Context;
        Assert.EndsWith($"/hub-{hub}", sent.DestinationAddress!.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal((null, hub, VatMarker), (sent.Message.FromHubId, sent.Message.ToHubId, sent.Message.Intake.VatNumber));
        Assert.StartsWith(CompanyMarker, sent.Message.Intake.CompanyName, StringComparison.Ordinal);
        Assert.Equal(sent.Message.EventId, sent.MessageId);
        Assert.False(await app.Harness.Published.Any<ReferBusiness>());

        // The hub reports it stored: the business sees the status, the directory still holds nothing personal.
        await app.PublishAndConsumeAsync(Status(hub, referralId, "open", 1));
        var status = (await app.Client.GetFromJsonAsync<JsonObject>($"/api/directory/referrals/{referralId}/status"))!;
        Assert.Equal((hub, "open"), (status["hubId"]!.GetValue<string>(), status["status"]!.GetValue<string>()));

        await AssertNoPersonalDataAsync(app);
    }

    [Fact]
    public async Task The_consent_text_is_served_and_an_acceptance_with_another_version_is_a_409_naming_the_current_one()
    {
        using var app = new DirectoryApp();
        var hub = await HubAsync(app);
        var referralId = await ReferAsync(app);

        var consent = (await app.Client.GetFromJsonAsync<JsonObject>("/api/directory/consent"))!;
        Assert.Equal("referral-2026-01", consent["version"]!.GetValue<string>());
        Assert.Contains("hub", consent["texts"]!["it"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("hub", consent["texts"]!["en"]!.GetValue<string>(), StringComparison.Ordinal);

        var outdated = JsonNode.Parse(JsonSerializer.Serialize(Acceptance(hub)))!.AsObject();
        outdated["consentVersion"] = "referral-2025-06";
        using var refused = await AcceptAsync(app, referralId, outdated);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = (await refused.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(("consent-outdated", "referral-2026-01"), (problem["reason"]!.GetValue<string>(), problem["currentVersion"]!.GetValue<string>()));
        Assert.False(await app.Harness.Sent.Any<ReferBusiness>(m => m.Context.Message.ReferralId == referralId));
        Assert.Equal(HttpStatusCode.Accepted, (await AcceptAsync(app, referralId, Acceptance(hub))).StatusCode);
    }

    [Fact]
    public async Task An_acceptance_is_checked_against_the_referral_and_the_intake_rules()
    {
        using var app = new DirectoryApp();
        var hub = await HubAsync(app);
        var other = await HubAsync(app);
        var unranked = Make.HubId();
        await app.PublishAndConsumeAsync(Make.Announced(unranked, 1));
        var referralId = await ReferAsync(app);

        Assert.Equal(HttpStatusCode.NotFound, (await AcceptAsync(app, Guid.NewGuid(), Acceptance(hub))).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await AcceptAsync(app, referralId, Acceptance(unranked))).StatusCode);
        await AssertFieldAsync(await AcceptAsync(app, referralId, Acceptance(hub, consent: false)), "consent");
        await AssertFieldAsync(await AcceptAsync(app, referralId, Acceptance(hub, email: "not an address")), "intake.email");
        await AssertFieldAsync(await AcceptAsync(app, referralId, new { hubId = hub, consent = true, consentVersion = "v1" }), "intake");
        await AssertFieldAsync(await app.Client.PostAsync($"/api/directory/referrals/{referralId}/accept",
            new StringContent("{\"hubId\": 3}", System.Text.Encoding.UTF8, "application/json")), "hubId");

        Assert.Equal(HttpStatusCode.Accepted, (await AcceptAsync(app, referralId, Acceptance(hub))).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await AcceptAsync(app, referralId, Acceptance(hub))).StatusCode);
        var elsewhere = await AcceptAsync(app, referralId, Acceptance(other));
        Assert.Equal(HttpStatusCode.Conflict, elsewhere.StatusCode);
        await AssertNoPersonalDataAsync(app);
    }

    [Fact]
    public async Task Hub_statuses_are_version_gated_only_the_receiving_hub_speaks_and_the_stats_show_the_matrix()
    {
        using var app = new DirectoryApp();
        var from = Make.HubId();
        var to = Make.HubId();
        var referralId = Guid.NewGuid();

        await app.PublishAndConsumeAsync(Status(to, referralId, "booked", 2, from));
        await app.PublishAndConsumeAsync(Status(to, referralId, "open", 1, from));
        await app.PublishAndConsumeAsync(Status(to, referralId, "closed", 3, from) with { HubId = "ivrea" });
        await app.PublishAndConsumeAsync(Status(to, Guid.NewGuid(), "open", 1, from));

        var stats = (await app.Client.GetFromJsonAsync<JsonObject>("/api/directory/stats"))!;
        var warm = stats["referrals"]!["warm"]!;
        Assert.Equal((2L, 1L, 1L, 0L), (warm["total"]!.GetValue<long>(), warm["open"]!.GetValue<long>(), warm["booked"]!.GetValue<long>(), warm["closed"]!.GetValue<long>()));
        var flow = Assert.Single(warm["matrix"]!.AsArray());
        Assert.Equal((from, to, 2L), (flow!["from"]!.GetValue<string>(), flow["to"]!.GetValue<string>(), flow["count"]!.GetValue<long>()));

        // A hub-to-hub referral is not the business's to look up here: its hub shows it.
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.GetAsync($"/api/directory/referrals/{referralId}/status")).StatusCode);
    }

    [Fact]
    public async Task A_referral_its_hub_declined_is_no_longer_open_and_counts_in_the_total()
    {
        using var app = new DirectoryApp();
        var from = Make.HubId();
        var to = Make.HubId();
        var referralId = Guid.NewGuid();

        await app.PublishAndConsumeAsync(Status(to, referralId, "open", 1, from));
        await app.PublishAndConsumeAsync(Status(to, referralId, "declined", 2, from));

        // Declined has no column of its own in the statistics yet (decision 0032): in the total, not open.
        var warm = (await app.Client.GetFromJsonAsync<JsonObject>("/api/directory/stats"))!["referrals"]!["warm"]!;
        Assert.Equal((1L, 0L, 0L, 0L), (warm["total"]!.GetValue<long>(), warm["open"]!.GetValue<long>(), warm["booked"]!.GetValue<long>(), warm["closed"]!.GetValue<long>()));
    }

    private static ReferralStatusChanged Status(string hubId, Guid referralId, string status, long version, string? fromHubId = null) => new()
    {
        HubId = hubId,
        EventId = Guid.NewGuid(),
        OccurredAt = DateTimeOffset.UtcNow,
        Version = version,
        ReferralId = referralId,
        FromHubId = fromHubId,
        ToHubId = hubId,
        Status = status,
    };

    private static async Task AssertFieldAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.True(problem["errors"]!.AsObject().ContainsKey(field), $"no error for {field}: {problem}");
    }

    /// <summary>The directory's SQLite file and its WAL, byte for byte, contain none of the business's data.</summary>
    private static async Task AssertNoPersonalDataAsync(DirectoryApp app)
    {
        var files = new[] { app.DatabasePath, app.DatabasePath + "-wal", app.DatabasePath + "-shm" }.Where(File.Exists).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            byte[] bytes;
            await using (var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
            using (var copy = new MemoryStream())
            {
                await stream.CopyToAsync(copy);
                bytes = copy.ToArray();
            }

            var text = System.Text.Encoding.Latin1.GetString(bytes);
            foreach (var marker in new[] { CompanyMarker, NeedMarker, EmailMarker, VatMarker })
            {
                Assert.DoesNotContain(marker, text, StringComparison.OrdinalIgnoreCase);
            }
        }
    }
}
