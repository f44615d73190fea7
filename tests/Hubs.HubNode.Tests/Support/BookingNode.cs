using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Hubs.ServiceDefaults.Outbox;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Hubs.HubNode.Tests.Support;

/// <summary>
/// A test-hub node for booking tests: the real booking store on its own SQLite file (or a shared one, to play a
/// second process), a NodaTime FakeClock, and a <see cref="Staff"/> client authenticated as the hub's staff.
/// Now is Monday 2 March 2026, 09:00 in Rome; experts made here take meetings Monday to Friday, 09:00–17:00.
/// </summary>
public sealed class BookingNode : IAsyncDisposable
{
    // Before DefaultNow: static fields initialise in order.
    private static readonly DateTimeZone RomeZone = DateTimeZoneProviders.Tzdb["Europe/Rome"];

    public static readonly Instant DefaultNow = Rome(2026, 3, 2, 9, 0);
    private readonly TempDatabase? _ownDatabase;

    public BookingNode(
        Instant? now = null, IReadOnlyDictionary<string, string?>? settings = null, string? databasePath = null, Action<IServiceCollection>? services = null)
    {
        if (databasePath is null)
        {
            _ownDatabase = new TempDatabase();
            databasePath = _ownDatabase.Path;
        }

        DatabasePath = databasePath;
        Clock = new FakeClock(now ?? DefaultNow);
        Factory = HubNodeFactory.ForTestHub(databasePath, settings, replacements =>
        {
            replacements.AddSingleton<IClock>(Clock);
            services?.Invoke(replacements);
        });
        Client = Factory.CreateAnonymousClient();
        Staff = Factory.CreateClient();
    }

    public FakeClock Clock { get; }

    public HubNodeFactory Factory { get; }

    /// <summary>Anonymous: a business.</summary>
    public HttpClient Client { get; }

    public HttpClient Staff { get; }

    public string DatabasePath { get; }

    public static string Path(string rest) => $"/api/hubs/{TestHub.Id}/{rest}";

    /// <summary>The instant of a wall-clock time in Rome.</summary>
    public static Instant Rome(int year, int month, int day, int hour, int minute = 0) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(RomeZone).ToInstant();

    /// <summary>A time in the test week (March 2026), in Rome.</summary>
    public static Instant March(int day, int hour, int minute = 0) => Rome(2026, 3, day, hour, minute);

    /// <summary>A new expert taking meetings Monday to Friday, 09:00–17:00 (default buffer 15', notice 24 h, step 15').</summary>
    public async Task<Guid> ExpertAsync(string name = "Anna Verdi", object? availability = null)
    {
        var created = await Staff.PostAsJsonAsync(Path("experts"), ExpertBodies.Valid(name));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        var hours = availability ?? new
        {
            weekly = new[] { "monday", "tuesday", "wednesday", "thursday", "friday" }.Select(day => new { day, start = "09:00", end = "17:00" }),
        };
        var put = await Staff.PutAsJsonAsync(Path($"experts/{id}/availability"), hours);
        Assert.True(put.StatusCode == HttpStatusCode.OK, $"PUT availability: {(int)put.StatusCode} {await put.Content.ReadAsStringAsync()}");
        return id;
    }

    public Task<HttpResponseMessage> BookAsync(object body) => Client.PostAsJsonAsync(Path("bookings"), body);

    public async Task<CreatedView> BookOkAsync(object body)
    {
        var response = await BookAsync(body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"POST bookings: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<CreatedView>())!;
    }

    /// <summary>A request carrying <paramref name="token"/> in the X-Manage-Token header (none when null).</summary>
    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, object? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Add("X-Manage-Token", token);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return Client.SendAsync(request);
    }

    public async Task<BookingView> GetAsync(Guid id, string token)
    {
        var response = await SendAsync(HttpMethod.Get, Path($"bookings/{id}"), token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<BookingView>())!;
    }

    public async Task<string> InviteAsync(Guid id, string token, string? tz = null)
    {
        var response = await SendAsync(HttpMethod.Get, Path($"bookings/{id}/invite.ics{(tz is null ? "" : $"?tz={Uri.EscapeDataString(tz)}")}"), token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Records an outcome as staff, moving the clock past the meeting's start first if needed.</summary>
    public async Task<HttpResponseMessage> RecordOutcomeAsync(Guid bookingId, DateTimeOffset start, string attendance = "held", string category = "follow-up-recommended", string? notes = null)
    {
        var startInstant = Instant.FromDateTimeOffset(start);
        if (Clock.GetCurrentInstant() < startInstant)
        {
            Clock.Reset(startInstant + Duration.FromMinutes(50));
        }

        return await Staff.PostAsJsonAsync(Path($"bookings/{bookingId}/outcome"), new { attendance, category, notes });
    }

    public async Task<long> BookingCountAsync()
    {
        await using var connection = Open();
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM bookings");
    }

    public async Task<long> CellCountAsync()
    {
        await using var connection = Open();
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM booking_cells");
    }

    public async Task<List<OutboxRecord>> OutboxOfAsync<TEvent>() =>
        [.. (await StoreFile.OutboxAsync(DatabasePath)).Where(r => r.MessageType == OutboxMessageTypes.NameOf(typeof(TEvent)))];

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        Staff.Dispose();
        await Factory.DisposeAsync();
        _ownDatabase?.Dispose();
    }

    private SqliteConnection Open() =>
        new(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false, Mode = SqliteOpenMode.ReadOnly }.ToString());
}
