using Hubs.EndToEnd.Tests.Browser;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Hubs.EndToEnd.Tests.Staff;

[Collection(StaffBrowserGroup.Name)]
public sealed class SignInTests(StaffFixture staff, ITestOutputHelper output)
{
    [Fact]
    public async Task Staff_sign_in_at_the_real_login_page_land_on_their_hubs_day_and_sign_out_ends_the_providers_session_too()
    {
        await using var visitor = await staff.OpenAsync("sign-in", account: null);
        var page = visitor.Page;
        await staff.SignInAsync(visitor, "staff.lomazzo", scan: true);
        output.WriteLine($"sign-in took {staff.SignInTimings[^1].Elapsed.TotalMilliseconds:0} ms");

        Assert.EndsWith("/staff/lomazzo/today", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Agenda degli incontri");
        await visitor.StepAsync("today");

        // The other staff pages of the hub, each scanned: experts and referrals.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Pagine del personale dell'hub di Lomazzo" })
            .GetByRole(AriaRole.Link, new() { Name = "Segnalazioni" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Segnalazioni tra hub");
        await visitor.StepAsync("referrals");
        // The hub's own tab (the public menu has an "Esperti" of the network's directory too).
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Pagine del personale dell'hub di Lomazzo" })
            .GetByRole(AriaRole.Link, new() { Name = "Esperti" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Esperti dell'hub");
        await visitor.StepAsync("experts");

        // Every tab again in English on a 360 px phone, each scanned (axe, no sideways scrolling), then back to Italian.
        await page.SetViewportSizeAsync(Viewport.Phone.Width, Viewport.Phone.Height);
        await page.GotoAsync("/culture?c=en-GB&back=%2Fstaff%2Flomazzo%2Ftoday");
        var tabs = page.GetByRole(AriaRole.Navigation, new() { Name = "Staff pages of the Lomazzo hub" });
        foreach (var (tab, heading) in new[] { ("Meetings", "Meetings"), ("Experts", "The hub's experts"), ("Referrals", "Referrals between hubs"), ("Practices", "Best practices") })
        {
            await tabs.GetByRole(AriaRole.Link, new() { Name = tab, Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(heading);
            await visitor.StepAsync($"{tab.ToLowerInvariant()}-en-phone");
        }

        await page.GotoAsync("/staff/lomazzo/experts/new");
        await visitor.StepAsync("expert-new-en-phone");
        await page.GotoAsync("/staff/lomazzo/practices/new");
        await visitor.StepAsync("practice-new-en-phone");
        await page.GotoAsync("/culture?c=it-IT&back=%2Fstaff%2Flomazzo%2Ftoday");
        await page.SetViewportSizeAsync(Viewport.Desktop.Width, Viewport.Desktop.Height);

        // The session cookie: HttpOnly, SameSite=Lax (Secure only outside Development: this run is the local one).
        var cookies = await page.Context.CookiesAsync([staff.Gateway.ToString()]);
        // (chunked: the tokens it carries make it larger than one cookie may be).
        var session = cookies.Where(c => c.Name.StartsWith(".Hubs.Session", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(session);
        Assert.All(session, c => Assert.True(c.HttpOnly && c.SameSite == SameSiteAttribute.Lax, c.Name));

        await page.GetByRole(AriaRole.Button, new() { Name = "Esci" }).ClickAsync();
        await page.WaitForURLAsync($"{staff.Gateway}");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Accesso personale degli hub" })).ToBeVisibleAsync();
        await visitor.StepAsync("signed-out");

        // Signed out here and at the provider: the staff page asks for the password again.
        await page.GotoAsync("/staff/lomazzo/today");
        await page.WaitForURLAsync($"{staff.Identity.BaseAddress}**");
        await Assertions.Expect(page.GetByLabel("Password")).ToBeVisibleAsync();
        Assert.Empty(visitor.ForeignRequests);
    }
}
