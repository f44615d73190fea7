using Microsoft.Extensions.Diagnostics.HealthChecks;
using MongoDB.Driver;

namespace Hubs.HubNode.Storage.Mongo;

/// <summary>The MongoDB store answers a ping, within a few seconds (the driver would wait 30 for a server).</summary>
internal sealed class MongoHealthCheck(MongoStore store) : IHealthCheck
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Patience);
        try
        {
            await store.PingAsync(timeout.Token);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is MongoException or TimeoutException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return HealthCheckResult.Unhealthy("The MongoDB store does not answer.");
        }
    }
}
