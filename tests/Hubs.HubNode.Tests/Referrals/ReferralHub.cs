using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hubs.Contracts.Commands;
using Hubs.Contracts.Events;
using Hubs.ServiceDefaults.Outbox;
using Hubs.HubNode.Tests.Support;
using MassTransit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Hubs.HubNode.Tests.Referrals;

/// <summary>
/// A hub node of its own id for warm-referral tests: own SQLite file, in-memory bus, a FakeClock at Monday 2 March 2026
/// 09:00 in Rome, a staff client. Two of them play the referring and the receiving hub; a test carries messages between
/// their (separate) in-memory buses, as the broker would.
/// </summary>
public sealed class ReferralHub : IAsyncDisposable
{
    private readonly TempDatabase _database = new();

    public ReferralHub(string hubId, IReadOnlyDictionary<string, string?>? settings = null)
    {
        HubId = hubId;
        Clock = new FakeClock(BookingNode.DefaultNow);
        var all = new Dictionary<string, string?>(TestHub.Profile) { ["Hub:Name"] = $"Hub {hubId}" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        Factory = new HubNodeFactory(_database.Path, hubId, all, services =>
        {
            services.AddSingleton<IClock>(Clock);
            services.AddPublishObserver(_ => Bus);
            services.AddSendObserver(_ => Bus);
        });
        Client = Factory.CreateAnonymousClient();
        Staff = Factory.CreateClient();
    }

    /// <summary>What this node's bus published and sent.</summary>
    public BusRecorder Bus { get; } = new();

    public string HubId { get; }

    public FakeClock Clock { get; }

    public HubNodeFactory Factory { get; }

    public HttpClient Client { get; }

    public HttpClient Staff { get; }

    public string DatabasePath => _database.Path;

    public HubNode.Referrals.ReferralDesk Desk => Factory.Services.GetRequiredService<HubNode.Referrals.ReferralDesk>();

    /// <summary>A hub id of the test's own (well-formed, unique).</summary>
    public static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..20];

    public string Path(string rest) => $"/api/hubs/{HubId}/{rest}";

    /// <summary>A new expert taking meetings Monday to Friday, 09:00–17:00.</summary>
    public async Task<Guid> ExpertAsync()
    {
        var created = await Staff.PostAsJsonAsync(Path("experts"), ExpertBodies.Valid("Anna Verdi"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        var hours = new { weekly = new[] { "monday", "tuesday", "wednesday", "thursday", "friday" }.Select(day => new { day, start = "09:00", end = "17:00" }) };
        Assert.Equal(HttpStatusCode.OK, (await Staff.PutAsJsonAsync(Path($"experts/{id}/availability"), hours)).StatusCode);
        return id;
    }

    /// <summary>A meeting here on Wednesday 4 March at 10:00, held, whose outcome is <paramref name="category"/>.</summary>
    public async Task<Guid> MeetingAsync(string category = "referred-to-another-hub")
    {
        Clock.Reset(BookingNode.DefaultNow);
        var expert = await ExpertAsync();
        var booked = await Client.PostAsJsonAsync(Path("bookings"), BookingBodies.Valid(expert, BookingNode.March(4, 10)));
        Assert.Equal(HttpStatusCode.Created, booked.StatusCode);
        var booking = (await booked.Content.ReadFromJsonAsync<CreatedView>())!;
        Clock.Reset(Instant.FromDateTimeOffset(booking.Start) + Duration.FromMinutes(50));
        var outcome = await Staff.PostAsJsonAsync(Path($"bookings/{booking.Id}/outcome"), new { attendance = "held", category });
        Assert.Equal(HttpStatusCode.OK, outcome.StatusCode);
        return booking.Id;
    }

    public Task<HttpResponseMessage> ReferAsync(object body) => Staff.PostAsJsonAsync(Path("referrals"), body);

    /// <summary>Delivers a referral to this hub's consumer and waits until it has been handled.</summary>
    public async Task ReceiveAsync(ReferBusiness message)
    {
        await ReadyAsync();
        await Factory.Harness.Bus.Publish(message, context => context.MessageId = message.EventId);
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        Assert.True(await Factory.Harness.Consumed.Any<ReferBusiness>(m => m.Context.Message.EventId == message.EventId, deadline.Token));
    }

    /// <summary>Delivers a status event to this hub's consumer and waits until it has been handled.</summary>
    public async Task ReceiveAsync(ReferralStatusChanged message)
    {
        await ReadyAsync();
        await Factory.Harness.Bus.Publish(message, context => context.MessageId = message.EventId);
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        Assert.True(await Factory.Harness.Consumed.Any<ReferralStatusChanged>(m => m.Context.Message.EventId == message.EventId, deadline.Token));
    }

    /// <summary>A referral this hub sent to a queue, as the relay handed it to the bus, and the address it went to.</summary>
    public Task<(ReferBusiness Message, Uri? Destination)> SentReferralAsync(Guid referralId) =>
        Bus.SentAsync<ReferBusiness>(m => m.ReferralId == referralId);

    /// <summary>The status events of a referral in this hub's outbox, in order.</summary>
    public async Task<List<ReferralStatusChanged>> StatusesAsync(Guid referralId) =>
    [
        .. (await StoreFile.OutboxAsync(DatabasePath))
            .Where(r => r.MessageType == OutboxMessageTypes.NameOf(typeof(ReferralStatusChanged)))
            .Select(r => JsonSerializer.Deserialize<ReferralStatusChanged>(r.Payload, JsonSerializerOptions.Web)!)
            .Where(e => e.ReferralId == referralId),
    ];

    public async Task<JsonElement[]> IncomingAsync(string? status = null)
    {
        var response = await Staff.GetAsync(Path($"referrals/incoming{(status is null ? "" : $"?status={status}")}"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement[]>())!;
    }

    public async Task<JsonElement[]> OutgoingAsync()
    {
        var response = await Staff.GetAsync(Path("referrals/outgoing"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement[]>())!;
    }

    /// <summary>The host's start does not wait for the bus: a message published before its endpoints are bound is lost.</summary>
    private async Task ReadyAsync()
    {
        var health = await Factory.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(10));
        Assert.Equal(BusHealthStatus.Healthy, health);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        Staff.Dispose();
        await Factory.DisposeAsync();
        _database.Dispose();
    }
}
