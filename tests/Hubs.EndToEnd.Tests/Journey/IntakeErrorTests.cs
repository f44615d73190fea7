using Hubs.EndToEnd.Tests.Browser;
using Microsoft.Playwright;

namespace Hubs.EndToEnd.Tests.Journey;

/// <summary>Bad input on the booking form: each error next to its field, in the page's language, and nothing typed lost.</summary>
[Collection(PortalBrowserGroup.Name)]
public sealed class IntakeErrorTests(PortalFixture portal)
{
    [Fact]
    public async Task Bad_input_on_the_intake_is_answered_next_to_each_field_and_keeps_what_was_typed()
    {
        await using var visitor = await portal.VisitAsync("intake-errors", javaScript: false, Viewport.Phone);
        var page = visitor.Page;
        var text = Texts.Italian;
        await page.GotoAsync("/hubs/lomazzo/book?topic=ecommerce&province=CO");
        var radio = page.Locator(".slot input[type=radio]").First;
        var chosen = await radio.GetAttributeAsync("value");
        await page.Locator(".slot label").First.ClickAsync();
        await page.GetByLabel(text.Company).FillAsync("Bar Centrale di Prova");
        await page.GetByLabel(text.Vat).FillAsync("01234567890");
        await page.GetByLabel(text.Sector).SelectOptionAsync("I");
        await page.GetByLabel(text.Size).SelectOptionAsync("micro");
        await page.GetByLabel(text.Need).FillAsync("Vendiamo online per la prima volta.");
        await page.GetByLabel(text.Email).FillAsync("non-una-mail");
        await page.GetByRole(AriaRole.Button, new() { Name = text.Confirm }).Last.ClickAsync();

        // Each error sits under its field and is tied to it; the field says it is invalid.
        await Assertions.Expect(page.Locator("#vatNumber-error")).ToContainTextAsync("11 cifre");
        await Assertions.Expect(page.Locator("#email-error")).ToContainTextAsync("non sembra valida");
        await Assertions.Expect(page.Locator("#consent-error")).ToContainTextAsync("consenso");
        await Assertions.Expect(page.GetByLabel(text.Vat)).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.GetByLabel(text.Email)).ToHaveAttributeAsync("aria-describedby", "email-error");
        // What was typed and chosen is still there, the slot too.
        await Assertions.Expect(page.GetByLabel(text.Company)).ToHaveValueAsync("Bar Centrale di Prova");
        await Assertions.Expect(page.GetByLabel(text.Vat)).ToHaveValueAsync("01234567890");
        await Assertions.Expect(page.GetByLabel(text.Email)).ToHaveValueAsync("non-una-mail");
        await Assertions.Expect(page.GetByLabel(text.Need)).ToHaveValueAsync("Vendiamo online per la prima volta.");
        await Assertions.Expect(page.GetByLabel(text.Sector)).ToHaveValueAsync("I");
        await Assertions.Expect(page.Locator($".slot input[value='{chosen}']")).ToBeCheckedAsync();
        await visitor.StepAsync("intake-errors");
        Assert.Empty(visitor.ForeignRequests);
    }
}
