using Dapper;
using Hubs.HubNode.Cases;
using Hubs.HubNode.Profile;
using Hubs.ServiceDefaults.Storage;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Hubs.HubNode.Storage.Sqlite;

public sealed class SqliteCaseStore(SqliteDatabase database, IOptions<HubOptions> hub) : ICaseStore
{
    public async Task<ConsultationCase?> GetAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);

        // A deferred transaction: both reads see one snapshot, so a booking written in between cannot half-appear.
        await using var transaction = connection.BeginTransaction(deferred: true);
        var parameters = new { Id = SqliteColumns.Id(caseId), HubId = hub.Value.Id };
        var heads = await connection.QueryAsync<(string HubId, string BusinessEmail, string OpenedAt)>(new CommandDefinition(
            "SELECT hub_id, business_email, opened_at FROM cases WHERE id = @Id AND hub_id = @HubId",
            parameters,
            transaction,
            cancellationToken: cancellationToken));
        if (heads.ToList() is not [var found])
        {
            return null;
        }

        var rows = await connection.QueryAsync<BookingRow>(new CommandDefinition(
            $"SELECT {BookingRow.Columns} FROM bookings WHERE case_id = @Id ORDER BY start_at, id",
            parameters,
            transaction,
            cancellationToken: cancellationToken));
        return new ConsultationCase(
            caseId,
            found.HubId,
            found.BusinessEmail,
            Instant.FromDateTimeOffset(SqliteColumns.Instant(found.OpenedAt)),
            [.. rows.Select(r => r.ToBooking())]);
    }
}
