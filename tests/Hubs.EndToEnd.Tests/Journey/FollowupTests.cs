using System.Text.RegularExpressions;
using Hubs.EndToEnd.Tests.Browser;
using Microsoft.Playwright;

namespace Hubs.EndToEnd.Tests.Journey;

[Collection(PortalBrowserGroup.Name)]
public sealed class FollowupTests(PortalFixture portal)
{
    [Fact]
    public async Task After_staff_recommend_a_follow_up_the_business_books_it_from_its_manage_link_without_typing_again()
    {
        var (bookingId, token) = await portal.HeldBrainstorming;
        await using var visitor = await portal.VisitAsync("followup", javaScript: false, Viewport.Phone);
        var page = visitor.Page;
        await page.GotoAsync($"/manage/{HeldMeeting.HubId}/{bookingId}?token={Uri.EscapeDataString(token)}");
        await visitor.StepAsync("held");

        await page.GetByRole(AriaRole.Link, new() { Name = "Prenota l'approfondimento di 60 minuti" }).ClickAsync();
        for (var week = 0; week < 4 && await page.Locator(".slot label").CountAsync() == 0; week++)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = Texts.Italian.NextWeek }).ClickAsync();
        }

        await visitor.StepAsync("followup-slots");
        await page.Locator(".slot label").First.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Conferma l'approfondimento" }).Last.ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Texts.Italian.Confirmed);
        await Assertions.Expect(page.Locator(".booking-facts")).ToContainTextAsync("Approfondimento di 60 minuti");
        Assert.Matches(new Regex("^/manage/ivrea/[0-9a-f-]{36}$"), new Uri(page.Url).AbsolutePath);
        Assert.DoesNotContain(bookingId.ToString(), page.Url, StringComparison.Ordinal);
        await visitor.StepAsync("followup-confirmed");
    }
}
