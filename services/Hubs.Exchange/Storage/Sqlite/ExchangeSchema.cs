using Dapper;
using Hubs.Contracts.Events;
using Hubs.ServiceDefaults.Outbox;
using Hubs.ServiceDefaults.Storage;
using Microsoft.Data.Sqlite;

namespace Hubs.Exchange.Storage.Sqlite;

/// <summary>
/// The exchange's tables, as numbered steps (<see cref="SqliteMigrations"/>); timestamps are ISO 8601 UTC text. A
/// released step is never edited: a new shape is a new step.
/// </summary>
public static class ExchangeSchema
{
    public static IReadOnlyList<SqliteMigration> Migrations { get; } =
    [
        SqliteMigration.Sql(1, "tables as of the first versioned build", Baseline),
        new(2, "outbox, with the adoptions still waiting in unpublished_adoptions moved into it", OutboxAsync),
    ];

    // Step 2: the exchange's own publisher and its table give way to the platform's outbox. What was waiting moves over
    // as the very PracticeAdopted the old publisher would have built (same EventId, so a copy already on the broker is
    // applied once by the directory), oldest first.
    private static async Task OutboxAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(OutboxTable.Create, transaction: transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO outbox (event_id, message_type, payload, occurred_at, attempts)
            SELECT u.event_id, @MessageType,
                   json_object('hubId', a.adopting_hub_id, 'eventId', u.event_id, 'occurredAt', a.adopted_at, 'version', 1,
                               'adoptionId', a.adoption_id, 'practiceHubId', a.hub_id, 'practiceId', a.practice_id,
                               'topics', json(u.topics)),
                   a.adopted_at, 0
            FROM unpublished_adoptions AS u JOIN adoptions AS a ON a.adoption_id = u.adoption_id
            ORDER BY a.adopted_at, a.adoption_id;
            DROP TABLE unpublished_adoptions;
            """,
            new { MessageType = OutboxMessageTypes.NameOf(typeof(PracticeAdopted)) }, transaction, cancellationToken: cancellationToken));
    }

    // Step 1: the tables of the builds before the schema was versioned (which created them with IF NOT EXISTS).
    private const string Baseline = """
        CREATE TABLE IF NOT EXISTS hubs (
            hub_id        TEXT    NOT NULL PRIMARY KEY,
            version       INTEGER NOT NULL,
            name          TEXT    NOT NULL,
            city          TEXT    NOT NULL,
            province_code TEXT    NOT NULL,
            last_event_id TEXT    NOT NULL,
            updated_at    TEXT    NOT NULL,                      -- when the hub made the change
            applied_at    TEXT    NOT NULL                       -- when the exchange stored it
        ) STRICT;

        -- The network's membership decisions, as the directory published them (HubMembershipChanged): a suspended hub's
        -- practices are hidden, not deleted. Apart from hubs: a hub may be suspended before the exchange heard it announce.
        CREATE TABLE IF NOT EXISTS hub_memberships (
            hub_id        TEXT    NOT NULL PRIMARY KEY,
            suspended     INTEGER NOT NULL,
            version       INTEGER NOT NULL,                      -- the directory's membership version for the hub
            last_event_id TEXT    NOT NULL,
            changed_at    TEXT    NOT NULL                       -- when the directory recorded the decision
        ) STRICT;

        -- The current version of each practice, keyed by (hub, practice): a practice id is unique only within its hub.
        -- A withdrawal is a tombstone that keeps the version and drops the content.
        CREATE TABLE IF NOT EXISTS practices (
            hub_id               TEXT    NOT NULL,
            practice_id          TEXT    NOT NULL,
            version              INTEGER NOT NULL,
            withdrawn            INTEGER NOT NULL,
            title                TEXT    NOT NULL DEFAULT '',
            summary              TEXT    NOT NULL DEFAULT '',
            body_markdown        TEXT    NOT NULL DEFAULT '',
            body_html            TEXT    NOT NULL DEFAULT '',    -- rendered safe once, when the version arrived
            topics               TEXT    NOT NULL DEFAULT '[]',
            results_achieved     TEXT    NOT NULL DEFAULT '',
            links                TEXT    NOT NULL DEFAULT '[]',
            language             TEXT    NOT NULL DEFAULT '',
            grant_call_reference TEXT,
            search_text          TEXT    NOT NULL DEFAULT '',    -- title, summary and the body's plain text, folded (see PracticeSearchText)
            published_at         TEXT    NOT NULL,               -- the earliest version's time seen
            updated_at           TEXT    NOT NULL,               -- when the hub made the current version
            last_event_id        TEXT    NOT NULL,
            applied_at           TEXT    NOT NULL,
            PRIMARY KEY (hub_id, practice_id)
        ) STRICT;

        CREATE INDEX IF NOT EXISTS practices_newest ON practices (withdrawn, updated_at DESC, hub_id, practice_id);

        -- Every published version's content, whatever order the versions arrived in; purged when the practice is withdrawn.
        CREATE TABLE IF NOT EXISTS practice_versions (
            hub_id               TEXT    NOT NULL,
            practice_id          TEXT    NOT NULL,
            version              INTEGER NOT NULL,
            title                TEXT    NOT NULL,
            summary              TEXT    NOT NULL,
            body_markdown        TEXT    NOT NULL,
            body_html            TEXT    NOT NULL,
            topics               TEXT    NOT NULL,
            results_achieved     TEXT    NOT NULL,
            links                TEXT    NOT NULL,
            language             TEXT    NOT NULL,
            grant_call_reference TEXT,
            event_id             TEXT    NOT NULL,
            occurred_at          TEXT    NOT NULL,
            applied_at           TEXT    NOT NULL,
            PRIMARY KEY (hub_id, practice_id, version)
        ) STRICT;

        -- One adoption per adopting hub and practice; the unique key is the rule.
        CREATE TABLE IF NOT EXISTS adoptions (
            adoption_id      TEXT    NOT NULL PRIMARY KEY,
            hub_id           TEXT    NOT NULL,                   -- the practice's author
            practice_id      TEXT    NOT NULL,
            practice_version INTEGER NOT NULL,                   -- the version that was adopted
            adopting_hub_id  TEXT    NOT NULL,
            note             TEXT    NOT NULL,
            adopted_at       TEXT    NOT NULL,
            UNIQUE (hub_id, practice_id, adopting_hub_id)
        ) STRICT;

        CREATE INDEX IF NOT EXISTS adoptions_by_time ON adoptions (adopted_at);

        -- Adoptions whose PracticeAdopted is not yet on the broker: written with the adoption, deleted once published.
        CREATE TABLE IF NOT EXISTS unpublished_adoptions (
            adoption_id TEXT NOT NULL PRIMARY KEY,
            event_id    TEXT NOT NULL,
            topics      TEXT NOT NULL                            -- the practice's topics when adopted
        ) STRICT;

        -- One endorsement per endorsing hub and practice.
        CREATE TABLE IF NOT EXISTS endorsements (
            hub_id           TEXT    NOT NULL,
            practice_id      TEXT    NOT NULL,
            endorsing_hub_id TEXT    NOT NULL,
            endorsed_at      TEXT    NOT NULL,
            PRIMARY KEY (hub_id, practice_id, endorsing_hub_id)
        ) STRICT;
        """;
}
