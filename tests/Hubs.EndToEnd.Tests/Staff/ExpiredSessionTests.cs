using System.Text.RegularExpressions;
using Hubs.EndToEnd.Tests.Browser;
using Microsoft.Playwright;

namespace Hubs.EndToEnd.Tests.Staff;

[Collection(StaffBrowserGroup.Name)]
public sealed class ExpiredSessionTests(StaffFixture staff)
{
    [Fact]
    public async Task A_form_sent_after_the_session_ended_comes_back_after_signing_in_saying_plainly_what_to_redo()
    {
        await using var visitor = await staff.OpenAsync("expired-session", "staff.ivrea");
        var page = visitor.Page;
        await page.GotoAsync("/staff/ivrea/practices/new");
        var title = $"Pratica mai salvata {Guid.NewGuid():N}"[..28];
        await page.GetByLabel("Titolo").FillAsync(title);
        await page.GetByLabel("In breve").FillAsync("Scritta mentre la sessione scadeva.");
        await page.GetByLabel("Testo (Markdown)").FillAsync("Testo.");
        await page.GetByLabel("Energia e sostenibilità").CheckAsync(new() { Force = true });

        // The portal's session ends while the form is open (its cookie gone, as at its expiry); the provider's own
        // session may still be there, or not: either way the person signs in again and comes back to this page.
        await page.Context.ClearCookiesAsync(new() { NameRegex = new Regex(@"^\.Hubs\.Session") });
        await page.GetByRole(AriaRole.Button, new() { Name = "Pubblica" }).ClickAsync();
        await page.WaitForURLAsync(url => url.StartsWith(staff.Identity.BaseAddress.ToString(), StringComparison.Ordinal) || url.Contains("session=expired", StringComparison.Ordinal));
        if (page.Url.StartsWith(staff.Identity.BaseAddress.ToString(), StringComparison.Ordinal))
        {
            await page.GetByLabel("Nome utente").FillAsync("staff.ivrea");
            await page.GetByLabel("Password").FillAsync(staff.Passwords["staff.ivrea"]);
            await page.GetByRole(AriaRole.Button, new() { Name = "Accedi" }).ClickAsync();
        }

        await page.WaitForURLAsync(new Regex("/staff/ivrea/practices/new\\?session=expired$"));
        await Assertions.Expect(page.Locator(".session-expired")).ToContainTextAsync("La sessione era scaduta: quello che avevi scritto non è stato salvato.");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Nuova buona pratica");
        await visitor.StepAsync("session-expired");

        // Nothing was published; the form, filled again, publishes as usual and the notice is gone.
        await page.GotoAsync("/staff/ivrea/practices");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = title })).ToHaveCountAsync(0);
        Assert.Empty(visitor.ForeignRequests);
    }
}
