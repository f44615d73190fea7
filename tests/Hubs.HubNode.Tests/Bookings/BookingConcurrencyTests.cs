using System.Net;
using System.Net.Http.Json;
using Hubs.Contracts.Events;
using Hubs.HubNode.Tests.Support;

namespace Hubs.HubNode.Tests.Bookings;

/// <summary>A slot is booked at most once, decided by the store: concurrent requests, overlapping kinds, two processes on one file.</summary>
public sealed class BookingConcurrencyTests
{
    private const int Requests = 50;

    [Fact]
    public async Task Fifty_concurrent_requests_for_one_slot_give_exactly_one_booking()
    {
        await using var node = new BookingNode();
        var expert = await node.ExpertAsync();
        var start = BookingNode.March(4, 10);

        var responses = await Task.WhenAll(Enumerable.Range(0, Requests).Select(_ => node.BookAsync(BookingBodies.Valid(expert, start))));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(Requests - 1, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        foreach (var conflict in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict))
        {
            Assert.Equal("application/problem+json", conflict.Content.Headers.ContentType?.MediaType);
        }

        Assert.Equal(1, await node.BookingCountAsync());
        Assert.Single(await node.OutboxOfAsync<ConsultationBooked>());
        Assert.Equal(45 + 15, await node.CellCountAsync()); // the meeting and the buffer after it, minute by minute
    }

    [Fact]
    public async Task Two_hub_node_processes_sharing_one_store_book_a_slot_once()
    {
        using var db = new TempDatabase();
        await using var first = new BookingNode(databasePath: db.Path);
        var expert = await first.ExpertAsync();
        await using var second = new BookingNode(databasePath: db.Path);
        var start = BookingNode.March(5, 15);

        // Both nodes offer the slot before the race: the second one really reads the shared store.
        Assert.Contains((await second.Client.GetFromJsonAsync<SlotView[]>(BookingNode.Path($"slots?expert={expert}&from=2026-03-05&to=2026-03-05")))!,
            s => s.Start == "2026-03-05T14:00:00Z");

        var responses = await Task.WhenAll(Enumerable.Range(0, Requests)
            .Select(i => (i % 2 == 0 ? first : second).BookAsync(BookingBodies.Valid(expert, start))));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(Requests - 1, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        Assert.Equal(1, await first.BookingCountAsync());
        Assert.Single(await first.OutboxOfAsync<ConsultationBooked>());
    }

    [Fact]
    public async Task Overlapping_starts_for_one_expert_race_and_only_one_wins()
    {
        await using var node = new BookingNode();
        var expert = await node.ExpertAsync();

        // 10:00 (45') blocks until 11:00 with its buffer; 10:15, 10:30 and 10:45 all collide with it and with each other.
        var starts = new[] { 0, 15, 30, 45 }.Select(m => BookingNode.March(4, 10, m)).ToArray();
        var responses = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => node.BookAsync(BookingBodies.Valid(expert, starts[i % starts.Length]))));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.Equal(1, await node.BookingCountAsync());
    }

    [Fact]
    public async Task A_followup_and_a_brainstorming_that_overlap_cannot_both_be_booked()
    {
        await using var node = new BookingNode();
        var expert = await node.ExpertAsync();
        var email = BookingBodies.NewEmail();

        // A case whose brainstorming recommended a follow-up.
        var first = await node.BookOkAsync(BookingBodies.Valid(expert, BookingNode.March(3, 10), email: email));
        Assert.Equal(HttpStatusCode.OK, (await node.RecordOutcomeAsync(first.Id, first.Start)).StatusCode);

        // Now a 45' brainstorming at 10:00 and a 60' follow-up at 10:15 on the same expert, at the same moment.
        var brainstorming = node.BookAsync(BookingBodies.Valid(expert, BookingNode.March(6, 10)));
        var followup = node.BookAsync(BookingBodies.Valid(expert, BookingNode.March(6, 10, 15), "followup", email, first.CaseId));
        var responses = await Task.WhenAll(brainstorming, followup);

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
    }

    [Fact]
    public async Task Meetings_exactly_a_buffer_apart_both_fit()
    {
        await using var node = new BookingNode();
        var expert = await node.ExpertAsync();

        // 10:00–10:45, then the 15' buffer: 11:00 is the first start allowed after it, and 09:00–09:45 ends a buffer before 10:00.
        var responses = await Task.WhenAll(
            node.BookAsync(BookingBodies.Valid(expert, BookingNode.March(4, 10))),
            node.BookAsync(BookingBodies.Valid(expert, BookingNode.March(4, 11))),
            node.BookAsync(BookingBodies.Valid(expert, BookingNode.March(4, 9))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
    }

    [Fact]
    public async Task Different_experts_are_booked_at_the_same_time_independently()
    {
        await using var node = new BookingNode();
        var anna = await node.ExpertAsync("Anna Verdi");
        var bruno = await node.ExpertAsync("Bruno Neri");
        var start = BookingNode.March(4, 10);

        var responses = await Task.WhenAll(
            Enumerable.Range(0, 20).Select(i => node.BookAsync(BookingBodies.Valid(i % 2 == 0 ? anna : bruno, start))));

        Assert.Equal(2, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(18, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
    }

    [Fact]
    public async Task Concurrent_reschedules_onto_one_free_slot_move_only_one_booking()
    {
        await using var node = new BookingNode();
        var expert = await node.ExpertAsync();
        var bookings = new List<CreatedView>();
        foreach (var hour in new[] { 9, 11, 13, 15 })
        {
            bookings.Add(await node.BookOkAsync(BookingBodies.Valid(expert, BookingNode.March(5, hour))));
        }

        var target = BookingNode.March(6, 10);
        var responses = await Task.WhenAll(bookings.Select(b =>
            node.SendAsync(HttpMethod.Post, BookingNode.Path($"bookings/{b.Id}/reschedule"), b.ManageToken, new { start = BookingBodies.Start(target) })));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(3, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        var views = await Task.WhenAll(bookings.Select(b => node.GetAsync(b.Id, b.ManageToken)));
        Assert.Single(views, v => v.Start == target.ToDateTimeOffset());
        Assert.Equal(4 * (45 + 15), await node.CellCountAsync());
    }
}
