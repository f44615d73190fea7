namespace Hubs.HubNode.Storage.Sqlite;

/// <summary>
/// Step 3 of <see cref="SqliteSchema"/> (never edited: a change is a new step there): <c>incoming_referrals</c> rebuilt so
/// that its status may be <c>declined</c>, with the staff's reason and when. The reason is this hub's own record (it may
/// name the business): no event carries it.
/// </summary>
internal static class ReferralDeclineSchema
{
    public const string Ddl = """

        CREATE TABLE incoming_referrals_v3 (
            referral_id     TEXT PRIMARY KEY,
            from_hub_id     TEXT NULL,
            status          TEXT NOT NULL CHECK (status IN ('open', 'booked', 'closed', 'declined')),
            version         INTEGER NOT NULL CHECK (version >= 1),
            booking_id      TEXT NULL,
            claim_token     TEXT NULL,
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
            updated_at      TEXT NOT NULL,
            decline_reason  TEXT NULL,                           -- why the staff declined it: stays at this hub
            declined_at     TEXT NULL
        );
        INSERT INTO incoming_referrals_v3 (
            referral_id, from_hub_id, status, version, booking_id, claim_token, claimed_at, company_name, vat_number, ateco_section,
            size_class, province_code, topics, need, business_email, consent_version, consent_at, note, received_at, updated_at)
        SELECT
            referral_id, from_hub_id, status, version, booking_id, claim_token, claimed_at, company_name, vat_number, ateco_section,
            size_class, province_code, topics, need, business_email, consent_version, consent_at, note, received_at, updated_at
        FROM incoming_referrals;
        DROP TABLE incoming_referrals;
        ALTER TABLE incoming_referrals_v3 RENAME TO incoming_referrals;
        CREATE INDEX incoming_referrals_by_received ON incoming_referrals (received_at);
        CREATE INDEX incoming_referrals_by_booking ON incoming_referrals (booking_id) WHERE booking_id IS NOT NULL;
        """;
}
