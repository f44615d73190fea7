using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hubs.EndToEnd.Tests.Browser;
using Hubs.Testing;
using Microsoft.Playwright;

namespace Hubs.EndToEnd.Tests.Staff;

[Collection(StaffBrowserGroup.Name)]
public sealed class AvailabilityTests(StaffFixture staff)
{
    [Fact]
    public async Task Staff_preview_the_slots_an_extra_opening_gives_save_it_and_the_public_slots_change()
    {
        using var create = new HttpRequestMessage(HttpMethod.Post, "api/hubs/ivrea/experts")
        {
            Content = JsonContent.Create(new
            {
                name = "Paolo Neri (test)", title = "Esperto di energia", bio = "Aiuta con l'efficienza energetica.",
                competencies = new[] { "energy" }, languages = new[] { "it" },
            }),
        };
        create.Headers.Authorization = TestAuth.Bearer(TestAuth.Staff("ivrea"));
        using var created = await staff.Api.SendAsync(create);
        created.EnsureSuccessStatusCode();
        var expertId = (string)(await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
        var rome = TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome");
        var day = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, rome).Date.AddDays(2);
        var tomorrow = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var offset = rome.GetUtcOffset(day.AddHours(10));
        var tenLocal = $"{tomorrow}T10:00:00{(offset < TimeSpan.Zero ? "-" : "+")}{offset:hh\\:mm}";

        await using var visitor = await staff.OpenAsync("availability", "staff.ivrea");
        var page = visitor.Page;
        await page.GotoAsync($"/staff/ivrea/experts/{expertId}/availability");
        await visitor.StepAsync("empty");
        await page.Locator("#extra-0-date").FillAsync(tomorrow);
        await page.Locator("#extra-0-start").FillAsync("10:00");
        await page.Locator("#extra-0-end").FillAsync("11:00");
        await page.Locator("#notice").FillAsync("1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Anteprima degli orari" }).ClickAsync();
        await Assertions.Expect(page.Locator(".availability-preview")).ToContainTextAsync("10:00, 10:15");
        // The preview saved nothing, and the form kept what was typed.
        await Assertions.Expect(page.Locator("#extra-0-start")).ToHaveValueAsync("10:00");
        Assert.DoesNotContain(await PublicSlotsAsync(expertId), s => s.StartsWith(tomorrow, StringComparison.Ordinal));
        await visitor.StepAsync("preview");

        await page.GetByRole(AriaRole.Button, new() { Name = "Salva" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Disponibilità salvata");
        await visitor.StepAsync("saved");
        Assert.Contains(tenLocal, await PublicSlotsAsync(expertId));
    }

    private async Task<List<string>> PublicSlotsAsync(string expertId)
    {
        var slots = await staff.Api.GetFromJsonAsync<JsonArray>($"api/hubs/ivrea/slots?expert={expertId}");
        return [.. slots!.Select(s => (string)s!["startLocal"]!)];
    }
}
