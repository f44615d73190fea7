using System.Net;
using System.Net.Http.Json;
using Hubs.HubNode.Tests.Support;

namespace Hubs.HubNode.Tests.Cases;

public sealed class CaseTimelineTests
{
    private sealed record CaseView(Guid Id, string CompanyName, string Email, bool FollowupBookable, BookingView[] Timeline);

    [Fact]
    public async Task A_case_shows_brainstorming_then_followup_with_their_outcomes()
    {
        await using var node = new BookingNode();
        var expert = await node.ExpertAsync();
        var email = BookingBodies.NewEmail();
        var brainstorming = await node.BookOkAsync(BookingBodies.Valid(expert, BookingNode.March(3, 10), email: email));

        var opened = await Case(node, brainstorming.CaseId);
        Assert.Equal([brainstorming.Id], opened.Timeline.Select(m => m.Id));
        Assert.False(opened.FollowupBookable);
        Assert.Equal(email, opened.Email);
        Assert.StartsWith(BookingBodies.CompanyMarker, opened.CompanyName, StringComparison.Ordinal);

        await node.RecordOutcomeAsync(brainstorming.Id, brainstorming.Start, notes: "Needs a deeper look at logistics");
        Assert.True((await Case(node, brainstorming.CaseId)).FollowupBookable);

        var followup = await node.BookOkAsync(BookingBodies.Valid(expert, BookingNode.March(9, 10), "followup", email, brainstorming.CaseId));
        await node.RecordOutcomeAsync(followup.Id, followup.Start, "held", "project-with-hub");

        var timeline = await Case(node, brainstorming.CaseId);
        Assert.Equal([brainstorming.Id, followup.Id], timeline.Timeline.Select(m => m.Id));
        Assert.Equal(["brainstorming", "followup"], timeline.Timeline.Select(m => m.Kind));
        Assert.Equal(["follow-up-recommended", "project-with-hub"], timeline.Timeline.Select(m => m.Outcome!.Category));
        Assert.Equal("Needs a deeper look at logistics", timeline.Timeline[0].Outcome!.Notes);
        Assert.False(timeline.FollowupBookable);
    }

    [Fact]
    public async Task Each_brainstorming_opens_its_own_case()
    {
        await using var node = new BookingNode();
        var expert = await node.ExpertAsync();
        var email = BookingBodies.NewEmail();

        var first = await node.BookOkAsync(BookingBodies.Valid(expert, BookingNode.March(4, 10), email: email));
        var second = await node.BookOkAsync(BookingBodies.Valid(expert, BookingNode.March(5, 10), email: email));

        Assert.NotEqual(first.CaseId, second.CaseId);
    }

    [Fact]
    public async Task An_unknown_case_is_404()
    {
        await using var node = new BookingNode();

        var response = await node.Staff.GetAsync(BookingNode.Path($"cases/{Guid.CreateVersion7()}"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static async Task<CaseView> Case(BookingNode node, Guid caseId) =>
        (await node.Staff.GetFromJsonAsync<CaseView>(BookingNode.Path($"cases/{caseId}")))!;
}
