using System.Net.Http.Json;
using Hubs.EndToEnd.Tests.Browser;
using Hubs.Testing;

namespace Hubs.EndToEnd.Tests.Staff;

/// <summary>
/// Businesses Ivrea refers to Lomazzo the way its staff do: a brainstorming held at Ivrea (an expert whose only opening
/// is a minute or two ahead, as <see cref="HeldMeeting"/>), its outcome "referred to another hub", then the referral with
/// the business's consent, which travels through the broker to Lomazzo's own queue. Started with the fixture, so the
/// wait for the meetings to start overlaps the other browser tests.
/// </summary>
public static class ReferredBusinesses
{
    public const string FromHub = "ivrea";
    public const string ToHub = "lomazzo";

    /// <summary>One referred business per name, each from a meeting of its own: the referral ids.</summary>
    public static async Task<IReadOnlyDictionary<string, Guid>> ReferAsync(HttpClient api, params string[] companies)
    {
        var meetings = await Task.WhenAll(companies.Select(c => HeldMeeting.BookSoonAsync(api, FromHub, $"Esperto per {c}", c)));
        var wait = meetings.Max(m => m.Start) - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(3);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }

        var referrals = new Dictionary<string, Guid>();
        for (var i = 0; i < companies.Length; i++)
        {
            await SendAsync(api, $"bookings/{meetings[i].BookingId}/outcome", new { attendance = "held", category = "referred-to-another-hub" });
            var referral = await SendAsync(api, "referrals", new
            {
                toHubId = ToHub, bookingId = meetings[i].BookingId, consent = true, consentVersion = "referral-2026-01",
                note = "Serve un esperto di logistica: a Ivrea non ne abbiamo.",
            });
            referrals[companies[i]] = referral.GetProperty("referralId").GetGuid();
        }

        return referrals;
    }

    private static async Task<System.Text.Json.JsonElement> SendAsync(HttpClient api, string path, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"api/hubs/{FromHub}/{path}") { Content = JsonContent.Create(body) };
        request.Headers.Authorization = TestAuth.Bearer(TestAuth.Staff(FromHub));
        using var response = await api.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {text}");
        return System.Text.Json.JsonDocument.Parse(text).RootElement.Clone();
    }
}
