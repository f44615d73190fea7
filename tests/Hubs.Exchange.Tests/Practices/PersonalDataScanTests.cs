using Dapper;
using Hubs.Contracts.Practices;
using Hubs.Exchange.Tests.Infrastructure;
using Hubs.ServiceDefaults.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Exchange.Tests.Practices;

/// <summary>Whatever hubs send, the exchange's store ends up without e-mail addresses or phone numbers.</summary>
public sealed class PersonalDataScanTests(ExchangeApp app) : IClassFixture<ExchangeApp>
{
    [Fact]
    public async Task No_contact_details_reach_the_store()
    {
        var hub = Make.HubId();
        var adopter = Make.HubId();
        await app.PublishAndConsumeAsync(Make.Announced(hub, 1));
        await app.PublishAndConsumeAsync(Make.Announced(adopter, 1));
        var clean = Guid.CreateVersion7();
        await app.PublishAndConsumeAsync(PracticeEvents.Published(hub, clean, 1));
        await app.PublishAndConsumeAsync(PracticeEvents.Published(hub, Guid.CreateVersion7(), 1) with { Summary = "Scrivete a mario.rossi@example.it" });
        await app.PublishAndConsumeAsync(PracticeEvents.Published(hub, Guid.CreateVersion7(), 1) with { ResultsAchieved = "Bar Sport, tel. 031 123 4567" });
        await app.PublishAndConsumeAsync(PracticeEvents.Published(hub, Guid.CreateVersion7(), 1) with { Links = ["https://example.org/?mail=anna@example.org"] });
        await app.PublishAndConsumeAsync(PracticeEvents.Published(hub, Guid.CreateVersion7(), 1) with { GrantCallReference = "P.IVA 01234567890" });
        await app.Client.PostAsync($"/api/practices/{hub}/{clean}/adoptions", Json.Body(new { adoptingHubId = adopter, note = "Chiamate il 333 123 4567" }));
        (await app.Client.PostAsync($"/api/practices/{hub}/{clean}/adoptions", Json.Body(new { adoptingHubId = adopter, note = "Ripreso a Ivrea." }))).EnsureSuccessStatusCode();

        await using var connection = await app.Services.GetRequiredService<SqliteDatabase>().OpenAsync();
        var texts = new List<string?>();
        foreach (var sql in new[]
        {
            "SELECT title || ' ' || summary || ' ' || body_markdown || ' ' || results_achieved || ' ' || links || ' ' || coalesce(grant_call_reference, '') FROM practices",
            "SELECT title || ' ' || summary || ' ' || body_markdown || ' ' || results_achieved || ' ' || links || ' ' || coalesce(grant_call_reference, '') FROM practice_versions",
            "SELECT note FROM adoptions",
        })
        {
            texts.AddRange(await connection.QueryAsync<string?>(sql));
        }

        Assert.NotEmpty(texts);
        Assert.All(texts, t => Assert.False(ContactDetails.ContainsEmailAddress(t) || ContactDetails.ContainsPhoneNumber(t), t));
    }
}
