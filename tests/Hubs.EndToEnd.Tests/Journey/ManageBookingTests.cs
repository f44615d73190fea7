using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Hubs.EndToEnd.Tests.Browser;
using Microsoft.Playwright;

namespace Hubs.EndToEnd.Tests.Journey;

/// <summary>What happens after the first booking: a slot taken meanwhile, a move, a cancellation, a link that is not valid.</summary>
[Collection(PortalBrowserGroup.Name)]
public sealed class ManageBookingTests(PortalFixture portal)
{
    [Fact]
    public async Task A_slot_taken_by_someone_else_meanwhile_is_answered_just_taken_with_the_week_refreshed()
    {
        await using var visitor = await portal.VisitAsync("slot-taken", javaScript: false, Viewport.Desktop);
        var page = visitor.Page;
        var text = Texts.Italian;
        await page.GotoAsync("/hubs/lomazzo/book?topic=ecommerce&province=CO");
        var radio = page.Locator(".slot input[type=radio]").First;
        var chosen = await radio.GetAttributeAsync("value");
        await page.Locator(".slot label").First.ClickAsync();
        await FillIntakeAsync(page, text);

        // Someone else books the same expert at the same time, through the API, before this visitor confirms.
        var parts = chosen!.Split('|');
        var consent = await portal.Api.GetFromJsonAsync<JsonObject>("api/hubs/lomazzo/consent");
        using var taken = await portal.Api.PostAsJsonAsync("api/hubs/lomazzo/bookings", new
        {
            expertId = parts[0],
            start = parts[1],
            kind = "brainstorming",
            intake = new
            {
                companyName = "Altra impresa", atecoSection = "C", sizeClass = "small", provinceCode = "CO", topics = new[] { "ecommerce" },
                need = "Anche noi.", email = $"{Guid.NewGuid():N}@example.org", consent = true, consentVersion = (string?)consent!["version"],
            },
        });
        Assert.Equal(HttpStatusCode.Created, taken.StatusCode);

        await page.GetByRole(AriaRole.Button, new() { Name = text.Confirm }).Last.ClickAsync();
        await Assertions.Expect(page.Locator("#slot-error")).ToHaveTextAsync(text.SlotTaken);
        // The week is loaded again without the taken slot, and what the visitor typed is still there.
        await Assertions.Expect(page.Locator($".slot input[value='{chosen}']")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByLabel(text.Company)).ToHaveValueAsync("Bar Centrale di Prova");
        await visitor.StepAsync("just-taken");
    }

    [Fact]
    public async Task A_business_moves_then_cancels_its_booking_from_the_manage_link()
    {
        await using var visitor = await portal.VisitAsync("manage-en-phone", javaScript: true, Viewport.Phone);
        var page = visitor.Page;
        var text = Texts.English;
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await page.GotoAsync("/hubs/lomazzo/book?topic=ecommerce&province=CO");
        // A week ahead, well outside the hub's minimum notice for changes.
        await page.GetByRole(AriaRole.Button, new() { Name = text.NextWeek }).ClickAsync();
        await page.Locator(".slot label").First.ClickAsync();
        await FillIntakeAsync(page, text);
        await page.GetByRole(AriaRole.Button, new() { Name = text.Confirm }).Last.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(text.Confirmed);
        var before = await page.Locator(".booking-facts dd").Nth(1).InnerTextAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = text.Reschedule, Exact = true }).ClickAsync();
        await visitor.StepAsync("reschedule");
        // The last time of the day shown open (the week's other days are folded).
        await page.Locator(".slot-day[open] .slot label").Last.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = text.ConfirmMove }).Last.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync(text.Moved);
        Assert.NotEqual(before, await page.Locator(".booking-facts dd").Nth(1).InnerTextAsync());
        await visitor.StepAsync("moved");

        await page.GetByRole(AriaRole.Link, new() { Name = text.Cancel }).ClickAsync();
        await visitor.StepAsync("cancel-confirm");
        await page.GetByRole(AriaRole.Button, new() { Name = text.YesCancel }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(text.Cancelled);
        await visitor.StepAsync("cancelled");
        Assert.Empty(visitor.ForeignRequests);
    }

    [Fact]
    public async Task A_manage_link_with_a_wrong_token_is_a_clear_not_valid_page()
    {
        await using var visitor = await portal.VisitAsync("invalid-link", javaScript: false, Viewport.Phone);
        await visitor.Page.GotoAsync($"/manage/lomazzo/{Guid.NewGuid()}?token=not-a-token");
        await Assertions.Expect(visitor.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Texts.Italian.InvalidLink);
        await visitor.StepAsync("invalid-link");

        var missing = await visitor.Page.GotoAsync("/no-such-page");
        Assert.Equal(404, missing!.Status);
        await visitor.StepAsync("not-found");
    }

    internal static async Task FillIntakeAsync(IPage page, Texts text)
    {
        await page.GetByLabel(text.Company).FillAsync("Bar Centrale di Prova");
        await page.GetByLabel(text.Sector).SelectOptionAsync("I");
        await page.GetByLabel(text.Size).SelectOptionAsync("micro");
        await page.GetByLabel(text.Need).FillAsync("Vendiamo online per la prima volta.");
        await page.GetByLabel(text.Email).FillAsync($"{Guid.NewGuid():N}@example.org");
        await page.GetByLabel(text.Consent).CheckAsync(new() { Force = true });
    }
}
