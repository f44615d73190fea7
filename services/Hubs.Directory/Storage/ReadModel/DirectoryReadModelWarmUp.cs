using Microsoft.Extensions.Options;

namespace Hubs.Directory.Storage.ReadModel;

/// <summary>
/// Loads the read model at start, after the schema and before the bus, so the first search does not pay for the load.
/// </summary>
public sealed class DirectoryReadModelWarmUp(DirectoryReadModel readModel, IOptions<DirectoryOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.InMemoryReads)
        {
            await readModel.ReadAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
