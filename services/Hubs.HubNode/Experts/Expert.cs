using Hubs.Contracts.Events;
using Hubs.HubNode.Versioning;
using Hubs.ServiceDefaults.Outbox;

namespace Hubs.HubNode.Experts;

/// <summary>A person who takes consultations at this hub. <see cref="Version"/> grows by one on every change, retirement included.</summary>
public sealed record Expert : IVersionedResource<Expert, ExpertDraft, ExpertResponse>
{
    public static string Noun => "expert";
    public static string Shown => "active";
    public static string Collection => "experts";

    public required Guid Id { get; init; }

    /// <summary>What the hub says about the expert: the API's, the store's and the event's one record.</summary>
    public required ExpertProfile Profile { get; init; }

    public required long Version { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
    public DateTimeOffset? RetiredAt { get; init; }

    public bool IsRetired => RetiredAt is not null;

    bool IVersioned<Expert>.IsEnded => IsRetired;

    /// <summary>Version 1 of a new expert.</summary>
    public static Expert New(ExpertProfile profile, Guid id, DateTimeOffset at) => new()
    {
        Id = id,
        Profile = profile,
        Version = 1,
        UpdatedAt = at,
    };

    static Expert IVersionedResource<Expert, ExpertDraft, ExpertResponse>.First(ExpertDraft draft, Guid id, DateTimeOffset at) => New(draft.Profile, id, at);

    static ExpertResponse IVersionedResource<Expert, ExpertDraft, ExpertResponse>.Response(Expert entity) => ExpertResponse.From(entity);

    /// <summary>This expert showing the draft's profile; null when it already does (nothing to store, no event).</summary>
    public Expert? Revised(ExpertDraft draft) => Profile.SameAs(draft.Profile) ? null : this with { Profile = draft.Profile };

    /// <summary>Retired at <paramref name="at"/>.</summary>
    public Expert Ended(DateTimeOffset at) => this with { RetiredAt = at };

    public Expert Stamped(long version, DateTimeOffset at) => this with { Version = version, UpdatedAt = at };

    public static OutboxMessage CurrentEvent(string hubId, Expert entity, Guid eventId) => ExpertEvents.Current(hubId, entity, eventId);
}
