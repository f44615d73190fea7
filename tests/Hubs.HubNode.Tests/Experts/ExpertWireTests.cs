using System.Text.Json;
using System.Text.Json.Nodes;
using Hubs.Contracts.Events;
using Hubs.HubNode.Experts;
using MassTransit;

namespace Hubs.HubNode.Tests.Experts;

/// <summary>
/// <see cref="ExpertPublished"/> derives from <see cref="ExpertProfile"/> without changing what is routed or read: its URN
/// leads the envelope, the profile gets no exchange and the JSON fields are the v1 ones (decision 34).
/// </summary>
public sealed class ExpertWireTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 4, 9, 0, 0, TimeSpan.Zero);

    private static readonly ExpertProfile Profile = new()
    {
        Name = "Anna Bianchi", Title = "Consulente e-commerce", Bio = "Aiuta le botteghe.", Competencies = ["ecommerce"], Languages = ["it", "en"],
    };

    [Fact]
    public void The_envelope_leads_with_the_event_urn_and_the_profile_has_no_exchange()
    {
        var names = MessageTypeCache<ExpertPublished>.MessageTypeNames;

        Assert.Equal("urn:message:hubs:expert-published:v1", names[0]);
        Assert.True(typeof(ExpertProfile).IsDefined(typeof(ExcludeFromTopologyAttribute), inherit: false));
    }

    [Fact]
    public void The_event_has_the_v1_fields_and_nothing_else()
    {
        var message = ExpertEvents.Current("lomazzo", Expert.New(Profile, Guid.CreateVersion7(At), At), Guid.CreateVersion7(At));

        var fields = JsonNode.Parse(message.Payload)!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal);
        Assert.Equal(
            new[] { "hubId", "eventId", "occurredAt", "version", "expertId", "name", "title", "bio", "competencies", "languages" }.Order(StringComparer.Ordinal),
            fields);
        var read = JsonSerializer.Deserialize<ExpertPublished>(message.Payload, JsonSerializerOptions.Web)!;
        Assert.Equal(Profile.ToJson(), read.ToJson());
        Assert.Equal(("lomazzo", 1L, At), (read.HubId, read.Version, read.OccurredAt));
    }

    [Fact]
    public void A_stored_profile_is_the_profile_alone_even_when_written_from_the_event()
    {
        var published = new ExpertPublished(Profile, "lomazzo", Guid.CreateVersion7(At), 2, Guid.CreateVersion7(At), At);

        Assert.Equal(Profile.ToJson(), published.ToJson());
        Assert.DoesNotContain("hubId", published.ToJson(), StringComparison.Ordinal);
    }
}
