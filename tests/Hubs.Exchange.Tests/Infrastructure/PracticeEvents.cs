using Hubs.Contracts.Events;

namespace Hubs.Exchange.Tests.Infrastructure;

/// <summary>Practice events with unique ids, so each test builds its own data.</summary>
public static class PracticeEvents
{
    public static PracticePublished Published(
        string hubId,
        Guid practiceId,
        long version,
        string? title = null,
        string? body = null,
        string language = "it",
        IReadOnlyList<string>? topics = null) => new()
    {
        HubId = hubId,
        EventId = Guid.CreateVersion7(),
        OccurredAt = Make.Epoch.AddHours(version),
        Version = version,
        PracticeId = practiceId,
        Title = title ?? $"Practice v{version}",
        Summary = $"Summary of version {version}.",
        BodyMarkdown = body ?? $"## Version {version}\n\nA **bold** step and a [link](https://example.org/v{version}).",
        Topics = topics ?? ["ecommerce"],
        ResultsAchieved = "Nine of twelve shops sold online within a month.",
        Links = ["https://example.org/practice"],
        Language = language,
        GrantCallReference = "PR FESR 2021-2027",
    };

    public static PracticeWithdrawn Withdrawn(string hubId, Guid practiceId, long version) => new()
    {
        HubId = hubId,
        EventId = Guid.CreateVersion7(),
        OccurredAt = Make.Epoch.AddHours(version),
        Version = version,
        PracticeId = practiceId,
    };
}
