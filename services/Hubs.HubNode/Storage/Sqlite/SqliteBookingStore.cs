using Dapper;
using Hubs.Contracts.Consultations;
using Hubs.HubNode.Bookings;
using Hubs.HubNode.Slots;
using Hubs.ServiceDefaults.Outbox;
using Hubs.ServiceDefaults.Storage;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace Hubs.HubNode.Storage.Sqlite;

/// <summary>
/// Bookings in SQLite. Every write runs in one <c>BEGIN IMMEDIATE</c> transaction, which takes the database's write
/// lock first, so the checks it makes (open bookings of the business, the follow-up rule) cannot be invalidated by
/// another writer, in this process or another one sharing the file, before it commits. The expert's time is claimed
/// through <c>booking_cells</c> (see <see cref="BookingSchema"/>): a collision aborts the whole write.
/// </summary>
public sealed class SqliteBookingStore(SqliteDatabase database) : IBookingStore
{
    private const int SqliteConstraint = 19;

    public async Task<Booking?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<BookingRow>(new CommandDefinition(
            $"SELECT {BookingRow.Columns} FROM bookings WHERE id = @Id",
            new { Id = SqliteColumns.Id(id) },
            cancellationToken: cancellationToken));
        return row?.ToBooking();
    }

    public async Task<IReadOnlyList<Booking>> ListAsync(BookingFilter filter, CancellationToken cancellationToken = default)
    {
        var conditions = new List<string>();
        if (filter.From is not null)
        {
            conditions.Add("start_at >= @From");
        }

        if (filter.To is not null)
        {
            conditions.Add("start_at < @To");
        }

        if (filter.ExpertId is not null)
        {
            conditions.Add("expert_id = @ExpertId");
        }

        if (filter.Status is not null)
        {
            conditions.Add("status = @Status");
        }

        var where = conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", conditions);
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<BookingRow>(new CommandDefinition(
            $"SELECT {BookingRow.Columns} FROM bookings {where} ORDER BY start_at, id LIMIT @Limit",
            new
            {
                From = BookingRow.Instant(filter.From),
                To = BookingRow.Instant(filter.To),
                ExpertId = filter.ExpertId is { } e ? SqliteColumns.Id(e) : null,
                filter.Status,
                filter.Limit,
            },
            cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToBooking())];
    }

    public async Task<IReadOnlyList<BusyTime>> ListBusyAsync(IReadOnlyCollection<Guid> expertIds, Interval window, CancellationToken cancellationToken = default)
    {
        if (expertIds.Count == 0)
        {
            return [];
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string ExpertId, string StartAt, string EndAt)>(new CommandDefinition(
            """
            SELECT expert_id, start_at, end_at FROM bookings
            WHERE status <> 'cancelled' AND expert_id IN @ExpertIds AND start_at < @To AND end_at > @From
            """,
            new
            {
                ExpertIds = expertIds.Select(SqliteColumns.Id).ToArray(),
                From = BookingRow.Instant(window.Start),
                To = BookingRow.Instant(window.End),
            },
            cancellationToken: cancellationToken));
        return
        [
            .. rows.Select(r => new BusyTime(
                Guid.Parse(r.ExpertId),
                new Interval(Instant.FromDateTimeOffset(SqliteColumns.Instant(r.StartAt)), Instant.FromDateTimeOffset(SqliteColumns.Instant(r.EndAt))))),
        ];
    }

    public async Task<BookingClaim> AddAsync(BookingWrite write, Instant claimUntil, BookingConditions conditions, CancellationToken cancellationToken = default)
    {
        var booking = write.Booking;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);

        if (booking.Kind == ConsultationKind.Followup)
        {
            var followup = await CheckFollowupAsync(connection, transaction, booking, cancellationToken);
            if (followup != BookingClaim.Booked)
            {
                return followup;
            }
        }
        else
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO cases (id, hub_id, business_email, opened_at) VALUES (@Id, @HubId, @Email, @OpenedAt)",
                new { Id = SqliteColumns.Id(booking.CaseId), booking.HubId, booking.Intake.Email, OpenedAt = BookingRow.Instant(booking.CreatedAt) },
                transaction,
                cancellationToken: cancellationToken));
        }

        var open = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM bookings WHERE business_email = @Email AND hub_id = @HubId AND status = 'booked' AND end_at > @Now",
            new { booking.Intake.Email, booking.HubId, Now = BookingRow.Instant(conditions.Now) },
            transaction,
            cancellationToken: cancellationToken));
        if (open >= conditions.MaxOpenPerBusiness)
        {
            return BookingClaim.BusinessLimitReached;
        }

        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO bookings (
                id, hub_id, case_id, expert_id, kind, start_at, end_at, time_zone, status, version, sequence,
                manage_token_hash, video_link, invite_uid, company_name, vat_number, ateco_section, size_class,
                province_code, topics, need, business_email, consent_version, consent_at, created_at, updated_at,
                cancelled_at, attendance, outcome_category, outcome_notes, grant_call_reference, outcome_recorded_at, language)
            VALUES (
                @Id, @HubId, @CaseId, @ExpertId, @Kind, @StartAt, @EndAt, @TimeZone, @Status, @Version, @Sequence,
                @ManageTokenHash, @VideoLink, @InviteUid, @CompanyName, @VatNumber, @AtecoSection, @SizeClass,
                @ProvinceCode, @Topics, @Need, @BusinessEmail, @ConsentVersion, @ConsentAt, @CreatedAt, @UpdatedAt,
                @CancelledAt, @Attendance, @OutcomeCategory, @OutcomeNotes, @GrantCallReference, @OutcomeRecordedAt, @Language)
            """,
            BookingRow.Parameters(booking),
            transaction,
            cancellationToken: cancellationToken));

        if (!await ClaimAsync(connection, transaction, booking, claimUntil, cancellationToken))
        {
            return BookingClaim.SlotTaken;
        }

        await AppendAsync(connection, transaction, write, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return BookingClaim.Booked;
    }

    public async Task<bool> UpdateAsync(BookingWrite write, long expectedVersion, bool releaseTime, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        var updated = await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE bookings
            SET status = @Status, version = @Version, sequence = @Sequence, updated_at = @UpdatedAt, cancelled_at = @CancelledAt,
                attendance = @Attendance, outcome_category = @OutcomeCategory, outcome_notes = @OutcomeNotes,
                grant_call_reference = @GrantCallReference, outcome_recorded_at = @OutcomeRecordedAt
            WHERE id = @Id AND version = @ExpectedVersion
            """,
            BookingRow.Parameters(write.Booking, expectedVersion),
            transaction,
            cancellationToken: cancellationToken));
        if (updated != 1)
        {
            return false;
        }

        if (releaseTime)
        {
            await ReleaseAsync(connection, transaction, write.Booking.Id, cancellationToken);
        }

        await AppendAsync(connection, transaction, write, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<BookingMove> MoveAsync(BookingWrite write, long expectedVersion, Instant claimUntil, CancellationToken cancellationToken = default)
    {
        var booking = write.Booking;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        var updated = await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE bookings
            SET start_at = @StartAt, end_at = @EndAt, version = @Version, sequence = @Sequence, updated_at = @UpdatedAt
            WHERE id = @Id AND version = @ExpectedVersion AND status = 'booked'
            """,
            BookingRow.Parameters(booking, expectedVersion),
            transaction,
            cancellationToken: cancellationToken));
        if (updated != 1)
        {
            return BookingMove.Stale;
        }

        // Free the old time first so a move by a few minutes can overlap itself; a failed claim rolls the release back too.
        await ReleaseAsync(connection, transaction, booking.Id, cancellationToken);
        if (!await ClaimAsync(connection, transaction, booking, claimUntil, cancellationToken))
        {
            return BookingMove.SlotTaken;
        }

        await AppendAsync(connection, transaction, write, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return BookingMove.Moved;
    }

    private static async Task<BookingClaim> CheckFollowupAsync(SqliteConnection connection, SqliteTransaction transaction, Booking booking, CancellationToken cancellationToken)
    {
        var caseId = SqliteColumns.Id(booking.CaseId);
        var owner = await connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(
            "SELECT business_email FROM cases WHERE id = @CaseId AND hub_id = @HubId",
            new { CaseId = caseId, booking.HubId },
            transaction,
            cancellationToken: cancellationToken));
        if (owner is null)
        {
            return BookingClaim.CaseUnknown;
        }

        if (!string.Equals(owner, booking.Intake.Email, StringComparison.Ordinal))
        {
            return BookingClaim.CaseOfAnotherBusiness;
        }

        var latest = await connection.QueryAsync<(string Attendance, string Category)>(new CommandDefinition(
            """
            SELECT attendance, outcome_category FROM bookings
            WHERE case_id = @CaseId AND outcome_recorded_at IS NOT NULL
            ORDER BY start_at DESC, outcome_recorded_at DESC LIMIT 1
            """,
            new { CaseId = caseId },
            transaction,
            cancellationToken: cancellationToken));
        if (latest.FirstOrDefault() is not { Attendance: Attendances.Held, Category: OutcomeCategories.FollowUpRecommended })
        {
            return BookingClaim.FollowupNotRecommended;
        }

        var booked = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT EXISTS (SELECT 1 FROM bookings WHERE case_id = @CaseId AND kind = 'followup' AND status = 'booked')",
            new { CaseId = caseId },
            transaction,
            cancellationToken: cancellationToken));
        return booked != 0 ? BookingClaim.FollowupAlreadyBooked : BookingClaim.Booked;
    }

    /// <summary>Holds every minute of the expert's time in [start, <paramref name="until"/>) for the booking; false if any is held already.</summary>
    private static async Task<bool> ClaimAsync(SqliteConnection connection, SqliteTransaction transaction, Booking booking, Instant until, CancellationToken cancellationToken)
    {
        try
        {
            await connection.ExecuteAsync(new CommandDefinition(
                """
                WITH RECURSIVE cell (minute) AS (SELECT @First UNION ALL SELECT minute + 1 FROM cell WHERE minute + 1 < @Until)
                INSERT INTO booking_cells (expert_id, minute, booking_id) SELECT @ExpertId, minute, @BookingId FROM cell
                """,
                new
                {
                    ExpertId = SqliteColumns.Id(booking.ExpertId),
                    BookingId = SqliteColumns.Id(booking.Id),
                    First = ClaimedMinutes.Floor(booking.Start),
                    Until = ClaimedMinutes.Ceiling(until),
                },
                transaction,
                cancellationToken: cancellationToken));
            return true;
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == SqliteConstraint)
        {
            // The caller returns without committing: disposing the transaction rolls back everything it wrote.
            return false;
        }
    }

    private static Task<int> ReleaseAsync(SqliteConnection connection, SqliteTransaction transaction, Guid bookingId, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM booking_cells WHERE booking_id = @BookingId",
            new { BookingId = SqliteColumns.Id(bookingId) },
            transaction,
            cancellationToken: cancellationToken));

    private static async Task AppendAsync(SqliteConnection connection, SqliteTransaction transaction, BookingWrite write, CancellationToken cancellationToken)
    {
        foreach (var message in write.Events)
        {
            await SqliteOutboxStore.AppendAsync(connection, transaction, message, cancellationToken);
        }

        await SqliteMailStore.AppendAsync(connection, transaction, write.Mail, cancellationToken);
    }
}
