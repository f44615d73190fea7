using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hubs.EndToEnd.Tests.Browser;
using Hubs.IntegrationTests.Infrastructure;
using Hubs.Testing;
using Microsoft.Playwright;

namespace Hubs.EndToEnd.Tests.Journey;

/// <summary>The pages beside the booking journey: the experts directory, the practices exchange, the friendly errors.</summary>
[Collection(PortalBrowserGroup.Name)]
public sealed class PublicPagesTests(PortalFixture portal)
{
    [Fact]
    public async Task The_experts_directory_filters_by_the_directorys_facets_and_pages_through_the_results()
    {
        // Eleven experts that only this test's search word finds: two pages of ten.
        var marker = "pagina" + Guid.NewGuid().ToString("N")[..8];
        var staff = TestAuth.Bearer(TestAuth.Staff("ivrea"));
        for (var i = 1; i <= 11; i++)
        {
            using var create = new HttpRequestMessage(HttpMethod.Post, "api/hubs/ivrea/experts")
            {
                Content = JsonContent.Create(new
                {
                    name = $"Esperto {i:00} (test)", title = "Consulente", bio = $"Segue le imprese {marker}.",
                    competencies = new[] { "energy" }, languages = new[] { "it", "en" },
                }),
            };
            create.Headers.Authorization = staff;
            using var created = await portal.Api.SendAsync(create);
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        await Eventually.Until(
            async () => (long)(await portal.Api.GetFromJsonAsync<JsonObject>($"api/directory/experts?q={marker}"))!["total"]!,
            total => total == 11, TimeSpan.FromSeconds(60), "the eleven experts in the directory");

        await using var visitor = await portal.VisitAsync("experts", javaScript: false, Viewport.Phone);
        var page = visitor.Page;
        await page.GotoAsync("/experts");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Gli esperti della rete");
        await visitor.StepAsync("all");

        await page.GetByLabel("Cerca per parola").FillAsync(marker);
        await page.GetByLabel("Tema").SelectOptionAsync("energy");
        await page.Locator("#experts-language").SelectOptionAsync("en");
        await page.GetByLabel("Regione dell'hub").SelectOptionAsync("Piemonte");
        await page.GetByLabel("Hub", new() { Exact = true }).SelectOptionAsync("ivrea");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filtra" }).ClickAsync();
        await Assertions.Expect(page.GetByText("11 esperti trovati.")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".expert-card")).ToHaveCountAsync(10);
        await Assertions.Expect(page.GetByText("Pagina 1 di 2")).ToBeVisibleAsync();
        await visitor.StepAsync("filtered");

        await page.GetByRole(AriaRole.Link, new() { Name = "Pagina successiva →" }).ClickAsync();
        await Assertions.Expect(page.Locator(".expert-card")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(".expert-card")).ToContainTextAsync("Esperto");
        // The filters travel with the page.
        await Assertions.Expect(page.GetByLabel("Tema")).ToHaveValueAsync("energy");
        await visitor.StepAsync("page-2");

        // A region no expert of this search is in: none, said in words.
        await page.GotoAsync($"/experts?q={marker}&region=Sicilia");
        await Assertions.Expect(page.GetByText("0 esperti trovati.")).ToBeVisibleAsync();
        Assert.Empty(visitor.ForeignRequests);
    }

    [Fact]
    public async Task The_practice_exchange_lists_searches_and_reads_a_practice_whose_html_never_runs()
    {
        var marker = "pratica" + Guid.NewGuid().ToString("N")[..8];
        using var publish = new HttpRequestMessage(HttpMethod.Post, "api/hubs/lomazzo/practices")
        {
            Content = JsonContent.Create(new
            {
                title = $"Vetrina online in un mese {marker}",
                summary = "Come un negozio di Como ha aperto il suo e-commerce.",
                bodyMarkdown = "## Il punto di partenza\n\nUn negozio senza sito.<script>document.title='hacked'</script>\n\n<img src=x onerror=\"document.title='hacked'\">\n\n[apri](javascript:alert(1))\n\n- catalogo\n- pagamenti\n",
                topics = new[] { "ecommerce" },
                resultsAchieved = "Il 20% delle vendite online in sei mesi.",
                links = new[] { "https://example.org/guida" },
                language = "it",
            }),
        };
        publish.Headers.Authorization = TestAuth.Bearer(TestAuth.Staff("lomazzo"));
        using var published = await portal.Api.SendAsync(publish);
        Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());
        await Eventually.Until(
            async () => (long)(await portal.Api.GetFromJsonAsync<JsonObject>($"api/practices?q={marker}"))!["total"]!,
            total => total == 1, TimeSpan.FromSeconds(60), "the practice in the exchange");

        await using var visitor = await portal.VisitAsync("practices-en-desktop", javaScript: true, Viewport.Desktop);
        var page = visitor.Page;
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main menu" }).GetByRole(AriaRole.Link, new() { Name = "Best practices" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("The hubs' best practices");
        await visitor.StepAsync("list");

        await page.GetByLabel("Search the practices").FillAsync(marker);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByText("1 practices found.")).ToBeVisibleAsync();
        await visitor.StepAsync("search");

        await page.GetByRole(AriaRole.Link, new() { Name = $"Vetrina online in un mese {marker}" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Vetrina online in un mese {marker}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Il punto di partenza" })).ToBeVisibleAsync();
        // The HTML in the Markdown is shown as text: no element made from it, nothing ran.
        await Assertions.Expect(page.Locator(".practice-body script, .practice-body img")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".practice-body")).ToContainTextAsync("<script>");
        Assert.NotEqual("hacked", await page.TitleAsync());
        // A web address is a link; a script address in the Markdown is not.
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "https://example.org/guida" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".practice-body a[href^='javascript']")).ToHaveCountAsync(0);
        await visitor.StepAsync("read");

        var missing = await page.GotoAsync($"/practices/lomazzo/{Guid.NewGuid()}");
        Assert.Equal(404, missing!.Status);
        Assert.Empty(visitor.ForeignRequests);
    }

    [Theory]
    [InlineData(429, "Troppe richieste")]
    [InlineData(503, "L'hub non è raggiungibile in questo momento")]
    public async Task The_error_pages_say_what_happened_in_words_and_show_no_internals(int status, string title)
    {
        await using var visitor = await portal.VisitAsync($"error-{status}", javaScript: false, Viewport.Phone);
        var response = await visitor.Page.GotoAsync($"/error?status={status}");
        Assert.Equal(status, response!.Status);
        Assert.Equal("30", await response.HeaderValueAsync("retry-after"));
        await Assertions.Expect(visitor.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        var body = await response.TextAsync();
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain("at Hubs.", body, StringComparison.Ordinal);
        await visitor.StepAsync($"error-{status}");
    }
}
