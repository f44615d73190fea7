using System.Text.RegularExpressions;
using Hubs.EndToEnd.Tests.Browser;
using Hubs.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace Hubs.EndToEnd.Tests.Staff;

[Collection(StaffBrowserGroup.Name)]
public sealed class IncomingReferralTests(StaffFixture staff)
{
    [Fact]
    public async Task Lomazzo_accepts_one_referral_from_Ivrea_by_booking_a_slot_declines_the_other_with_a_reason_and_Ivrea_sees_both_statuses()
    {
        await staff.Referred;
        await using var visitor = await staff.OpenAsync("referrals-incoming", "staff.lomazzo");
        var page = visitor.Page;
        var accept = page.GetByRole(AriaRole.Article, new() { Name = StaffFixture.ReferredToAccept });
        var decline = page.GetByRole(AriaRole.Article, new() { Name = StaffFixture.ReferredToDecline });
        await Eventually.Until(
            async () =>
            {
                await page.GotoAsync("/staff/lomazzo/referrals");
                return await accept.CountAsync() + await decline.CountAsync();
            },
            count => count == 2,
            TimeSpan.FromSeconds(60),
            "Ivrea's two referrals on Lomazzo's referrals page");
        // The consented intake and the referring staff's note, from Ivrea.
        await Assertions.Expect(accept).ToContainTextAsync("Da Ivrea");
        await Assertions.Expect(accept).ToContainTextAsync("Capire i dati di produzione.");
        await Assertions.Expect(accept).ToContainTextAsync("Serve un esperto di logistica");
        await visitor.StepAsync("incoming");

        // Decline: the reason is required, said next to the field; then declined, the reason kept here.
        await decline.GetByText("Non possiamo accoglierla").ClickAsync();
        await decline.GetByRole(AriaRole.Button, new() { Name = "Rifiuta la segnalazione" }).ClickAsync();
        decline = page.GetByRole(AriaRole.Article, new() { Name = StaffFixture.ReferredToDecline });
        await Assertions.Expect(decline.Locator(".field-error")).ToHaveTextAsync("Scrivi il motivo del rifiuto.");
        await visitor.StepAsync("decline-missing-reason");
        await decline.GetByLabel("Motivo del rifiuto").FillAsync("Nessun esperto di logistica libero prima di due mesi.");
        await decline.GetByRole(AriaRole.Button, new() { Name = "Rifiuta la segnalazione" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Segnalazione rifiutata");
        await Assertions.Expect(decline).ToContainTextAsync("Rifiutata: Nessun esperto di logistica libero prima di due mesi.");
        await Assertions.Expect(decline.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await visitor.StepAsync("declined");

        // Accept: book one of the hub's free slots for it (the last offered: well clear of meetings about to start).
        var slot = accept.GetByLabel("Orario del brainstorming");
        var last = await slot.Locator("option").Last.GetAttributeAsync("value");
        Assert.False(string.IsNullOrEmpty(last), "no free slot offered");
        await slot.SelectOptionAsync(last!);
        await accept.GetByRole(AriaRole.Button, new() { Name = "Accetta e prenota" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/staff/lomazzo/meetings/"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(StaffFixture.ReferredToAccept);
        await visitor.StepAsync("accepted-meeting");
        await page.GotoAsync("/staff/lomazzo/referrals");
        await Assertions.Expect(accept.Locator(".badge")).ToHaveTextAsync("Prenotata");
        await Assertions.Expect(accept.GetByRole(AriaRole.Link, new() { Name = "Apri l'incontro prenotato" })).ToBeVisibleAsync();

        // Ivrea follows both through the network (status only), on a phone, in English.
        await using var ivrea = await staff.OpenAsync("referrals-outgoing", "staff.ivrea", Viewport.Phone);
        await ivrea.Page.GotoAsync("/culture?c=en-GB&back=%2Fstaff%2Fivrea%2Freferrals");
        var sent = ivrea.Page.Locator("#outgoing-title + ul");
        await Eventually.Until(
            async () =>
            {
                await ivrea.Page.ReloadAsync();
                var text = await sent.InnerTextAsync();
                return text.Contains("Declined", StringComparison.Ordinal) && text.Contains("Booked", StringComparison.Ordinal);
            },
            both => both,
            TimeSpan.FromSeconds(60),
            "Lomazzo's 'booked' and 'declined' at Ivrea");
        await Assertions.Expect(ivrea.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Referrals between hubs");
        // Ivrea never sees Lomazzo's reason.
        await Assertions.Expect(ivrea.Page.GetByText("Nessun esperto di logistica")).ToHaveCountAsync(0);
        await ivrea.StepAsync("outgoing-en-phone");
        Assert.Empty(visitor.ForeignRequests);
        Assert.Empty(ivrea.ForeignRequests);
    }
}
