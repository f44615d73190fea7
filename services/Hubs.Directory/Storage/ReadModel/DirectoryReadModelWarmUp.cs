using Microsoft.Extensions.Options;

namespace Hubs.Directory.Storage.ReadModel;

/// <summary>
/// Loads the read model as the directory starts, beside the bus rather than before it, so a restart's catch-up is not
/// held back by the load; a search arriving meanwhile waits for the load to finish.
/// </summary>
public sealed class DirectoryReadModelWarmUp(DirectoryReadModel readModel, IOptions<DirectoryOptions> options) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.InMemoryReads)
        {
            await Task.Yield();
            await readModel.ReadAsync(stoppingToken);
        }
    }
}
