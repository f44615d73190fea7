using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hubs.ServiceDefaults.Storage;

/// <summary>Brings the store to the current schema on start, before anything registered after it reads or writes.</summary>
public sealed class SqliteMigrationOnStart(SqliteDatabase database, IReadOnlyList<SqliteMigration> steps, ILogger<SqliteMigrationOnStart> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var applied = await database.MigrateAsync(steps, cancellationToken);
        if (applied.Count > 0)
        {
            logger.LogInformation("Store {Path} migrated to schema version {Version} (steps {Steps})",
                database.FilePath, applied[^1], string.Join(", ", applied));
        }

        logger.LogInformation("Store ready at {Path}, schema version {Version}", database.FilePath, steps.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
