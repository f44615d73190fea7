-- The schema hubnode's store had on 2026-12-03 (commit e94d635), before it was versioned: what an upgrade starts from.
CREATE TABLE IF NOT EXISTS experts (
    id           TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    title        TEXT NOT NULL,
    bio          TEXT NOT NULL,
    competencies TEXT NOT NULL,
    languages    TEXT NOT NULL,
    version      INTEGER NOT NULL CHECK (version >= 1),
    updated_at   TEXT NOT NULL,
    retired_at   TEXT NULL
);
CREATE INDEX IF NOT EXISTS experts_active_by_name ON experts (name) WHERE retired_at IS NULL;

CREATE TABLE IF NOT EXISTS outbox (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id     TEXT NOT NULL UNIQUE,
    message_type TEXT NOT NULL,
    payload      TEXT NOT NULL,
    occurred_at  TEXT NOT NULL,
    sent_at      TEXT NULL,
    attempts     INTEGER NOT NULL DEFAULT 0,
    destination  TEXT NULL                 -- null: publish; else send to this address only (warm referrals)
);
CREATE INDEX IF NOT EXISTS outbox_unsent ON outbox (seq) WHERE sent_at IS NULL;

CREATE TABLE IF NOT EXISTS hub_profile (
    hub_id     TEXT PRIMARY KEY,
    profile    TEXT NOT NULL,
    version    INTEGER NOT NULL CHECK (version >= 1),
    updated_at TEXT NOT NULL
);

-- rules: the validated availability as JSON (see AvailabilityDocument). version counts rule changes;
-- summary_version counts summaries published (ExpertAvailabilityChanged.Version).
CREATE TABLE IF NOT EXISTS expert_availability (
    expert_id       TEXT PRIMARY KEY REFERENCES experts (id),
    rules           TEXT NOT NULL,
    version         INTEGER NOT NULL CHECK (version >= 1),
    updated_at      TEXT NOT NULL,
    summary         TEXT NULL,
    summary_version INTEGER NOT NULL CHECK (summary_version >= 0)
);
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
CREATE TABLE IF NOT EXISTS practices (
    id                   TEXT PRIMARY KEY,
    title                TEXT NOT NULL,
    summary              TEXT NOT NULL,
    body_markdown        TEXT NOT NULL,
    topics               TEXT NOT NULL,
    results_achieved     TEXT NOT NULL,
    links                TEXT NOT NULL,
    language             TEXT NOT NULL,
    grant_call_reference TEXT NULL,
    version              INTEGER NOT NULL CHECK (version >= 1),
    published_at         TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    withdrawn_at         TEXT NULL
);
CREATE INDEX IF NOT EXISTS practices_active_by_update ON practices (updated_at) WHERE withdrawn_at IS NULL;
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
