namespace Hubs.HubNode.Storage.Sqlite;

/// <summary>
/// The booking tables, created by step 1 of <see cref="SqliteSchema"/> (never edited: a change is a new step there). <c>booking_cells</c> is what makes double booking
/// impossible: a booking holds one row per minute of its expert's time from its start to its end plus the buffer,
/// and the primary key (expert_id, minute) lets only one booking hold a minute. Claiming them all in the booking's
/// write makes two overlapping bookings collide on at least one row, so one of the two transactions fails whole.
/// </summary>
internal static class BookingSchema
{
    public const string Ddl = """

        CREATE TABLE IF NOT EXISTS cases (
            id             TEXT PRIMARY KEY,
            hub_id         TEXT NOT NULL,
            business_email TEXT NOT NULL,
            opened_at      TEXT NOT NULL
        );

        CREATE TABLE IF NOT EXISTS bookings (
            id                   TEXT PRIMARY KEY,
            hub_id               TEXT NOT NULL,
            case_id              TEXT NOT NULL REFERENCES cases (id),
            expert_id            TEXT NOT NULL,
            kind                 TEXT NOT NULL CHECK (kind IN ('brainstorming', 'followup')),
            start_at             TEXT NOT NULL,
            end_at               TEXT NOT NULL,
            time_zone            TEXT NOT NULL,
            status               TEXT NOT NULL CHECK (status IN ('booked', 'cancelled', 'held', 'no-show')),
            version              INTEGER NOT NULL CHECK (version >= 1),
            sequence             INTEGER NOT NULL CHECK (sequence >= 0),
            manage_token_hash    BLOB NOT NULL,
            video_link           TEXT NOT NULL UNIQUE,
            invite_uid           TEXT NOT NULL,
            company_name         TEXT NOT NULL,
            vat_number           TEXT NULL,
            ateco_section        TEXT NOT NULL,
            size_class           TEXT NOT NULL,
            province_code        TEXT NOT NULL,
            topics               TEXT NOT NULL,
            need                 TEXT NOT NULL,
            business_email       TEXT NOT NULL,
            consent_version      TEXT NOT NULL,
            consent_at           TEXT NOT NULL,
            created_at           TEXT NOT NULL,
            updated_at           TEXT NOT NULL,
            cancelled_at         TEXT NULL,
            attendance           TEXT NULL,
            outcome_category     TEXT NULL,
            outcome_notes        TEXT NULL,
            grant_call_reference TEXT NULL,
            outcome_recorded_at  TEXT NULL
        );
        CREATE INDEX IF NOT EXISTS bookings_by_start ON bookings (start_at);
        CREATE INDEX IF NOT EXISTS bookings_by_case ON bookings (case_id);
        CREATE INDEX IF NOT EXISTS bookings_open_by_business ON bookings (business_email) WHERE status = 'booked';
        CREATE INDEX IF NOT EXISTS bookings_busy_by_expert ON bookings (expert_id, start_at) WHERE status <> 'cancelled';

        CREATE TABLE IF NOT EXISTS booking_cells (
            expert_id  TEXT NOT NULL,
            minute     INTEGER NOT NULL,
            booking_id TEXT NOT NULL,
            PRIMARY KEY (expert_id, minute)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS booking_cells_by_booking ON booking_cells (booking_id);
        """;
}
