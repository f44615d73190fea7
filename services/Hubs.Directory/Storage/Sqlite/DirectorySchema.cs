using Dapper;
using Hubs.ServiceDefaults.Outbox;
using Hubs.ServiceDefaults.Storage;
using Microsoft.Data.Sqlite;

namespace Hubs.Directory.Storage.Sqlite;

/// <summary>
/// The directory's tables, as numbered steps (<see cref="SqliteMigrations"/>). Versions gate every write (see the
/// adapters); timestamps are ISO 8601 UTC text. A released step is never edited: a new shape is a new step.
/// </summary>
public static class DirectorySchema
{
    public static IReadOnlyList<SqliteMigration> Migrations { get; } =
    [
        new(1, "tables as of the first versioned build (brings older unversioned files to that shape)", BaselineAsync),
        SqliteMigration.Sql(2, "outbox: what the directory tells the network, written with the change", OutboxTable.Create),
        SqliteMigration.Sql(3, "membership audit trail: who suspended or admitted a hub, when and why", MembershipActions),
        SqliteMigration.Sql(4, "an expert's profile as one JSON document (decision 34)", ExpertProfileDocument),
    ];

    // Step 4. The profile moves into one JSON column (ExpertProfile.ToJson's shape), so a new field needs no step;
    // name, competencies and languages stay as the columns searches filter, group and order by. Tombstones have none.
    private const string ExpertProfileDocument = """
        ALTER TABLE experts ADD COLUMN profile TEXT;
        UPDATE experts SET profile = json_object(
            'name', name, 'title', title, 'bio', bio, 'competencies', json(competencies), 'languages', json(languages))
        WHERE retired = 0;
        ALTER TABLE experts DROP COLUMN title;
        ALTER TABLE experts DROP COLUMN bio;
        """;

    // Step 3. One row per coordinator decision, kept for good (a decision that changed nothing is kept too).
    private const string MembershipActions = """
        CREATE TABLE membership_actions (
            sequence           INTEGER NOT NULL PRIMARY KEY,  -- order of the decisions
            hub_id             TEXT    NOT NULL,
            action             TEXT    NOT NULL,              -- 'suspend' | 'admit'
            changed            INTEGER NOT NULL,              -- 0 = the hub already was in that state
            membership_version INTEGER NOT NULL,              -- the hub's membership version after the decision
            reason             TEXT    NOT NULL,
            actor              TEXT    NOT NULL,              -- the coordinator's account (token subject)
            decided_at         TEXT    NOT NULL
        ) STRICT;

        CREATE INDEX membership_actions_by_hub ON membership_actions (hub_id, sequence);
        """;

    // Step 1. CREATE TABLE IF NOT EXISTS and the added columns: files made before the schema was versioned have these
    // tables in one of several older shapes.
    private const string Baseline = """
        CREATE TABLE IF NOT EXISTS hubs (
            hub_id                  TEXT    NOT NULL PRIMARY KEY,
            version                 INTEGER NOT NULL,            -- announced profile; 0 = placeholder made by a heartbeat
            name                    TEXT,
            city                    TEXT,
            province_code           TEXT,
            latitude                REAL,
            longitude               REAL,
            specialties             TEXT    NOT NULL DEFAULT '[]',
            languages               TEXT    NOT NULL DEFAULT '[]',
            public_url              TEXT,
            contact_email           TEXT,
            node_url                TEXT,                        -- where the gateway reaches the hub's node (announced)
            suspended               INTEGER NOT NULL DEFAULT 0,  -- set by the network's coordinators, never by an event
            membership_version      INTEGER NOT NULL DEFAULT 0,  -- + 1 at every suspension or admission (HubMembershipChanged.Version)
            last_event_id           TEXT,
            updated_at              TEXT,
            heartbeat_version       INTEGER NOT NULL DEFAULT 0,
            last_heartbeat_at       TEXT,
            heartbeat_interval_ms   INTEGER,
            last_heartbeat_event_id TEXT,
            first_seen_at           TEXT    NOT NULL
        ) STRICT;

        CREATE TABLE IF NOT EXISTS experts (
            hub_id        TEXT    NOT NULL,
            expert_id     TEXT    NOT NULL,
            version       INTEGER NOT NULL,
            retired       INTEGER NOT NULL,                      -- 1 = tombstone: no profile, keeps the version
            name          TEXT,
            title         TEXT,
            bio           TEXT,
            competencies  TEXT    NOT NULL DEFAULT '[]',
            languages     TEXT    NOT NULL DEFAULT '[]',
            search_text   TEXT    NOT NULL DEFAULT '',
            sort_name     TEXT    NOT NULL DEFAULT '',
            last_event_id TEXT    NOT NULL,
            updated_at    TEXT    NOT NULL,                      -- when the hub made the change
            applied_at    TEXT    NOT NULL,                      -- when the directory stored it
            PRIMARY KEY (hub_id, expert_id)
        ) STRICT;

        CREATE INDEX IF NOT EXISTS experts_by_name ON experts (retired, sort_name, hub_id, expert_id);

        -- When a snapshot last removed experts of a hub (directory clock): a removal leaves no row to date it by.
        CREATE TABLE IF NOT EXISTS expert_removals (
            hub_id     TEXT NOT NULL PRIMARY KEY,
            removed_at TEXT NOT NULL
        ) STRICT;

        -- Its own version sequence (summaries of one expert), so it lives beside the profile, not in it; it may arrive first.
        CREATE TABLE IF NOT EXISTS expert_availability (
            hub_id                  TEXT    NOT NULL,
            expert_id               TEXT    NOT NULL,
            version                 INTEGER NOT NULL,
            next_free_brainstorming TEXT,
            next_free_followup      TEXT,
            free_brainstorming_14d  INTEGER NOT NULL,
            free_followup_14d       INTEGER NOT NULL,
            last_event_id           TEXT    NOT NULL,
            summarised_at           TEXT    NOT NULL,            -- when the hub made the summary
            PRIMARY KEY (hub_id, expert_id)
        ) STRICT;

        -- Anonymous facts about consultations: no business, no person, only what the network events carry.
        CREATE TABLE IF NOT EXISTS consultations (
            hub_id           TEXT    NOT NULL,
            booking_id       TEXT    NOT NULL,
            version          INTEGER NOT NULL,                   -- the booking's version at its hub
            status           TEXT    NOT NULL,                   -- booked | cancelled | held | no-show
            kind             TEXT    NOT NULL,
            start_at         TEXT    NOT NULL,
            local_date       TEXT    NOT NULL,                   -- start as a date in Europe/Rome
            iso_week         TEXT    NOT NULL,                   -- e.g. 2026-W48, of local_date
            topics           TEXT    NOT NULL DEFAULT '[]',
            ateco_section    TEXT    NOT NULL,
            size_class       TEXT    NOT NULL,
            province_code    TEXT    NOT NULL,
            outcome_category TEXT,
            last_event_id    TEXT    NOT NULL,
            PRIMARY KEY (hub_id, booking_id)
        ) STRICT;

        CREATE INDEX IF NOT EXISTS consultations_by_date ON consultations (local_date);

        -- One row per referral asked of the directory: when, where, what, who ranked first and what kind of referrer.
        CREATE TABLE IF NOT EXISTS referrals (
            referral_id     TEXT NOT NULL PRIMARY KEY,
            requested_on    TEXT NOT NULL,                       -- date in Europe/Rome
            province_code   TEXT NOT NULL,
            topics          TEXT NOT NULL DEFAULT '[]',
            top_hub_id      TEXT,                                -- null when no hub could be proposed
            referrer_kind   TEXT,
            referrer_hub_id TEXT,                                -- only when the referrer is a hub of the network
            ranked_hub_ids  TEXT NOT NULL DEFAULT '[]'           -- every hub proposed, best first (a business may accept one)
        ) STRICT;

        CREATE INDEX IF NOT EXISTS referrals_by_date ON referrals (requested_on);

        -- Warm referrals (a business handed to one hub with its consent): ids, hubs, status and times only. The intake
        -- went straight to the hub's queue; the directory never stores it.
        CREATE TABLE IF NOT EXISTS warm_referrals (
            referral_id   TEXT    NOT NULL PRIMARY KEY,
            to_hub_id     TEXT    NOT NULL,
            from_hub_id   TEXT,                                  -- the referring hub; null when the business accepted a directory referral
            origin        TEXT    NOT NULL,                      -- directory | hub
            status        TEXT    NOT NULL,                      -- sent | open | booked | closed
            version       INTEGER NOT NULL,                      -- the receiving hub's version; 0 until it reports
            opened_at     TEXT    NOT NULL,
            opened_on     TEXT    NOT NULL,                      -- opened_at as a date in Europe/Rome
            updated_at    TEXT    NOT NULL,
            last_event_id TEXT
        ) STRICT;

        CREATE INDEX IF NOT EXISTS warm_referrals_by_date ON warm_referrals (opened_on);

        -- Practice adoptions, as the exchange published them: ids, topics and the day only (never the note).
        CREATE TABLE IF NOT EXISTS practice_adoptions (
            adoption_id     TEXT NOT NULL PRIMARY KEY,
            practice_hub_id TEXT NOT NULL,
            practice_id     TEXT NOT NULL,
            adopting_hub_id TEXT NOT NULL,
            topics          TEXT NOT NULL DEFAULT '[]',
            adopted_on      TEXT NOT NULL                        -- date in Europe/Rome
        ) STRICT;

        CREATE INDEX IF NOT EXISTS practice_adoptions_by_date ON practice_adoptions (adopted_on);
        """;

    // Columns added before the schema was versioned: CREATE TABLE IF NOT EXISTS leaves an older file's table as it was.
    private static readonly (string Table, string Column, string Definition)[] BaselineColumns =
    [
        ("hubs", "contact_email", "TEXT"),
        ("hubs", "suspended", "INTEGER NOT NULL DEFAULT 0"),
        ("hubs", "membership_version", "INTEGER NOT NULL DEFAULT 0"),
        ("hubs", "node_url", "TEXT"),
        ("referrals", "ranked_hub_ids", "TEXT NOT NULL DEFAULT '[]'"),
    ];

    private static async Task BaselineAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(Baseline, transaction: transaction, cancellationToken: cancellationToken));
        foreach (var (table, column, definition) in BaselineColumns)
        {
            await SqliteMigration.AddColumnIfMissingAsync(connection, transaction, table, column, definition, cancellationToken);
        }
    }
}
