namespace Hubs.IntegrationTests.Infrastructure;

internal static class Eventually
{
    /// <summary>Polls until the probe returns a value that satisfies the condition, or fails with the last value seen.</summary>
    public static async Task<T> Until<T>(Func<Task<T>> probe, Func<T, bool> condition, TimeSpan? timeout = null, string? what = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        T last;
        do
        {
            last = await probe();
            if (condition(last))
            {
                return last;
            }

            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);

        throw new TimeoutException($"Timed out waiting for {what ?? "the condition"}; last value: {last}");
    }
}
