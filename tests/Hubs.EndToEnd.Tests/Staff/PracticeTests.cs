using System.Net;
using Hubs.EndToEnd.Tests.Browser;
using Hubs.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace Hubs.EndToEnd.Tests.Staff;

[Collection(StaffBrowserGroup.Name)]
public sealed class PracticeTests(StaffFixture staff)
{
    private const string Body = "## Come abbiamo fatto\n\nCon **quattro negozi** di via Roma: [la guida](https://example.org/guida).\n\n<script>alert(1)</script>\n\n[clic](javascript:alert(1))";

    [Fact]
    public async Task Staff_preview_a_practice_with_the_exchanges_renderer_publish_it_and_a_colleagues_newer_version_is_shown_before_reapplying()
    {
        await using var first = await staff.OpenAsync("practice-write", "staff.lomazzo");
        await using var second = await staff.OpenAsync("practice-colleague", "staff.lomazzo");
        var a = first.Page;
        await a.GetByRole(AriaRole.Navigation, new() { Name = "Pagine del personale dell'hub di Lomazzo" })
            .GetByRole(AriaRole.Link, new() { Name = "Buone pratiche" }).ClickAsync();
        await Assertions.Expect(a.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Buone pratiche");
        await first.StepAsync("practices");

        await a.GetByRole(AriaRole.Link, new() { Name = "Scrivi una pratica" }).ClickAsync();
        await a.GetByRole(AriaRole.Button, new() { Name = "Pubblica" }).ClickAsync();
        // Every missing field is named next to it; nothing was published.
        await Assertions.Expect(a.Locator("#title-error")).ToHaveTextAsync("Scrivi un titolo.");
        await Assertions.Expect(a.Locator("#topics-error")).ToHaveTextAsync("Scegli almeno un tema.");
        await first.StepAsync("missing");

        var title = $"Vetrine online di quartiere {Guid.NewGuid():N}"[..36];
        await a.GetByLabel("Titolo").FillAsync(title);
        await a.GetByLabel("In breve").FillAsync("Quattro negozi vendono online con una vetrina comune.");
        await a.GetByLabel("Testo (Markdown)").FillAsync(Body);
        await a.GetByLabel("E-commerce e vendite online").CheckAsync(new() { Force = true });
        await a.GetByRole(AriaRole.Button, new() { Name = "Anteprima" }).ClickAsync();

        // The exchange's rendering: Markdown formatted, raw HTML shown as text, the javascript: link only its words.
        var preview = a.Locator(".practice-preview");
        await Assertions.Expect(preview.Locator("strong")).ToHaveTextAsync("quattro negozi");
        await Assertions.Expect(preview.Locator("h2", new() { HasText = "Come abbiamo fatto" })).ToBeVisibleAsync();
        await Assertions.Expect(preview.GetByRole(AriaRole.Link, new() { Name = "la guida" })).ToHaveAttributeAsync("href", "https://example.org/guida");
        await Assertions.Expect(preview).ToContainTextAsync("<script>alert(1)</script>");
        Assert.Equal(0, await preview.Locator("script, a[href^='javascript']").CountAsync());
        // Nothing published yet, and the form kept what was typed.
        await Assertions.Expect(a.GetByLabel("Testo (Markdown)")).ToHaveValueAsync(Body);
        await first.StepAsync("preview");

        await a.GetByRole(AriaRole.Button, new() { Name = "Pubblica", Exact = true }).ClickAsync();
        await Assertions.Expect(a.GetByRole(AriaRole.Status)).ToContainTextAsync("Pubblicata (versione 1)");
        var practicePage = new Uri(a.Url).AbsolutePath;
        var practiceId = practicePage.Split('/')[^1];
        await first.StepAsync("published");

        // Both open it; the colleague publishes a new version first.
        var b = second.Page;
        await b.GotoAsync(practicePage);
        await a.GotoAsync(practicePage);
        await b.GetByLabel("In breve").FillAsync("Quattro negozi di via Roma vendono online con una vetrina comune.");
        await b.GetByRole(AriaRole.Button, new() { Name = "Pubblica una nuova versione" }).ClickAsync();
        await Assertions.Expect(b.GetByRole(AriaRole.Status)).ToContainTextAsync("versione 2");

        await a.GetByLabel("Risultati ottenuti").FillAsync("Vendite online raddoppiate in sei mesi.");
        await a.GetByRole(AriaRole.Button, new() { Name = "Pubblica una nuova versione" }).ClickAsync();
        var conflict = a.Locator(".conflict");
        await Assertions.Expect(conflict).ToContainTextAsync("Qualcun altro ha modificato questa pratica");
        await Assertions.Expect(conflict).ToContainTextAsync("via Roma");
        await Assertions.Expect(a.GetByLabel("Risultati ottenuti")).ToHaveValueAsync("Vendite online raddoppiate in sei mesi.");
        await first.StepAsync("conflict");

        await a.GetByLabel("In breve").FillAsync("Quattro negozi di via Roma vendono online con una vetrina comune.");
        await a.GetByRole(AriaRole.Button, new() { Name = "Riapplica le mie modifiche" }).ClickAsync();
        await Assertions.Expect(a.GetByRole(AriaRole.Status)).ToContainTextAsync("versione 3");
        await Assertions.Expect(a.GetByLabel("Risultati ottenuti")).ToHaveValueAsync("Vendite online raddoppiate in sei mesi.");
        await first.StepAsync("reapplied");

        // The network has it, with the third version's summary.
        await Eventually.Until(
            async () => await staff.Api.GetStringAsync($"api/practices/lomazzo/{practiceId}"),
            json => json.Contains("\"version\":3", StringComparison.Ordinal),
            TimeSpan.FromSeconds(60),
            "the practice's third version at the exchange");

        // Withdrawn: gone from the hub's list and, shortly, from the exchange.
        await a.GetByRole(AriaRole.Button, new() { Name = "Ritira" }).ClickAsync();
        await Assertions.Expect(a.Locator("#withdraw-error")).ToHaveTextAsync("Spunta la conferma per ritirare la pratica.");
        await a.GetByLabel($"Sì, ritira «{title}»").CheckAsync(new() { Force = true });
        await a.GetByRole(AriaRole.Button, new() { Name = "Ritira" }).ClickAsync();
        await Assertions.Expect(a.GetByRole(AriaRole.Status)).ToHaveTextAsync("Pratica ritirata: non è più visibile nella rete.");
        await Assertions.Expect(a.GetByRole(AriaRole.Link, new() { Name = title })).ToHaveCountAsync(0);
        await first.StepAsync("withdrawn");
        await Eventually.Until(
            async () => (await staff.Api.GetAsync($"api/practices/lomazzo/{practiceId}")).StatusCode,
            status => status == HttpStatusCode.NotFound,
            TimeSpan.FromSeconds(60),
            "the withdrawal at the exchange");
        Assert.Empty(first.ForeignRequests);
    }

    [Fact]
    public async Task Staff_of_another_hub_find_a_practice_in_the_network_adopt_it_with_a_note_and_endorse_it_in_English_on_a_phone()
    {
        // Lomazzo publishes through its own API (the writing is the test above).
        var title = $"Cassa in cloud per bar {Guid.NewGuid():N}"[..30];
        using var publish = new HttpRequestMessage(HttpMethod.Post, "api/hubs/lomazzo/practices")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new
            {
                title, summary = "Un bar passa alla cassa in cloud in una settimana.", bodyMarkdown = "## Passi\n\n1. **Scelta** della cassa\n2. Formazione",
                topics = new[] { "digital-marketing" }, language = "it",
            }),
        };
        publish.Headers.Authorization = Hubs.Testing.TestAuth.Bearer(Hubs.Testing.TestAuth.Staff("lomazzo"));
        using var published = await staff.Api.SendAsync(publish);
        published.EnsureSuccessStatusCode();

        await using var visitor = await staff.OpenAsync("practice-network", "staff.ivrea", Viewport.Phone);
        var page = visitor.Page;
        // The header's language link, as a person would follow it.
        await page.GotoAsync("/culture?c=en-GB&back=%2Fstaff%2Fivrea%2Fpractices");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Best practices");
        var link = page.GetByRole(AriaRole.Link, new() { Name = title });
        await Eventually.Until(
            async () =>
            {
                await page.ReloadAsync();
                return await link.CountAsync();
            },
            count => count == 1,
            TimeSpan.FromSeconds(60),
            "Lomazzo's practice in Ivrea's list of the network's practices");
        await visitor.StepAsync("network");

        await link.ClickAsync();
        await Assertions.Expect(page.Locator(".practice-body strong")).ToHaveTextAsync("Scelta");
        await page.GetByRole(AriaRole.Button, new() { Name = "Adopt" }).ClickAsync();
        await Assertions.Expect(page.Locator("#note-error")).ToHaveTextAsync("Say in a few words how you adopted it.");
        await page.GetByLabel("How you adopted it").FillAsync("Two bars in Ivrea, with the same supplier.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Adopt" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Adoption recorded.");
        await Assertions.Expect(page.Locator(".adopted")).ToContainTextAsync("Two bars in Ivrea, with the same supplier.");
        await visitor.StepAsync("adopted");

        await page.GetByRole(AriaRole.Button, new() { Name = "Endorse" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Endorsement recorded.");
        await Assertions.Expect(page.Locator(".endorsed")).ToHaveTextAsync("Your hub endorses this practice.");
        await Assertions.Expect(page.Locator(".practice-facts")).ToContainTextAsync("endorsements: 1");
        await visitor.StepAsync("endorsed");
        Assert.Empty(visitor.ForeignRequests);
    }
}
