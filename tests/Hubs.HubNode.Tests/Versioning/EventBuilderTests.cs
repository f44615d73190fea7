using System.Text.Json;
using System.Text.Json.Nodes;
using Hubs.Contracts.Events;
using Hubs.HubNode.Experts;
using Hubs.HubNode.Practices;
using Hubs.HubNode.Snapshots;
using Hubs.ServiceDefaults.Outbox;

namespace Hubs.HubNode.Tests.Versioning;

/// <summary>
/// One event builder per resource, used by the writer and by the snapshot: a field added to a draft reaches the network
/// on both paths, or this fails naming it.
/// </summary>
public sealed class EventBuilderTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
    private static readonly DateTimeOffset At = new(2026, 5, 4, 10, 0, 0, TimeSpan.Zero);

    private static readonly ExpertProfile ExpertContent = new()
    {
        Name = "Anna Bianchi", Title = "Consulente e-commerce", Bio = "Aiuta le botteghe.", Competencies = ["ecommerce"], Languages = ["it", "en"],
    };

    private static readonly PracticeDraft PracticeContent = new(
        "Vetrina online", "Una bottega passa all'e-commerce.", "# Come\nPasso per passo.", ["ecommerce"], "Vendite +20%",
        ["https://example.org/caso"], "it", "Bando 2026/1");

    [Fact]
    public void Every_field_of_an_expert_draft_is_in_the_event_the_network_sees()
    {
        var expert = Expert.New(ExpertContent, Guid.CreateVersion7(At), At);

        AssertCarries(ExpertContent, ExpertEvents.Current("lomazzo", expert, Guid.CreateVersion7(At)));
    }

    [Fact]
    public void Every_field_of_a_practice_draft_is_in_the_event_the_network_sees()
    {
        var practice = Practice.New(PracticeContent, Guid.CreateVersion7(At), At);

        AssertCarries(PracticeContent, PracticeEvents.Current("lomazzo", practice, Guid.CreateVersion7(At)));
    }

    [Fact]
    public void A_snapshot_tells_each_expert_and_practice_as_the_writer_did_but_for_the_event_id()
    {
        var expert = Expert.New(ExpertContent, Guid.CreateVersion7(At), At).Stamped(3, At.AddHours(1));
        var retired = (Expert.New(ExpertContent, Guid.CreateVersion7(At), At) with { RetiredAt = At.AddHours(2) }).Stamped(2, At.AddHours(2));
        var practice = Practice.New(PracticeContent, Guid.CreateVersion7(At), At).Stamped(2, At.AddHours(3));

        var snapshot = HubSnapshot.Compose("lomazzo", new HubState(null, DateTimeOffset.MinValue, [expert, retired], [practice]), Guid.NewGuid(), At.AddDays(1));

        OutboxMessage[] written =
        [
            Expert.CurrentEvent("lomazzo", expert, Guid.CreateVersion7(At)),
            Expert.CurrentEvent("lomazzo", retired, Guid.CreateVersion7(At)),
            Practice.CurrentEvent("lomazzo", practice, Guid.CreateVersion7(At)),
        ];
        Assert.Equal(
            written.Select(m => (m.MessageType, WithoutEventId(m.Payload), m.OccurredAt)),
            snapshot.Messages.Take(3).Select(m => (m.MessageType, WithoutEventId(m.Payload), m.OccurredAt)));
    }

    private static void AssertCarries<TDraft>(TDraft draft, OutboxMessage message)
    {
        var payload = JsonNode.Parse(message.Payload)!.AsObject();
        foreach (var property in typeof(TDraft).GetProperties())
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            Assert.True(payload.ContainsKey(name), $"The event lacks the draft's {property.Name}.");
            Assert.Equal(JsonSerializer.Serialize(property.GetValue(draft), Web), payload[name]?.ToJsonString(Web) ?? "null");
        }
    }

    private static string WithoutEventId(string payload)
    {
        var json = JsonNode.Parse(payload)!.AsObject();
        json.Remove("eventId");
        return json.ToJsonString();
    }
}
