using Hubs.HubNode.Versioning;
using Hubs.ServiceDefaults.Outbox;

namespace Hubs.HubNode.Practices;

/// <summary>A best practice this hub authored. <see cref="Version"/> grows by one on every change, withdrawal included.</summary>
public sealed record Practice : IVersionedResource<Practice, PracticeDraft, PracticeResponse>
{
    public static string Noun => "practice";
    public static string Shown => "published";
    public static string Collection => "practices";

    public required Guid Id { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public required string BodyMarkdown { get; init; }

    /// <summary>Topic codes.</summary>
    public required IReadOnlyList<string> Topics { get; init; }

    /// <summary>Empty when not stated.</summary>
    public required string ResultsAchieved { get; init; }

    /// <summary>Absolute http(s) URLs.</summary>
    public required IReadOnlyList<string> Links { get; init; }

    /// <summary>ISO 639-1 code.</summary>
    public required string Language { get; init; }

    public string? GrantCallReference { get; init; }

    public required long Version { get; init; }

    /// <summary>When version 1 was written.</summary>
    public required DateTimeOffset PublishedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }
    public DateTimeOffset? WithdrawnAt { get; init; }

    public bool IsWithdrawn => WithdrawnAt is not null;

    bool IVersioned<Practice>.IsEnded => IsWithdrawn;

    /// <summary>Version 1 of a new practice, published at <paramref name="at"/>.</summary>
    public static Practice New(PracticeDraft draft, Guid id, DateTimeOffset at) => new()
    {
        Id = id,
        Title = draft.Title,
        Summary = draft.Summary,
        BodyMarkdown = draft.BodyMarkdown,
        Topics = draft.Topics,
        ResultsAchieved = draft.ResultsAchieved,
        Links = draft.Links,
        Language = draft.Language,
        GrantCallReference = draft.GrantCallReference,
        Version = 1,
        PublishedAt = at,
        UpdatedAt = at,
    };

    /// <summary>This practice with the content of <paramref name="draft"/>.</summary>
    public Practice With(PracticeDraft draft) => this with
    {
        Title = draft.Title,
        Summary = draft.Summary,
        BodyMarkdown = draft.BodyMarkdown,
        Topics = draft.Topics,
        ResultsAchieved = draft.ResultsAchieved,
        Links = draft.Links,
        Language = draft.Language,
        GrantCallReference = draft.GrantCallReference,
    };

    public bool Has(PracticeDraft draft) =>
        Title == draft.Title && Summary == draft.Summary && BodyMarkdown == draft.BodyMarkdown
        && ResultsAchieved == draft.ResultsAchieved && Language == draft.Language && GrantCallReference == draft.GrantCallReference
        && Topics.SequenceEqual(draft.Topics, StringComparer.Ordinal)
        && Links.SequenceEqual(draft.Links, StringComparer.Ordinal);

    static Practice IVersionedResource<Practice, PracticeDraft, PracticeResponse>.First(PracticeDraft draft, Guid id, DateTimeOffset at) => New(draft, id, at);

    static PracticeResponse IVersionedResource<Practice, PracticeDraft, PracticeResponse>.Response(Practice entity) => PracticeResponse.From(entity);

    public Practice? Revised(PracticeDraft draft) => Has(draft) ? null : With(draft);

    /// <summary>Withdrawn at <paramref name="at"/>.</summary>
    public Practice Ended(DateTimeOffset at) => this with { WithdrawnAt = at };

    public Practice Stamped(long version, DateTimeOffset at) => this with { Version = version, UpdatedAt = at };

    public static OutboxMessage CurrentEvent(string hubId, Practice entity, Guid eventId) => PracticeEvents.Current(hubId, entity, eventId);
}
