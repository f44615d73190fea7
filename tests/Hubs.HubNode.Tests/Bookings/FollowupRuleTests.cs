using System.Net;
using System.Text.Json;
using Hubs.HubNode.Tests.Support;

namespace Hubs.HubNode.Tests.Bookings;

/// <summary>A follow-up continues a case whose meeting was held and recommended one; same business, same hub.</summary>
public sealed class FollowupRuleTests
{
    [Fact]
    public async Task A_recommended_followup_is_booked_for_an_hour_and_joins_the_case()
    {
        await using var node = new BookingNode();
        var expert = await node.ExpertAsync();
        var email = BookingBodies.NewEmail();
        var brainstorming = await node.BookOkAsync(BookingBodies.Valid(expert, BookingNode.March(3, 10), email: email));
        Assert.Equal(HttpStatusCode.OK, (await node.RecordOutcomeAsync(brainstorming.Id, brainstorming.Start)).StatusCode);

        var followup = await node.BookOkAsync(BookingBodies.Valid(expert, BookingNode.March(6, 10), "followup", email, brainstorming.CaseId));

        Assert.Equal("followup", followup.Kind);
        Assert.Equal(brainstorming.CaseId, followup.CaseId);
        Assert.Equal(TimeSpan.FromHours(1), followup.End - followup.Start);

        // One follow-up at a time.
        var second = await node.BookAsync(BookingBodies.Valid(expert, BookingNode.March(9, 10), "followup", email, brainstorming.CaseId));
        await AssertRefused(second, "followup-not-allowed", "already has a follow-up");
    }

    [Theory]
    [InlineData(null, null, "recommended")] // no outcome yet
    [InlineData("held", "grant-support", "recommended")]
    [InlineData("held", "closed", "recommended")]
    [InlineData("no-show", "follow-up-recommended", "recommended")]
    public async Task Without_a_held_meeting_recommending_it_a_followup_is_refused(string? attendance, string? category, string reason)
    {
        await using var node = new BookingNode();
        var expert = await node.ExpertAsync();
        var email = BookingBodies.NewEmail();
        var brainstorming = await node.BookOkAsync(BookingBodies.Valid(expert, BookingNode.March(3, 10), email: email));
        if (attendance is not null)
        {
            Assert.Equal(HttpStatusCode.OK, (await node.RecordOutcomeAsync(brainstorming.Id, brainstorming.Start, attendance, category!)).StatusCode);
        }

        var followup = await node.BookAsync(BookingBodies.Valid(expert, BookingNode.March(6, 10), "followup", email, brainstorming.CaseId));

        await AssertRefused(followup, "followup-not-allowed", reason);
        Assert.Equal(1, await node.BookingCountAsync());
    }

    [Fact]
    public async Task A_followup_on_an_unknown_case_is_not_found()
    {
        await using var node = new BookingNode();
        var expert = await node.ExpertAsync();
        var unknown = Guid.CreateVersion7();

        var withIntake = await node.BookAsync(BookingBodies.Valid(expert, BookingNode.March(6, 10), "followup", caseId: unknown));
        var caseAlone = await node.BookAsync(new { expertId = expert, start = BookingBodies.Start(BookingNode.March(6, 10)), kind = "followup", caseId = unknown });

        await AssertCaseNotFound(withIntake, unknown);
        await AssertCaseNotFound(caseAlone, unknown);
        Assert.Equal(0, await node.BookingCountAsync());
    }

    [Fact]
    public async Task A_followup_is_booked_from_the_case_id_alone_with_the_cases_intake()
    {
        await using var node = new BookingNode();
        var expert = await node.ExpertAsync();
        var email = BookingBodies.NewEmail();
        var brainstorming = await node.BookOkAsync(BookingBodies.Valid(expert, BookingNode.March(3, 10), email: email));
        Assert.Equal(HttpStatusCode.OK, (await node.RecordOutcomeAsync(brainstorming.Id, brainstorming.Start)).StatusCode);

        var followup = await node.BookOkAsync(new { expertId = expert, start = BookingBodies.Start(BookingNode.March(6, 10)), kind = "followup", caseId = brainstorming.CaseId });

        Assert.Equal(("followup", brainstorming.CaseId), (followup.Kind, followup.CaseId));
        var stored = await node.GetAsync(followup.Id, followup.ManageToken);
        Assert.Equal(email, stored.Intake.Email);
        Assert.StartsWith(BookingBodies.CompanyMarker, stored.Intake.CompanyName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_followup_by_another_business_is_refused()
    {
        await using var node = new BookingNode();
        var expert = await node.ExpertAsync();
        var brainstorming = await node.BookOkAsync(BookingBodies.Valid(expert, BookingNode.March(3, 10)));
        await node.RecordOutcomeAsync(brainstorming.Id, brainstorming.Start);

        var followup = await node.BookAsync(BookingBodies.Valid(expert, BookingNode.March(6, 10), "followup", BookingBodies.NewEmail(), brainstorming.CaseId));

        await AssertRefused(followup, "followup-not-allowed", "another e-mail");
    }

    [Fact]
    public async Task A_case_of_another_hub_is_unknown_here()
    {
        // Two hubs' nodes on one file (never done in production) still keep their cases apart.
        using var db = new TempDatabase();
        await using var here = new BookingNode(databasePath: db.Path);
        var expert = await here.ExpertAsync();
        var email = BookingBodies.NewEmail();
        var brainstorming = await here.BookOkAsync(BookingBodies.Valid(expert, BookingNode.March(3, 10), email: email));
        await here.RecordOutcomeAsync(brainstorming.Id, brainstorming.Start);
        await using var elsewhere = new BookingNode(here.Clock.GetCurrentInstant(), new Dictionary<string, string?> { ["Hub:Id"] = "other-hub" }, db.Path);

        var response = await elsewhere.Client.PostAsync("/api/hubs/other-hub/bookings",
            System.Net.Http.Json.JsonContent.Create(BookingBodies.Valid(expert, BookingNode.March(6, 10), "followup", email, brainstorming.CaseId)));

        await AssertCaseNotFound(response, brainstorming.CaseId);
    }

    [Fact]
    public async Task The_followup_and_the_brainstorming_shapes_are_checked_first()
    {
        await using var node = new BookingNode();
        var expert = await node.ExpertAsync();

        var noCase = await node.BookAsync(BookingBodies.Valid(expert, BookingNode.March(6, 10), "followup"));
        var caseOnBrainstorming = await node.BookAsync(BookingBodies.Valid(expert, BookingNode.March(6, 10), caseId: Guid.CreateVersion7()));

        foreach (var response in new[] { noCase, caseOnBrainstorming })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("caseId", out _));
        }
    }

    private static async Task AssertCaseNotFound(HttpResponseMessage response, Guid caseId)
    {
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("case-not-found", problem.RootElement.GetProperty("reason").GetString());
        Assert.Contains(caseId.ToString(), problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static async Task AssertRefused(HttpResponseMessage response, string reason, string detail)
    {
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(reason, problem.RootElement.GetProperty("reason").GetString());
        Assert.Contains(detail, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
