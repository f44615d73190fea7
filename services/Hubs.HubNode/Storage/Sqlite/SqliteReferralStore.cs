using Dapper;
using Hubs.Contracts.Referrals;
using Hubs.HubNode.Mail;
using Hubs.HubNode.Referrals;
using Hubs.ServiceDefaults.Outbox;
using Hubs.ServiceDefaults.Storage;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace Hubs.HubNode.Storage.Sqlite;

/// <summary>
/// Warm referrals in SQLite. Each change and its outbox message are one <c>BEGIN IMMEDIATE</c> transaction; the rules
/// that must hold under concurrency are conditional writes: <c>ON CONFLICT DO NOTHING</c> on the referral id (a
/// redelivered referral is stored once), a claim column taken with <c>WHERE claim_token IS NULL OR claimed_at &lt; …</c>
/// (one booking per referral), status updates <c>WHERE status_version &lt; @Version</c> (newer statuses only).
/// </summary>
public sealed class SqliteReferralStore(SqliteDatabase database) : IReferralStore
{
    public async Task<OutgoingReferral> AddOutgoingAsync(OutgoingReferral referral, OutboxMessage send, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        var inserted = await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO outgoing_referrals (referral_id, to_hub_id, booking_id, status, status_version, consent_version, created_at, updated_at)
            VALUES (@ReferralId, @ToHubId, @BookingId, @Status, @StatusVersion, @ConsentVersion, @CreatedAt, @UpdatedAt)
            ON CONFLICT (booking_id, to_hub_id) DO NOTHING
            """,
            new
            {
                ReferralId = SqliteColumns.Id(referral.ReferralId),
                referral.ToHubId,
                BookingId = SqliteColumns.Id(referral.BookingId),
                referral.Status,
                referral.StatusVersion,
                referral.ConsentVersion,
                CreatedAt = IncomingReferralRow.Text(referral.CreatedAt),
                UpdatedAt = IncomingReferralRow.Text(referral.UpdatedAt),
            },
            transaction,
            cancellationToken: cancellationToken));
        if (inserted == 1)
        {
            await SqliteOutboxStore.AppendAsync(connection, transaction, send, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return referral;
        }

        var existing = await connection.QuerySingleAsync<OutgoingReferralRow>(new CommandDefinition(
            $"SELECT {OutgoingReferralRow.Columns} FROM outgoing_referrals WHERE booking_id = @BookingId AND to_hub_id = @ToHubId",
            new { BookingId = SqliteColumns.Id(referral.BookingId), referral.ToHubId },
            transaction,
            cancellationToken: cancellationToken));
        return existing.ToReferral();
    }

    public async Task<IReadOnlyList<OutgoingReferral>> ListOutgoingAsync(int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<OutgoingReferralRow>(new CommandDefinition(
            $"SELECT {OutgoingReferralRow.Columns} FROM outgoing_referrals ORDER BY created_at DESC, referral_id DESC LIMIT @Limit",
            new { Limit = limit },
            cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToReferral())];
    }

    public async Task<bool> ApplyStatusAsync(Guid referralId, string toHubId, string status, long version, Instant at, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var updated = await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE outgoing_referrals SET status = @Status, status_version = @Version, updated_at = @At
            WHERE referral_id = @ReferralId AND to_hub_id = @ToHubId AND status_version < @Version
            """,
            new { ReferralId = SqliteColumns.Id(referralId), ToHubId = toHubId, Status = status, Version = version, At = IncomingReferralRow.Text(at) },
            cancellationToken: cancellationToken));
        return updated == 1;
    }

    public async Task<bool> AddIncomingAsync(IncomingReferral referral, OutboxMessage opened, MailPlan? mail = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        var inserted = await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO incoming_referrals (
                referral_id, from_hub_id, status, version, booking_id, company_name, vat_number, ateco_section, size_class,
                province_code, topics, need, business_email, consent_version, consent_at, note, received_at, updated_at)
            VALUES (
                @ReferralId, @FromHubId, @Status, @Version, @BookingId, @CompanyName, @VatNumber, @AtecoSection, @SizeClass,
                @ProvinceCode, @Topics, @Need, @BusinessEmail, @ConsentVersion, @ConsentAt, @Note, @ReceivedAt, @UpdatedAt)
            ON CONFLICT (referral_id) DO NOTHING
            """,
            IncomingReferralRow.Parameters(referral),
            transaction,
            cancellationToken: cancellationToken));
        if (inserted != 1)
        {
            return false;
        }

        await SqliteOutboxStore.AppendAsync(connection, transaction, opened, cancellationToken);
        await SqliteMailStore.AppendAsync(connection, transaction, mail, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<IncomingReferral?> GetIncomingAsync(Guid referralId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await GetAsync(connection, null, referralId, cancellationToken);
    }

    public async Task<IReadOnlyList<IncomingReferral>> ListIncomingAsync(string? status, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<IncomingReferralRow>(new CommandDefinition(
            $"""
            SELECT {IncomingReferralRow.Columns} FROM incoming_referrals
            WHERE @Status IS NULL OR status = @Status
            ORDER BY received_at DESC, referral_id DESC LIMIT @Limit
            """,
            new { Status = status, Limit = limit },
            cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToReferral())];
    }

    public async Task<bool> ClaimAsync(Guid referralId, Guid token, Instant now, Instant staleBefore, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var claimed = await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE incoming_referrals SET claim_token = @Token, claimed_at = @Now
            WHERE referral_id = @ReferralId AND status = 'open' AND (claim_token IS NULL OR claimed_at < @StaleBefore)
            """,
            new { ReferralId = SqliteColumns.Id(referralId), Token = SqliteColumns.Id(token), Now = IncomingReferralRow.Text(now), StaleBefore = IncomingReferralRow.Text(staleBefore) },
            cancellationToken: cancellationToken));
        return claimed == 1;
    }

    public async Task ReleaseAsync(Guid referralId, Guid token, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE incoming_referrals SET claim_token = NULL, claimed_at = NULL WHERE referral_id = @ReferralId AND claim_token = @Token",
            new { ReferralId = SqliteColumns.Id(referralId), Token = SqliteColumns.Id(token) },
            cancellationToken: cancellationToken));
    }

    public async Task<IncomingReferral?> MarkBookedAsync(
        Guid referralId, Guid token, Guid bookingId, Instant at, Func<IncomingReferral, OutboxMessage> announce, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        var updated = await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE incoming_referrals
            SET status = 'booked', version = version + 1, booking_id = @BookingId, claim_token = NULL, claimed_at = NULL, updated_at = @At
            WHERE referral_id = @ReferralId AND claim_token = @Token AND status = 'open'
            """,
            new { ReferralId = SqliteColumns.Id(referralId), Token = SqliteColumns.Id(token), BookingId = SqliteColumns.Id(bookingId), At = IncomingReferralRow.Text(at) },
            transaction,
            cancellationToken: cancellationToken));
        if (updated != 1)
        {
            return null;
        }

        var booked = (await GetAsync(connection, transaction, referralId, cancellationToken))!;
        await SqliteOutboxStore.AppendAsync(connection, transaction, announce(booked), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return booked;
    }

    public async Task<IncomingReferral?> DeclineAsync(
        Guid referralId, string reason, Instant at, Instant staleBefore, Func<IncomingReferral, OutboxMessage> announce, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        var updated = await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE incoming_referrals
            SET status = 'declined', version = version + 1, decline_reason = @Reason, declined_at = @At, claim_token = NULL, claimed_at = NULL, updated_at = @At
            WHERE referral_id = @ReferralId AND status = 'open' AND (claim_token IS NULL OR claimed_at < @StaleBefore)
            """,
            new { ReferralId = SqliteColumns.Id(referralId), Reason = reason, At = IncomingReferralRow.Text(at), StaleBefore = IncomingReferralRow.Text(staleBefore) },
            transaction,
            cancellationToken: cancellationToken));
        if (updated != 1)
        {
            return null;
        }

        var declined = (await GetAsync(connection, transaction, referralId, cancellationToken))!;
        await SqliteOutboxStore.AppendAsync(connection, transaction, announce(declined), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return declined;
    }

    public async Task<IReadOnlyList<IncomingReferral>> SettleAsync(Instant at, Func<IncomingReferral, OutboxMessage> announce, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        var due = await connection.QueryAsync<(string ReferralId, long Version, string? OutcomeRecordedAt, string BookingStatus)>(new CommandDefinition(
            """
            SELECT r.referral_id, r.version, b.outcome_recorded_at, b.status
            FROM incoming_referrals r JOIN bookings b ON b.id = r.booking_id
            WHERE r.status = 'booked' AND (b.outcome_recorded_at IS NOT NULL OR b.status = 'cancelled')
            """,
            transaction: transaction,
            cancellationToken: cancellationToken));

        var changed = new List<IncomingReferral>();
        foreach (var (referralId, version, outcomeRecordedAt, _) in due)
        {
            // An outcome closes the referral; a cancelled booking gives it back to the staff to book again.
            var closes = outcomeRecordedAt is not null;
            await connection.ExecuteAsync(new CommandDefinition(
                """
                UPDATE incoming_referrals
                SET status = @Status, version = version + 1, booking_id = CASE WHEN @Closes THEN booking_id END, updated_at = @At
                WHERE referral_id = @ReferralId AND version = @Version AND status = 'booked'
                """,
                new { ReferralId = referralId, Version = version, Status = closes ? ReferralStatuses.Closed : ReferralStatuses.Open, Closes = closes, At = IncomingReferralRow.Text(at) },
                transaction,
                cancellationToken: cancellationToken));
            var referral = (await GetAsync(connection, transaction, Guid.Parse(referralId), cancellationToken))!;
            await SqliteOutboxStore.AppendAsync(connection, transaction, announce(referral), cancellationToken);
            changed.Add(referral);
        }

        await transaction.CommitAsync(cancellationToken);
        return changed;
    }

    private static async Task<IncomingReferral?> GetAsync(SqliteConnection connection, SqliteTransaction? transaction, Guid referralId, CancellationToken cancellationToken)
    {
        var row = await connection.QuerySingleOrDefaultAsync<IncomingReferralRow>(new CommandDefinition(
            $"SELECT {IncomingReferralRow.Columns} FROM incoming_referrals WHERE referral_id = @ReferralId",
            new { ReferralId = SqliteColumns.Id(referralId) },
            transaction,
            cancellationToken: cancellationToken));
        return row?.ToReferral();
    }
}
