using System.Diagnostics;
using Hubs.EndToEnd.Tests.Browser;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Hubs.EndToEnd.Tests.Staff;

[Collection(StaffBrowserGroup.Name)]
public sealed class StaffDayTests(StaffFixture staff, ITestOutputHelper output)
{
    [Fact]
    public async Task Staff_see_a_new_booking_in_their_day_record_follow_up_recommended_in_three_interactions_and_the_business_is_offered_the_follow_up()
    {
        var (bookingId, token, start, bookedAt) = await staff.UpcomingMeeting;
        await using var visitor = await staff.OpenAsync("day", "staff.lomazzo", Viewport.Phone);
        var page = visitor.Page;

        // The booking is in today's list as soon as the page is loaded (the node answers from its own store).
        var seen = Stopwatch.StartNew();
        var meeting = page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex(StaffFixture.UpcomingCompany) });
        await page.GotoAsync($"/staff/lomazzo/today?day={start.ToOffset(TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome").GetUtcOffset(start)):yyyy-MM-dd}");
        await Assertions.Expect(meeting).ToBeVisibleAsync();
        output.WriteLine($"booking → staff day view: {(DateTimeOffset.UtcNow - bookedAt).TotalSeconds:0.0} s after booking (page load {seen.ElapsedMilliseconds} ms)");
        await visitor.StepAsync("today");

        // Before it starts: move/cancel offered, no outcome form.
        await meeting.ClickAsync();
        await Assertions.Expect(page.GetByText("L'esito si registra quando l'incontro è iniziato.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Capire i dati di produzione.")).ToBeVisibleAsync();
        await visitor.StepAsync("meeting-before");

        var wait = start - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(3);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }

        // From the day view: 1 open the meeting, 2 choose what came of it, 3 save.
        await page.GotoAsync($"/staff/lomazzo/today?day={start.ToOffset(TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome").GetUtcOffset(start)):yyyy-MM-dd}");
        var interactions = 0;
        await meeting.ClickAsync();
        interactions++;
        await visitor.StepAsync("meeting-started");
        await page.GetByLabel("Approfondimento consigliato").CheckAsync(new() { Force = true });
        interactions++;
        await page.GetByRole(AriaRole.Button, new() { Name = "Registra l'esito" }).ClickAsync();
        interactions++;
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Esito registrato.");
        await Assertions.Expect(page.Locator(".booking-facts")).ToContainTextAsync("Approfondimento consigliato");
        await visitor.StepAsync("outcome-recorded");
        output.WriteLine($"interactions to record an outcome from the day view: {interactions}");
        Assert.Equal(3, interactions);

        // The business, from its manage link, is now offered the 60' follow-up.
        await using var business = await staff.OpenAsync("day-business", account: null, Viewport.Phone);
        await business.Page.GotoAsync($"/manage/lomazzo/{bookingId}?token={Uri.EscapeDataString(token)}");
        await Assertions.Expect(business.Page.GetByRole(AriaRole.Link, new() { Name = "Prenota l'approfondimento di 60 minuti" })).ToBeVisibleAsync();
        await business.StepAsync("business-followup-offered");
        Assert.Empty(visitor.ForeignRequests);
    }
}
