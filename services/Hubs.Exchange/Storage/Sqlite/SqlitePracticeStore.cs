using System.Globalization;
using System.Text;
using Dapper;
using Hubs.Contracts.Events;
using Hubs.Exchange.Practices;
using Hubs.ServiceDefaults.Storage;

namespace Hubs.Exchange.Storage.Sqlite;

/// <summary>
/// Practices in SQLite, keyed by (hub_id, practice_id). Each event is applied in one immediate transaction whose
/// statements compare versions, so concurrent consumers and redelivered or reordered events converge without any
/// lock in this process.
/// </summary>
public sealed class SqlitePracticeStore(SqliteDatabase database, TimeProvider clock) : IPracticeStore
{
    private const string Columns = """
        p.hub_id AS HubId, h.name AS HubName, p.practice_id AS PracticeId, p.version AS Version, p.title AS Title,
        p.summary AS Summary, p.body_markdown AS BodyMarkdown, p.body_html AS BodyHtml, p.topics AS Topics,
        p.results_achieved AS ResultsAchieved, p.links AS Links, p.language AS Language,
        p.grant_call_reference AS GrantCallReference, p.published_at AS PublishedAt, p.updated_at AS UpdatedAt,
        (SELECT COUNT(*) FROM adoptions AS a WHERE a.hub_id = p.hub_id AND a.practice_id = p.practice_id) AS Adoptions,
        (SELECT COUNT(*) FROM endorsements AS n WHERE n.hub_id = p.hub_id AND n.practice_id = p.practice_id) AS Endorsements
        """;

    private const string From = "practices AS p LEFT JOIN hubs AS h ON h.hub_id = p.hub_id";

    private const string VersionColumns = """
        hub_id AS HubId, practice_id AS PracticeId, version AS Version, title AS Title, summary AS Summary,
        body_markdown AS BodyMarkdown, body_html AS BodyHtml, topics AS Topics, results_achieved AS ResultsAchieved,
        links AS Links, language AS Language, grant_call_reference AS GrantCallReference, occurred_at AS OccurredAt
        """;

    public async Task<bool> ApplyPublishedAsync(PracticePublished published, PracticeRendering rendering, CancellationToken cancellationToken = default)
    {
        // History first, in any order of arrival, unless a newer withdrawal already purged the practice.
        const string keepVersion = """
            INSERT INTO practice_versions (hub_id, practice_id, version, title, summary, body_markdown, body_html, topics,
                                           results_achieved, links, language, grant_call_reference, event_id, occurred_at, applied_at)
            SELECT @HubId, @PracticeId, @Version, @Title, @Summary, @BodyMarkdown, @BodyHtml, @Topics,
                   @ResultsAchieved, @Links, @Language, @GrantCallReference, @EventId, @OccurredAt, @Now
            WHERE NOT EXISTS (SELECT 1 FROM practices
                              WHERE hub_id = @HubId AND practice_id = @PracticeId AND withdrawn = 1 AND version > @Version)
            ON CONFLICT (hub_id, practice_id, version) DO NOTHING
            """;
        const string makeCurrent = """
            INSERT INTO practices (hub_id, practice_id, version, withdrawn, title, summary, body_markdown, body_html, topics,
                                   results_achieved, links, language, grant_call_reference, search_text,
                                   published_at, updated_at, last_event_id, applied_at)
            VALUES (@HubId, @PracticeId, @Version, 0, @Title, @Summary, @BodyMarkdown, @BodyHtml, @Topics,
                    @ResultsAchieved, @Links, @Language, @GrantCallReference, @SearchText,
                    @OccurredAt, @OccurredAt, @EventId, @Now)
            ON CONFLICT (hub_id, practice_id) DO UPDATE SET
                version = excluded.version, withdrawn = 0, title = excluded.title, summary = excluded.summary,
                body_markdown = excluded.body_markdown, body_html = excluded.body_html, topics = excluded.topics,
                results_achieved = excluded.results_achieved, links = excluded.links, language = excluded.language,
                grant_call_reference = excluded.grant_call_reference, search_text = excluded.search_text,
                updated_at = excluded.updated_at, last_event_id = excluded.last_event_id, applied_at = excluded.applied_at
            WHERE excluded.version > practices.version
            """;
        // A late older version still tells when the practice was first published.
        const string firstPublished = """
            UPDATE practices SET published_at = @OccurredAt
            WHERE hub_id = @HubId AND practice_id = @PracticeId AND published_at > @OccurredAt
            """;

        var parameters = new
        {
            published.HubId,
            PracticeId = StoredValues.Id(published.PracticeId),
            published.Version,
            published.Title,
            published.Summary,
            published.BodyMarkdown,
            rendering.BodyHtml,
            Topics = StoredValues.List(published.Topics),
            ResultsAchieved = published.ResultsAchieved ?? "",
            Links = StoredValues.List(published.Links),
            published.Language,
            published.GrantCallReference,
            rendering.SearchText,
            EventId = StoredValues.Id(published.EventId),
            OccurredAt = StoredValues.Time(published.OccurredAt),
            Now = StoredValues.Time(clock.GetUtcNow()),
        };

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        await connection.ExecuteAsync(new CommandDefinition(keepVersion, parameters, transaction, cancellationToken: cancellationToken));
        var applied = await connection.ExecuteAsync(new CommandDefinition(makeCurrent, parameters, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(firstPublished, parameters, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return applied > 0;
    }

    public async Task<bool> ApplyWithdrawnAsync(PracticeWithdrawn withdrawn, CancellationToken cancellationToken = default)
    {
        // The tombstone keeps the version (so an older publish cannot revive the practice) and nothing of the content.
        const string tombstone = """
            INSERT INTO practices (hub_id, practice_id, version, withdrawn, published_at, updated_at, last_event_id, applied_at)
            VALUES (@HubId, @PracticeId, @Version, 1, @OccurredAt, @OccurredAt, @EventId, @Now)
            ON CONFLICT (hub_id, practice_id) DO UPDATE SET
                version = excluded.version, withdrawn = 1, title = '', summary = '', body_markdown = '', body_html = '',
                topics = '[]', results_achieved = '', links = '[]', language = '', grant_call_reference = NULL,
                search_text = '', updated_at = excluded.updated_at, last_event_id = excluded.last_event_id,
                applied_at = excluded.applied_at
            WHERE excluded.version > practices.version
            """;
        const string purgeHistory = "DELETE FROM practice_versions WHERE hub_id = @HubId AND practice_id = @PracticeId AND version < @Version";

        var parameters = new
        {
            withdrawn.HubId,
            PracticeId = StoredValues.Id(withdrawn.PracticeId),
            withdrawn.Version,
            EventId = StoredValues.Id(withdrawn.EventId),
            OccurredAt = StoredValues.Time(withdrawn.OccurredAt),
            Now = StoredValues.Time(clock.GetUtcNow()),
        };

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        var applied = await connection.ExecuteAsync(new CommandDefinition(tombstone, parameters, transaction, cancellationToken: cancellationToken));
        if (applied > 0)
        {
            await connection.ExecuteAsync(new CommandDefinition(purgeHistory, parameters, transaction, cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
        return applied > 0;
    }

    public async Task<PracticeSearchResult> SearchAsync(PracticeSearch search, CancellationToken cancellationToken = default)
    {
        var where = new StringBuilder(PracticeVisibility.Shown);
        var parameters = new DynamicParameters();
        if (search.Topic is not null)
        {
            where.Append(" AND EXISTS (SELECT 1 FROM json_each(p.topics) AS t WHERE t.value = @topic)");
            parameters.Add("topic", search.Topic);
        }

        if (search.HubId is not null)
        {
            where.Append(" AND p.hub_id = @hubId");
            parameters.Add("hubId", search.HubId);
        }

        if (search.Language is not null)
        {
            where.Append(" AND p.language = @language");
            parameters.Add("language", search.Language);
        }

        for (var i = 0; i < search.Terms.Count; i++)
        {
            // instr, not LIKE: a term holding % or _ is matched as written, with nothing to escape.
            where.Append(CultureInfo.InvariantCulture, $" AND instr(p.search_text, @term{i}) > 0");
            parameters.Add($"term{i}", search.Terms[i]);
        }

        parameters.Add("take", search.PageSize);
        parameters.Add("skip", search.Skip);

        await using var connection = await database.OpenAsync(cancellationToken);
        // One deferred (read) transaction: the count and the page see the same snapshot and no writer waits for it.
        await using var transaction = connection.BeginTransaction(deferred: true);
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT COUNT(*) FROM practices AS p WHERE {where}", parameters, transaction, cancellationToken: cancellationToken));
        IEnumerable<PracticeRow> rows = total <= search.Skip
            ? []
            : await connection.QueryAsync<PracticeRow>(new CommandDefinition(
                $"""
                SELECT {Columns} FROM {From} WHERE {where}
                ORDER BY p.updated_at DESC, p.hub_id, p.practice_id
                LIMIT @take OFFSET @skip
                """,
                parameters, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return new PracticeSearchResult([.. rows.Select(r => r.ToRecord())], total);
    }

    public async Task<PracticeRecord?> GetAsync(string hubId, Guid practiceId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<PracticeRow>(new CommandDefinition(
            $"SELECT {Columns} FROM {From} WHERE p.hub_id = @hubId AND p.practice_id = @practiceId AND {PracticeVisibility.Shown}",
            new { hubId, practiceId = StoredValues.Id(practiceId) },
            cancellationToken: cancellationToken));
        return row?.ToRecord();
    }

    public async Task<IReadOnlyList<PracticeVersionRecord>> ListVersionsAsync(string hubId, Guid practiceId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<VersionRow>(new CommandDefinition(
            $"""
            SELECT {VersionColumns} FROM practice_versions AS v
            WHERE v.hub_id = @hubId AND v.practice_id = @practiceId
              AND EXISTS (SELECT 1 FROM practices AS p WHERE p.hub_id = v.hub_id AND p.practice_id = v.practice_id AND {PracticeVisibility.Shown})
            ORDER BY v.version DESC
            """,
            new { hubId, practiceId = StoredValues.Id(practiceId) },
            cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToRecord())];
    }

    public async Task<PracticeVersionRecord?> GetVersionAsync(string hubId, Guid practiceId, long version, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<VersionRow>(new CommandDefinition(
            $"""
            SELECT {VersionColumns} FROM practice_versions AS v
            WHERE v.hub_id = @hubId AND v.practice_id = @practiceId AND v.version = @version
              AND EXISTS (SELECT 1 FROM practices AS p WHERE p.hub_id = v.hub_id AND p.practice_id = v.practice_id AND {PracticeVisibility.Shown})
            """,
            new { hubId, practiceId = StoredValues.Id(practiceId), version },
            cancellationToken: cancellationToken));
        return row?.ToRecord();
    }

    private sealed class PracticeRow
    {
        public string HubId { get; set; } = "";
        public string? HubName { get; set; }
        public string PracticeId { get; set; } = "";
        public long Version { get; set; }
        public string Title { get; set; } = "";
        public string Summary { get; set; } = "";
        public string BodyMarkdown { get; set; } = "";
        public string BodyHtml { get; set; } = "";
        public string Topics { get; set; } = "[]";
        public string ResultsAchieved { get; set; } = "";
        public string Links { get; set; } = "[]";
        public string Language { get; set; } = "";
        public string? GrantCallReference { get; set; }
        public string PublishedAt { get; set; } = "";
        public string UpdatedAt { get; set; } = "";
        public long Adoptions { get; set; }
        public long Endorsements { get; set; }

        public PracticeRecord ToRecord() => new()
        {
            HubId = HubId,
            HubName = HubName,
            PracticeId = Guid.Parse(PracticeId),
            Version = Version,
            Title = Title,
            Summary = Summary,
            BodyMarkdown = BodyMarkdown,
            BodyHtml = BodyHtml,
            Topics = StoredValues.List(Topics),
            ResultsAchieved = ResultsAchieved,
            Links = StoredValues.List(Links),
            Language = Language,
            GrantCallReference = GrantCallReference,
            PublishedAt = StoredValues.Time(PublishedAt),
            UpdatedAt = StoredValues.Time(UpdatedAt),
            Adoptions = Adoptions,
            Endorsements = Endorsements,
        };
    }

    private sealed class VersionRow
    {
        public string HubId { get; set; } = "";
        public string PracticeId { get; set; } = "";
        public long Version { get; set; }
        public string Title { get; set; } = "";
        public string Summary { get; set; } = "";
        public string BodyMarkdown { get; set; } = "";
        public string BodyHtml { get; set; } = "";
        public string Topics { get; set; } = "[]";
        public string ResultsAchieved { get; set; } = "";
        public string Links { get; set; } = "[]";
        public string Language { get; set; } = "";
        public string? GrantCallReference { get; set; }
        public string OccurredAt { get; set; } = "";

        public PracticeVersionRecord ToRecord() => new()
        {
            HubId = HubId,
            PracticeId = Guid.Parse(PracticeId),
            Version = Version,
            Title = Title,
            Summary = Summary,
            BodyMarkdown = BodyMarkdown,
            BodyHtml = BodyHtml,
            Topics = StoredValues.List(Topics),
            ResultsAchieved = ResultsAchieved,
            Links = StoredValues.List(Links),
            Language = Language,
            GrantCallReference = GrantCallReference,
            OccurredAt = StoredValues.Time(OccurredAt),
        };
    }
}
