using Hubs.EndToEnd.Tests.Browser;
using Microsoft.Playwright;

namespace Hubs.EndToEnd.Tests.Staff;

[Collection(StaffBrowserGroup.Name)]
public sealed class RefusalTests(StaffFixture staff)
{
    [Fact]
    public async Task Staff_of_another_hub_get_a_403_page_that_says_whose_pages_these_are()
    {
        await using var visitor = await staff.OpenAsync("other-hub", "staff.ivrea");
        var page = visitor.Page;
        Assert.EndsWith("/staff/ivrea/today", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);

        var response = await page.GotoAsync("/staff/lomazzo/experts");
        Assert.Equal(403, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Queste pagine non sono tue");
        await Assertions.Expect(page.GetByText("Sono le pagine del personale dell'hub di Lomazzo.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Hai effettuato l'accesso come personale dell'hub di Ivrea")).ToBeVisibleAsync();
        await visitor.StepAsync("forbidden");

        await page.GetByRole(AriaRole.Link, new() { Name = "Vai alle tue pagine" }).ClickAsync();
        Assert.EndsWith("/staff/ivrea/today", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_coordinator_sees_no_staff_page_of_a_hub()
    {
        await using var visitor = await staff.OpenAsync("coordinator", "coordinator");
        var page = visitor.Page;
        var response = await page.GotoAsync("/staff/lomazzo/today");
        Assert.Equal(403, response!.Status);
        await Assertions.Expect(page.GetByText("Hai effettuato l'accesso come coordinatore della rete")).ToBeVisibleAsync();
        await visitor.StepAsync("coordinator-forbidden");
    }

    [Fact]
    public async Task Nobody_signed_in_is_sent_to_the_login_page_and_back_to_the_page_asked_for()
    {
        await using var visitor = await staff.OpenAsync("anonymous", account: null);
        var page = visitor.Page;
        await page.GotoAsync("/staff/lomazzo/experts");
        await page.WaitForURLAsync($"{staff.Identity.BaseAddress}**");
        await page.GetByLabel("Nome utente").FillAsync("staff.lomazzo");
        await page.GetByLabel("Password").FillAsync(staff.Passwords["staff.lomazzo"]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Accedi" }).ClickAsync();
        await page.WaitForURLAsync($"{staff.Gateway}staff/lomazzo/experts");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Esperti dell'hub");
        await visitor.StepAsync("experts");
    }
}
