using System.Net;

namespace Hubs.IntegrationTests.Infrastructure;

internal static class Eventually
{
    /// <summary>
    /// Polls until the probe returns a value that satisfies the condition, or fails with the last value seen. A probe
    /// that fails the way a service does while it (re)starts — connection refused, 502/503/504 from it or from the
    /// gateway in front of it — is "not yet", not a failure: the gateway answers 503 for an upstream until its next
    /// health probe sees it back (<c>Federation:HealthProbeInterval</c>), and on a loaded machine that outlasts any
    /// fixed delay. The last such failure is reported if the deadline passes.
    /// </summary>
    public static async Task<T> Until<T>(Func<Task<T>> probe, Func<T, bool> condition, TimeSpan? timeout = null, string? what = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        var last = "nothing yet";
        do
        {
            try
            {
                var value = await probe();
                if (condition(value))
                {
                    return value;
                }

                last = value?.ToString() ?? "null";
            }
            catch (HttpRequestException ex) when (IsTransient(ex))
            {
                last = $"{ex.GetType().Name}: {ex.Message}";
            }

            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);

        throw new TimeoutException($"Timed out waiting for {what ?? "the condition"}; last value: {last}");
    }

    /// <summary>A service starting, stopping or not (yet) routed to: worth asking again.</summary>
    public static bool IsTransient(HttpRequestException ex) =>
        ex.HttpRequestError is HttpRequestError.ConnectionError
        || ex.StatusCode is HttpStatusCode.ServiceUnavailable or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout;
}
