using System.Text.RegularExpressions;
using Hubs.EndToEnd.Tests.Browser;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Hubs.EndToEnd.Tests.Journey;

/// <summary>
/// A business from the home page to a confirmed booking, in four pages, in Italian and English, with JavaScript on
/// and off, on a phone and a desktop; every page scanned by axe and photographed.
/// </summary>
[Collection(PortalBrowserGroup.Name)]
public sealed class BookingJourneyTests(PortalFixture portal, ITestOutputHelper output)
{
    [Theory]
    [InlineData("it", false, "phone")]
    [InlineData("en", true, "desktop")]
    [InlineData("it", true, "desktop")]
    [InlineData("en", false, "phone")]
    public async Task A_business_books_its_brainstorming_from_the_home_page_in_four_pages(string language, bool javaScript, string viewport)
    {
        var size = viewport == "phone" ? Viewport.Phone : Viewport.Desktop;
        // With JavaScript the page finds the browser's zone by itself; without, it shows the hub's (Rome) and says so.
        var zone = javaScript && language == "en" ? "Europe/London" : "Europe/Rome";
        await using var visitor = await portal.VisitAsync($"journey-{language}-{(javaScript ? "js" : "nojs")}-{viewport}", javaScript, size, zone);
        var page = visitor.Page;
        var clicks = 0;

        // Page 1: home, with the need form.
        await page.GotoAsync("/");
        if (language == "en")
        {
            await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
            clicks++;
        }

        var text = Texts.For(language);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(text.HomeTitle);
        await visitor.StepAsync("home");

        await page.GetByLabel(text.EcommerceTopic).CheckAsync(new() { Force = true });
        await page.GetByLabel(text.Province).SelectOptionAsync("CO");
        await page.GetByRole(AriaRole.Button, new() { Name = text.FindHubs }).ClickAsync();
        clicks += 3;

        // Page 2: the hubs best suited, with the reasons in words.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(text.ResultsTitle);
        await Assertions.Expect(page.Locator(".ranked-hubs li").First).ToContainTextAsync(text.ExplanationWord);
        await visitor.StepAsync("results");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(text.BookWith) }).First.ClickAsync();
        clicks++;

        // Page 3: a week of slots and the intake, on one form.
        await Assertions.Expect(page.Locator("#zone-note")).ToContainTextAsync(zone);
        await visitor.StepAsync("book");
        var slot = page.Locator(".slot label").First;
        var slotName = await slot.InnerTextAsync();
        await slot.ClickAsync();
        await page.GetByLabel(text.Company).FillAsync("Bar Centrale di Prova");
        await page.GetByLabel(text.Vat).FillAsync("01234567897");
        await page.GetByLabel(text.Sector).SelectOptionAsync("I");
        await page.GetByLabel(text.Size).SelectOptionAsync("micro");
        await page.GetByLabel(text.Need).FillAsync("Vendiamo online per la prima volta.");
        await page.GetByLabel(text.Email).FillAsync($"{Guid.NewGuid():N}@example.org");
        await page.GetByLabel(text.Consent).CheckAsync(new() { Force = true });
        await page.GetByRole(AriaRole.Button, new() { Name = text.Confirm }).Last.ClickAsync();
        clicks += 8;

        // Page 4: confirmed, with the video link, the calendar links and the manage link.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(text.Confirmed);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("meet\\.jit\\.si") })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = text.Ics })).ToHaveAttributeAsync("href", new Regex("invite\\.ics\\?token="));
        await visitor.StepAsync("confirmed");

        Assert.Empty(visitor.ForeignRequests);
        Assert.Matches(new Regex("^/manage/[a-z]+/[0-9a-f-]{36}$"), new Uri(page.Url).AbsolutePath);
        output.WriteLine($"PORTAL journey {language} js={javaScript} {viewport}: 4 pages, {clicks} clicks and fills; bytes "
            + string.Join(", ", visitor.Traffic.Select(t => $"{t.Step} {t.Bytes}")));
    }
}
