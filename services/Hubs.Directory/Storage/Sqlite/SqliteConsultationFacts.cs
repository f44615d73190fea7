using Dapper;
using Hubs.Directory.Statistics;
using Hubs.ServiceDefaults.Storage;

namespace Hubs.Directory.Storage.Sqlite;

/// <summary>
/// Consultation facts in SQLite, keyed by (hub_id, booking_id). Every consultation event carries the whole fact at the
/// booking's version, so one upsert gated on that version makes duplicates and late arrivals change nothing.
/// </summary>
public sealed class SqliteConsultationFacts(SqliteDatabase database, StatisticsMemo statistics) : IConsultationFacts
{
    // Demand is one brainstorming per business need; its follow-ups deepen the same need.
    private const string Brainstorming = "brainstorming";

    public async Task<bool> ApplyAsync(ConsultationFact fact, CancellationToken cancellationToken = default)
    {
        const string sql = """
            INSERT INTO consultations (hub_id, booking_id, version, status, kind, start_at, local_date, iso_week, topics,
                                       ateco_section, size_class, province_code, outcome_category, last_event_id)
            VALUES (@HubId, @BookingId, @Version, @Status, @Kind, @StartAt, @LocalDate, @IsoWeek, @Topics,
                    @AtecoSection, @SizeClass, @ProvinceCode, @OutcomeCategory, @EventId)
            ON CONFLICT (hub_id, booking_id) DO UPDATE SET
                version = excluded.version, status = excluded.status, kind = excluded.kind, start_at = excluded.start_at,
                local_date = excluded.local_date, iso_week = excluded.iso_week, topics = excluded.topics,
                ateco_section = excluded.ateco_section, size_class = excluded.size_class,
                province_code = excluded.province_code, outcome_category = excluded.outcome_category,
                last_event_id = excluded.last_event_id
            WHERE excluded.version > consultations.version
            """;
        var localDate = NetworkCalendar.DateOf(fact.Start);
        await using var connection = await database.OpenAsync(cancellationToken);
        var applied = await connection.ExecuteAsync(new CommandDefinition(sql, new
        {
            fact.HubId,
            BookingId = StoredValues.Id(fact.BookingId),
            fact.Version,
            fact.Status,
            fact.Kind,
            StartAt = StoredValues.Time(fact.Start),
            LocalDate = StoredValues.Date(localDate),
            IsoWeek = NetworkCalendar.IsoWeekOf(localDate),
            Topics = StoredValues.List(fact.Topics),
            fact.AtecoSection,
            fact.SizeClass,
            fact.ProvinceCode,
            fact.OutcomeCategory,
            EventId = StoredValues.Id(fact.EventId),
        }, cancellationToken: cancellationToken)) > 0;
        if (applied)
        {
            statistics.Changed();
        }

        return applied;
    }

    public async Task<ConsultationFact?> GetAsync(string hubId, Guid bookingId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<FactRow>(new CommandDefinition(
            """
            SELECT hub_id AS HubId, booking_id AS BookingId, version AS Version, status AS Status, kind AS Kind,
                   start_at AS StartAt, topics AS Topics, ateco_section AS AtecoSection, size_class AS SizeClass,
                   province_code AS ProvinceCode, outcome_category AS OutcomeCategory, last_event_id AS LastEventId
            FROM consultations WHERE hub_id = @hubId AND booking_id = @bookingId
            """,
            new { hubId, bookingId = StoredValues.Id(bookingId) }, cancellationToken: cancellationToken));
        return row?.ToFact();
    }

    public async Task<IReadOnlyDictionary<string, int>> CountByHubAsync(DatePeriod period, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string HubId, long Count)>(new CommandDefinition(
            """
            SELECT hub_id, COUNT(*) FROM consultations
            WHERE status <> @cancelled AND local_date BETWEEN @from AND @to
            GROUP BY hub_id
            """,
            new { cancelled = ConsultationStatuses.Cancelled, from = StoredValues.Date(period.First), to = StoredValues.Date(period.Last) },
            cancellationToken: cancellationToken));
        return rows.ToDictionary(r => r.HubId, r => (int)r.Count, StringComparer.Ordinal);
    }

    public async Task<ConsultationStatistics> SummariseAsync(DatePeriod period, CancellationToken cancellationToken = default)
    {
        var parameters = new
        {
            from = StoredValues.Date(period.First),
            to = StoredValues.Date(period.Last),
            cancelled = ConsultationStatuses.Cancelled,
            noShow = ConsultationStatuses.NoShow,
            brainstorming = Brainstorming,
        };
        await using var connection = await database.OpenAsync(cancellationToken);
        // One read snapshot, so the figures agree with each other.
        await using var transaction = connection.BeginTransaction(deferred: true);

        async Task<IEnumerable<(string Key, string Week, long Count)>> Query3(string sql) =>
            await connection.QueryAsync<(string, string, long)>(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));

        async Task<IEnumerable<(string Key, long Count)>> Query2(string sql) =>
            await connection.QueryAsync<(string, long)>(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));

        var perWeek = await Query3("""
            SELECT hub_id, iso_week, COUNT(*) FROM consultations
            WHERE local_date BETWEEN @from AND @to AND status NOT IN (@cancelled, @noShow)
            GROUP BY hub_id, iso_week ORDER BY hub_id, iso_week
            """);
        var byTopic = await Query2("""
            SELECT t.value, COUNT(DISTINCT c.rowid) FROM consultations AS c CROSS JOIN json_each(c.topics) AS t
            WHERE c.local_date BETWEEN @from AND @to AND c.kind = @brainstorming AND c.status <> @cancelled
            GROUP BY t.value ORDER BY 2 DESC, 1
            """);
        var byProvince = await Query2("""
            SELECT province_code, COUNT(*) FROM consultations
            WHERE local_date BETWEEN @from AND @to AND kind = @brainstorming AND status <> @cancelled
            GROUP BY province_code ORDER BY 2 DESC, 1
            """);
        var byOutcome = await Query2("""
            SELECT outcome_category, COUNT(*) FROM consultations
            WHERE local_date BETWEEN @from AND @to AND outcome_category IS NOT NULL
            GROUP BY outcome_category ORDER BY 2 DESC, 1
            """);
        var outcomePerWeek = await Query3("""
            SELECT outcome_category, iso_week, COUNT(*) FROM consultations
            WHERE local_date BETWEEN @from AND @to AND outcome_category IS NOT NULL
            GROUP BY outcome_category, iso_week ORDER BY iso_week, outcome_category
            """);
        await transaction.CommitAsync(cancellationToken);

        return new ConsultationStatistics(
            [.. perWeek.Select(r => new HubWeekCount(r.Key, r.Week, r.Count))],
            [.. byTopic.Select(r => new TopicCount(r.Key, r.Count))],
            [.. byProvince.Select(r => new ProvinceCount(r.Key, r.Count))],
            [.. byOutcome.Select(r => new CategoryCount(r.Key, r.Count))],
            [.. outcomePerWeek.Select(r => new CategoryWeekCount(r.Key, r.Week, r.Count))]);
    }

    private sealed class FactRow
    {
        public string HubId { get; set; } = "";
        public string BookingId { get; set; } = "";
        public long Version { get; set; }
        public string Status { get; set; } = "";
        public string Kind { get; set; } = "";
        public string StartAt { get; set; } = "";
        public string? Topics { get; set; }
        public string AtecoSection { get; set; } = "";
        public string SizeClass { get; set; } = "";
        public string ProvinceCode { get; set; } = "";
        public string? OutcomeCategory { get; set; }
        public string LastEventId { get; set; } = "";

        public ConsultationFact ToFact() => new()
        {
            HubId = HubId,
            BookingId = Guid.Parse(BookingId),
            Version = Version,
            EventId = Guid.Parse(LastEventId),
            Status = Status,
            Kind = Kind,
            Start = StoredValues.Time(StartAt),
            Topics = StoredValues.List(Topics),
            AtecoSection = AtecoSection,
            SizeClass = SizeClass,
            ProvinceCode = ProvinceCode,
            OutcomeCategory = OutcomeCategory,
        };
    }
}
