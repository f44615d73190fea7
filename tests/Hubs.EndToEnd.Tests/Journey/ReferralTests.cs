using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hubs.EndToEnd.Tests.Browser;
using Hubs.IntegrationTests.Infrastructure;
using Hubs.Testing;
using Microsoft.Playwright;

namespace Hubs.EndToEnd.Tests.Journey;

/// <summary>An intermediary refers a business: its organisation, the business's need, the hub, the intake and consent.</summary>
[Collection(PortalBrowserGroup.Name)]
public sealed class ReferralTests(PortalFixture portal)
{
    [Fact]
    public async Task A_chamber_of_commerce_refers_a_business_and_only_the_chosen_hub_receives_its_intake()
    {
        var company = "Ferramenta " + Guid.NewGuid().ToString("N")[..8];
        await using var visitor = await portal.VisitAsync("refer-it-phone", javaScript: false, Viewport.Phone);
        var page = visitor.Page;
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu principale" }).GetByRole(AriaRole.Link, new() { Name = "Segnala un'impresa" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Segnala un'impresa a un hub");
        await visitor.StepAsync("refer");

        // Without the organisation's name: said next to the field, the rest kept.
        await page.GetByLabel("Tipo di organizzazione").SelectOptionAsync("chamber-of-commerce");
        await page.GetByLabel(Texts.Italian.EcommerceTopic).CheckAsync(new() { Force = true });
        await page.GetByLabel(Texts.Italian.Province).SelectOptionAsync("CO");
        await page.GetByRole(AriaRole.Button, new() { Name = Texts.Italian.FindHubs }).ClickAsync();
        await Assertions.Expect(page.Locator("#referrerName-error")).ToHaveTextAsync("Scrivi il nome della tua organizzazione.");
        await Assertions.Expect(page.GetByLabel(Texts.Italian.Province)).ToHaveValueAsync("CO");
        await visitor.StepAsync("refer-error");

        await page.GetByLabel("Nome della tua organizzazione").FillAsync("Camera di Commercio di Como-Lecco");
        await page.GetByRole(AriaRole.Button, new() { Name = Texts.Italian.FindHubs }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Scegli l'hub e presenta l'impresa");
        await page.GetByLabel("ComoNext Innovation Hub · Lomazzo").CheckAsync(new() { Force = true });
        await page.GetByLabel(Texts.Italian.Company).FillAsync(company);
        await page.GetByLabel(Texts.Italian.Sector).SelectOptionAsync("G");
        await page.GetByLabel(Texts.Italian.Size).SelectOptionAsync("micro");
        await page.GetByLabel(Texts.Italian.Need).FillAsync("Vogliono vendere online gli attrezzi.");
        await page.GetByLabel(Texts.Italian.Email).FillAsync($"{Guid.NewGuid():N}@example.org");
        await visitor.StepAsync("refer-intake");
        await page.GetByLabel("L'impresa ha letto l'informativa e acconsente a che i suoi dati siano passati all'hub scelto").CheckAsync(new() { Force = true });
        await page.GetByRole(AriaRole.Button, new() { Name = "Invia la segnalazione" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("La richiesta dell'impresa è stata passata a ComoNext Innovation Hub · Lomazzo.");
        await visitor.StepAsync("refer-sent");
        Assert.Empty(visitor.ForeignRequests);

        // The chosen hub has the referral with the business's intake; the other hub has nothing of it.
        var lomazzo = await IncomingAsync("lomazzo", company);
        Assert.NotNull(lomazzo);
        Assert.Null(await IncomingAsync("ivrea", company));
    }

    private async Task<JsonNode?> IncomingAsync(string hubId, string company) =>
        await Eventually.Until(
            async () =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, $"api/hubs/{hubId}/referrals/incoming");
                request.Headers.Authorization = TestAuth.Bearer(TestAuth.Staff(hubId));
                using var response = await portal.Api.SendAsync(request);
                response.EnsureSuccessStatusCode();
                var list = await response.Content.ReadFromJsonAsync<JsonArray>();
                return list!.FirstOrDefault(r => (string?)r!["intake"]?["companyName"] == company);
            },
            found => found is not null || hubId != "lomazzo",
            TimeSpan.FromSeconds(30),
            $"the referral at {hubId}");
}
