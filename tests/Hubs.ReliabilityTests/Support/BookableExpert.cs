using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Hubs.ReliabilityTests.Support;

/// <summary>An invented expert (demo data) open every day 08:00–20:00, no buffer, one hour's notice: many bookable slots.</summary>
internal static class BookableExpert
{
    public const string Topic = "ecommerce";

    public static async Task<Guid> CreateAsync(HttpClient gateway, string hubId, string name)
    {
        using var created = await gateway.PostAsJsonAsync($"/api/hubs/{hubId}/experts", new
        {
            name = $"{name} (demo)",
            title = "Consulente e-commerce",
            bio = "Demo data — invented person used by the fault-injection suite.",
            competencies = new[] { Topic },
            languages = new[] { "it" },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = Guid.Parse((await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>());

        var week = new[] { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" }
            .Select(day => new { day, start = "08:00", end = "20:00" })
            .ToArray();
        using var availability = await gateway.PutAsJsonAsync($"/api/hubs/{hubId}/experts/{id}/availability", new
        {
            weekly = week,
            bufferMinutes = 0,
            minimumNoticeHours = 1,
            horizonDays = 62,
            stepMinutes = 15,
        });
        Assert.Equal(HttpStatusCode.OK, availability.StatusCode);
        return id;
    }

    /// <summary>Every free brainstorming start of the expert over the next <paramref name="days"/> days, as the hub lists them.</summary>
    public static async Task<IReadOnlyList<(DateTimeOffset Start, string Text)>> FreeStartsAsync(HttpClient gateway, string hubId, Guid expertId, int days = 60)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var from = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var to = today.AddDays(days - 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var slots = await gateway.GetFromJsonAsync<JsonArray>($"/api/hubs/{hubId}/slots?expert={expertId}&kind=brainstorming&from={from}&to={to}");
        return [.. slots!.Select(s => s!["start"]!.GetValue<string>()).Select(t => (DateTimeOffset.Parse(t, CultureInfo.InvariantCulture), t))];
    }

    /// <summary>Starts 45 minutes apart or more: bookings of them never compete, so each must be a 201.</summary>
    public static async Task<Queue<string>> DisjointStartsAsync(HttpClient gateway, string hubId, Guid expertId)
    {
        var starts = new Queue<string>();
        var freeFrom = DateTimeOffset.MinValue;
        foreach (var (start, text) in await FreeStartsAsync(gateway, hubId, expertId))
        {
            if (start >= freeFrom)
            {
                starts.Enqueue(text);
                freeFrom = start.AddMinutes(45);
            }
        }

        return starts;
    }

    /// <summary>A business's booking request; personal data stays at the hub (an invented business, a unique e-mail).</summary>
    public static object Booking(Guid expertId, string start, string? email = null) => new
    {
        expertId,
        start,
        kind = "brainstorming",
        intake = new
        {
            companyName = "Bottega Affidabile S.n.c.",
            atecoSection = "G",
            sizeClass = "micro",
            provinceCode = "MI",
            topics = new[] { Topic },
            need = "Aprire un negozio online.",
            email = email ?? $"reliability-{Guid.NewGuid():N}@example.it",
            consent = true,
            consentVersion = "privacy-2026-01",
        },
    };
}
