using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hubs.IntegrationTests.Infrastructure;
using Hubs.Testing;

namespace Hubs.EndToEnd.Tests.Browser;

/// <summary>
/// A brainstorming that has really taken place, so that staff can record its outcome (the hub refuses an outcome
/// before the meeting starts): a test expert at a hub opens a slot two minutes from now, a business books it through
/// the API, and once it has started staff record "held, follow-up recommended" with a staff token. Started with the
/// fixture, so the wait overlaps the other browser tests.
/// </summary>
public static class HeldMeeting
{
    public const string HubId = "ivrea";

    public static async Task<(Guid BookingId, string Token)> PrepareAsync(HttpClient api)
    {
        var (bookingId, token, start) = await BookSoonAsync(api, HubId, "Elena Ferri (test)");
        var wait = start - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(3);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }

        var staff = TestAuth.Bearer(TestAuth.Staff(HubId));
        using var outcome = new HttpRequestMessage(HttpMethod.Post, $"api/hubs/{HubId}/bookings/{bookingId}/outcome")
        {
            Content = JsonContent.Create(new { attendance = "held", category = "follow-up-recommended" }),
        };
        outcome.Headers.Authorization = staff;
        using var recorded = await api.SendAsync(outcome);
        Assert.True(recorded.IsSuccessStatusCode, await recorded.Content.ReadAsStringAsync());
        return (bookingId, token);
    }

    /// <summary>
    /// A new test expert at <paramref name="hubId"/> whose only opening starts on the next whole minute at least 60 s
    /// away, and a brainstorming a business booked there through the API: its id, manage token and start. With
    /// <paramref name="markers"/>, the intake's personal fields carry them.
    /// </summary>
    public static async Task<(Guid BookingId, string Token, DateTimeOffset Start)> BookSoonAsync(
        HttpClient api, string hubId, string expertName, string companyName = "Officina Rossi", TimeSpan? lead = null, PersonalDataMarkers? markers = null)
    {
        var staff = TestAuth.Bearer(TestAuth.Staff(hubId));
        using var create = new HttpRequestMessage(HttpMethod.Post, $"api/hubs/{hubId}/experts")
        {
            Content = JsonContent.Create(new
            {
                name = expertName, title = "Esperta di dati", bio = "Prepara l'incontro già svolto dei test.",
                competencies = new[] { "ai-data" }, languages = new[] { "it" },
            }),
        };
        create.Headers.Authorization = staff;
        using var created = await api.SendAsync(create);
        created.EnsureSuccessStatusCode();
        var expertId = (string)(await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;

        // An opening that starts on the next whole minute at least 60 s away, in the hub's zone (slots start at the
        // opening's start, so any minute is on the grid): long enough to book it before it starts, short to wait for.
        var rome = TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome");
        var soon = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow + (lead ?? TimeSpan.FromSeconds(60)), rome);
        var start = new DateTimeOffset(soon.Year, soon.Month, soon.Day, soon.Hour, soon.Minute, 0, soon.Offset).AddMinutes(1);
        using var hours = new HttpRequestMessage(HttpMethod.Put, $"api/hubs/{hubId}/experts/{expertId}/availability")
        {
            Content = JsonContent.Create(new
            {
                timeZone = "Europe/Rome",
                weekly = Array.Empty<object>(),
                exceptions = Array.Empty<object>(),
                extraOpenings = new[]
                {
                    new
                    {
                        date = start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                        start = start.ToString("HH:mm", CultureInfo.InvariantCulture),
                        // Up to the end of the day at most (an opening lies within one day).
                        end = start.AddMinutes(50).Date == start.Date ? start.AddMinutes(50).ToString("HH:mm", CultureInfo.InvariantCulture) : "24:00",
                    },
                },
                minimumNoticeHours = 0,
                stepMinutes = 5,
                bufferMinutes = 0,
            }),
        };
        hours.Headers.Authorization = staff;
        using var set = await api.SendAsync(hours);
        set.EnsureSuccessStatusCode();

        var consent = await api.GetFromJsonAsync<JsonObject>($"api/hubs/{hubId}/consent");
        using var booked = await api.PostAsJsonAsync($"api/hubs/{hubId}/bookings", new
        {
            expertId,
            start = start.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            kind = "brainstorming",
            intake = new
            {
                companyName = markers?.Company ?? companyName, vatNumber = markers?.Vat, atecoSection = "C", sizeClass = "micro", provinceCode = "TO",
                topics = new[] { "ai-data" }, need = $"{markers?.Need ?? "Capire"} i dati di produzione.", email = markers?.Email ?? $"{Guid.NewGuid():N}@example.org",
                consent = true, consentVersion = (string?)consent!["version"],
            },
        });
        var body = await booked.Content.ReadAsStringAsync();
        Assert.True(booked.IsSuccessStatusCode, body);
        var booking = JsonNode.Parse(body)!;

        return (Guid.Parse((string)booking["id"]!), (string)booking["manageToken"]!, start);
    }
}
