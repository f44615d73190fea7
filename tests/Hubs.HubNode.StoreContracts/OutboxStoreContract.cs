using Hubs.HubNode.Bookings;
using Hubs.HubNode.Experts;
using Hubs.HubNode.Hubs;
using Hubs.ServiceDefaults.Outbox;
using Hubs.HubNode.Practices;

namespace Hubs.HubNode.StoreContracts;

/// <summary>
/// What every <see cref="IOutboxStore"/> does for the relay: unsent entries in write order, whichever store wrote them,
/// each event once, and an entry only with the change it announces.
/// </summary>
public abstract class OutboxStoreContract : StoreContract
{
    protected OutboxStoreContract(IStoreSetup setup)
        : base(setup)
    {
    }

    [Fact]
    public async Task Entries_of_every_store_are_fetched_in_write_order_with_growing_sequence_numbers()
    {
        var written = new List<OutboxMessage>();
        var expert = ContractData.Write(ContractData.Expert());
        Assert.True(await Port<IExpertStore>().AddAsync(expert));
        written.Add(expert.Event);
        var announcement = ContractData.Event();
        Assert.True(await Port<IHubProfileStore>().SaveAsync(ContractData.Profile(), 1, 0, announcement));
        written.Add(announcement);
        var booking = ContractData.Write(ContractData.Booking(expert.Expert.Id, ContractData.March(4, 10)), events: 2);
        Assert.Equal(BookingClaim.Booked, await Port<IBookingStore>().AddAsync(booking, ContractData.ClaimUntil(booking.Booking), ContractData.Conditions()));
        written.AddRange(booking.Events);
        var practice = new PracticeWrite(ContractData.Practice(), ContractData.Event());
        Assert.True(await Port<IPracticeStore>().AddAsync(practice));
        written.Add(practice.Event);

        var entries = await Outbox.FetchUnsentAsync(100);

        Assert.Equal(written.Select(m => m.EventId), entries.Select(e => e.EventId));
        Assert.Equal(entries.Select(e => e.Seq).Order(), entries.Select(e => e.Seq));
        Assert.Equal(entries.Count, entries.Select(e => e.Seq).Distinct().Count());
        Assert.Equal(written.Count, await Outbox.CountUnsentAsync());
    }

    [Fact]
    public async Task An_entry_reads_back_as_written()
    {
        var sent = ContractData.Event(destination: "queue:hub-ivrea") with { Payload = """{"text":"Caffè è buono","n":1}""" };
        Assert.True(await Port<IPracticeStore>().AddAsync(new PracticeWrite(ContractData.Practice(), sent)));

        var entry = Assert.Single(await Outbox.FetchUnsentAsync(10));

        Assert.Equal(new OutboxEntry(entry.Seq, sent.EventId, sent.MessageType, sent.Payload, sent.OccurredAt, 0, sent.Destination), entry);
    }

    [Fact]
    public async Task The_fetch_limit_is_honoured_and_sent_entries_are_not_fetched_again()
    {
        var events = await WriteExpertsAsync(5);

        var firstTwo = await Outbox.FetchUnsentAsync(2);
        Assert.Equal(events.Take(2), firstTwo.Select(e => e.EventId));
        foreach (var entry in firstTwo)
        {
            await Outbox.MarkSentAsync([entry.Seq], ContractData.Stamp(5));
        }

        Assert.Equal(events.Skip(2), (await Outbox.FetchUnsentAsync(10)).Select(e => e.EventId));
        Assert.Equal(3, await Outbox.CountUnsentAsync());
    }

    [Fact]
    public async Task Failed_attempts_are_counted_and_marking_sent_is_final()
    {
        await WriteExpertsAsync(1);
        var entry = Assert.Single(await Outbox.FetchUnsentAsync(10));

        await Outbox.RecordFailedAttemptAsync(entry.Seq);
        await Outbox.RecordFailedAttemptAsync(entry.Seq);
        Assert.Equal(2, Assert.Single(await Outbox.FetchUnsentAsync(10)).Attempts);

        await Outbox.MarkSentAsync([entry.Seq], ContractData.Stamp(1));
        await Outbox.MarkSentAsync([entry.Seq], ContractData.Stamp(2));
        Assert.Empty(await Outbox.FetchUnsentAsync(10));
        Assert.Equal(0, await Outbox.CountUnsentAsync());
    }

    [Fact]
    public async Task An_event_id_already_in_the_outbox_fails_the_whole_write()
    {
        var first = ContractData.Write(ContractData.Expert());
        Assert.True(await Port<IExpertStore>().AddAsync(first));
        var practice = ContractData.Practice();

        // The adapter's own error (a unique key refused the entry): no port result fits a broken event id.
        await Assert.ThrowsAnyAsync<Exception>(() => Port<IPracticeStore>().AddAsync(new PracticeWrite(practice, first.Event with { MessageType = "urn:message:hubs:other:v1" })));

        Assert.Null(await Port<IPracticeStore>().GetAsync(practice.Id));
        Assert.Equal(first.Event.EventId, Assert.Single(await Outbox.FetchUnsentAsync(10)).EventId);
    }

    [Fact]
    public async Task Concurrent_writers_each_get_their_own_sequence_numbers()
    {
        var writes = Enumerable.Range(0, 16).Select(i => ContractData.Write(ContractData.Expert($"Parallel {i}"))).ToList();

        Assert.All(await AllAtOnceAsync(writes.Count, i => Port<IExpertStore>().AddAsync(writes[i])), Assert.True);

        var entries = await Outbox.FetchUnsentAsync(100);
        Assert.Equal(writes.Select(w => w.Event.EventId).Order(), entries.Select(e => e.EventId).Order());
        Assert.Equal(entries.Count, entries.Select(e => e.Seq).Distinct().Count());
        Assert.Equal(entries.Select(e => e.Seq).Order(), entries.Select(e => e.Seq));
    }

    private async Task<List<Guid>> WriteExpertsAsync(int count)
    {
        var events = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var write = ContractData.Write(ContractData.Expert($"Expert {i}"));
            Assert.True(await Port<IExpertStore>().AddAsync(write));
            events.Add(write.Event.EventId);
        }

        return events;
    }
}
