namespace Hubs.HubNode.Storage.Sqlite;

/// <summary>
/// The warm-referral tables, created by step 1 of <see cref="SqliteSchema"/> (never edited: a change is a new step there). <c>incoming_referrals</c> holds what other hubs (or
/// the directory) referred here, with the consented intake: personal data, like <c>bookings</c>. <c>outgoing_referrals</c>
/// holds what this hub referred elsewhere: ids, hub, status and times only, never the other hub's view of the business.
/// </summary>
internal static class ReferralSchema
{
    public const string Ddl = """

        CREATE TABLE IF NOT EXISTS incoming_referrals (
            referral_id     TEXT PRIMARY KEY,                    -- one row per referral, whatever the redeliveries
            from_hub_id     TEXT NULL,                           -- null: the business came through the directory
            status          TEXT NOT NULL CHECK (status IN ('open', 'booked', 'closed')),
            version         INTEGER NOT NULL CHECK (version >= 1),
            booking_id      TEXT NULL,
            claim_token     TEXT NULL,                           -- held while a booking for it is being made
            claimed_at      TEXT NULL,
            company_name    TEXT NOT NULL,
            vat_number      TEXT NULL,
            ateco_section   TEXT NOT NULL,
            size_class      TEXT NOT NULL,
            province_code   TEXT NOT NULL,
            topics          TEXT NOT NULL,
            need            TEXT NOT NULL,
            business_email  TEXT NOT NULL,
            consent_version TEXT NOT NULL,
            consent_at      TEXT NOT NULL,
            note            TEXT NULL,
            received_at     TEXT NOT NULL,
            updated_at      TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS incoming_referrals_by_received ON incoming_referrals (received_at);
        CREATE INDEX IF NOT EXISTS incoming_referrals_by_booking ON incoming_referrals (booking_id) WHERE booking_id IS NOT NULL;

        CREATE TABLE IF NOT EXISTS outgoing_referrals (
            referral_id     TEXT PRIMARY KEY,
            to_hub_id       TEXT NOT NULL,
            booking_id      TEXT NOT NULL,                       -- the meeting here after which the business was referred
            status          TEXT NOT NULL,                       -- sent | open | booked | closed
            status_version  INTEGER NOT NULL DEFAULT 0,          -- the receiving hub's version of the referral
            consent_version TEXT NOT NULL,
            created_at      TEXT NOT NULL,
            updated_at      TEXT NOT NULL,
            UNIQUE (booking_id, to_hub_id)
        );
        CREATE INDEX IF NOT EXISTS outgoing_referrals_by_created ON outgoing_referrals (created_at);
        """;
}
