using Microsoft.Extensions.Hosting;

namespace Hubs.ServiceDefaults;

public static class HostLifetimeExtensions
{
    /// <summary>
    /// Waits until every hosted service (the bus included) has started; false if the host stops first.
    /// Background publishers use it so their first publish does not race the bus start.
    /// </summary>
    public static async Task<bool> WaitForStartAsync(this IHostApplicationLifetime lifetime, CancellationToken cancellationToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await using var onCancelled = cancellationToken.Register(() => started.TrySetCanceled(cancellationToken));
        try
        {
            await started.Task;
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
