using Microsoft.Extensions.Options;

namespace Hubs.Directory.Storage.ReadModel;

/// <summary>
/// Loads the read model as the directory starts, beside the bus rather than before it, so a restart's catch-up is not
/// held back by the load; a search arriving meanwhile waits for the load to finish.
/// </summary>
public sealed class DirectoryReadModelWarmUp(
    DirectoryReadModel readModel, IOptions<DirectoryOptions> options, ILogger<DirectoryReadModelWarmUp> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.InMemoryReads)
        {
            return;
        }

        await Task.Yield();
        try
        {
            await readModel.ReadAsync(stoppingToken);
        }
        catch (Exception error) when (!stoppingToken.IsCancellationRequested)
        {
            // Not worth stopping the directory for: the first read loads it again.
            logger.LogWarning(error, "The directory's read model could not be loaded at start; the first read will load it");
        }
    }
}
