using Hubs.Contracts.Events;
using Hubs.Directory.Experts;
using Hubs.ServiceDefaults.Search;
using Hubs.ServiceDefaults.Storage;

namespace Hubs.Directory.Storage.Sqlite;

/// <summary>
/// The expert projection's version-gated upserts (<c>WHERE excluded.version &gt; stored version</c>), as writes the
/// <see cref="ProjectionWriter"/> can batch: applied in any order, once or many times, they leave the newest version.
/// </summary>
public static class ExpertWrites
{
    // The profile is stored whole (one JSON document); name, competencies and languages again beside it, as the keys
    // the SQL searches, groups and orders by.
    public static ProjectionWrite Published(ExpertPublished published, DateTimeOffset now)
    {
        const string sql = """
            INSERT INTO experts (hub_id, expert_id, version, retired, name, profile, competencies, languages,
                                 search_text, sort_name, last_event_id, updated_at, applied_at)
            VALUES (@HubId, @ExpertId, @Version, 0, @Name, @Profile, @Competencies, @Languages,
                    @SearchText, @SortName, @EventId, @UpdatedAt, @Now)
            ON CONFLICT (hub_id, expert_id) DO UPDATE SET
                version = excluded.version, retired = 0, name = excluded.name, profile = excluded.profile,
                competencies = excluded.competencies, languages = excluded.languages,
                search_text = excluded.search_text, sort_name = excluded.sort_name,
                last_event_id = excluded.last_event_id, updated_at = excluded.updated_at, applied_at = excluded.applied_at
            WHERE excluded.version > experts.version
            """;
        var parameters = new
        {
            published.HubId,
            ExpertId = StoredValues.Id(published.ExpertId),
            published.Version,
            published.Name,
            Profile = published.ToJson(),
            Competencies = StoredValues.List(published.Competencies),
            Languages = StoredValues.List(published.Languages),
            SearchText = ExpertSearchText.For(published),
            SortName = SearchText.Normalise(published.Name),
            EventId = StoredValues.Id(published.EventId),
            UpdatedAt = StoredValues.Time(published.OccurredAt),
            Now = StoredValues.Time(now),
        };
        return new ProjectionWrite(sql, parameters);
    }

    public static ProjectionWrite Retired(ExpertRetired retired, DateTimeOffset now)
    {
        // The tombstone drops the profile: nothing of a retired expert is kept beyond the version that retired them.
        const string sql = """
            INSERT INTO experts (hub_id, expert_id, version, retired, last_event_id, updated_at, applied_at)
            VALUES (@HubId, @ExpertId, @Version, 1, @EventId, @UpdatedAt, @Now)
            ON CONFLICT (hub_id, expert_id) DO UPDATE SET
                version = excluded.version, retired = 1, name = NULL, profile = NULL,
                competencies = '[]', languages = '[]', search_text = '', sort_name = '',
                last_event_id = excluded.last_event_id, updated_at = excluded.updated_at, applied_at = excluded.applied_at
            WHERE excluded.version > experts.version
            """;
        var parameters = new
        {
            retired.HubId,
            ExpertId = StoredValues.Id(retired.ExpertId),
            retired.Version,
            EventId = StoredValues.Id(retired.EventId),
            UpdatedAt = StoredValues.Time(retired.OccurredAt),
            Now = StoredValues.Time(now),
        };
        return new ProjectionWrite(sql, parameters);
    }

    public static ProjectionWrite Availability(ExpertAvailabilityChanged availability)
    {
        const string sql = """
            INSERT INTO expert_availability (hub_id, expert_id, version, next_free_brainstorming, next_free_followup,
                                             free_brainstorming_14d, free_followup_14d, last_event_id, summarised_at)
            VALUES (@HubId, @ExpertId, @Version, @NextFreeBrainstorming, @NextFreeFollowup,
                    @FreeBrainstorming, @FreeFollowup, @EventId, @SummarisedAt)
            ON CONFLICT (hub_id, expert_id) DO UPDATE SET
                version = excluded.version, next_free_brainstorming = excluded.next_free_brainstorming,
                next_free_followup = excluded.next_free_followup, free_brainstorming_14d = excluded.free_brainstorming_14d,
                free_followup_14d = excluded.free_followup_14d, last_event_id = excluded.last_event_id,
                summarised_at = excluded.summarised_at
            WHERE excluded.version > expert_availability.version
            """;
        var parameters = new
        {
            availability.HubId,
            ExpertId = StoredValues.Id(availability.ExpertId),
            availability.Version,
            NextFreeBrainstorming = StoredValues.OptionalTime(availability.NextFreeBrainstorming),
            NextFreeFollowup = StoredValues.OptionalTime(availability.NextFreeFollowup),
            FreeBrainstorming = availability.FreeBrainstormingSlotsNext14Days,
            FreeFollowup = availability.FreeFollowupSlotsNext14Days,
            EventId = StoredValues.Id(availability.EventId),
            SummarisedAt = StoredValues.Time(availability.OccurredAt),
        };
        return new ProjectionWrite(sql, parameters);
    }
}
