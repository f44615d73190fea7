using MassTransit.Testing;

namespace Hubs.HubNode.Tests.Support;

public static class Published
{
    /// <summary>Whether the harness saw a matching publish within <paramref name="timeout"/> (default 10 s).</summary>
    public static async Task<bool> WithinAsync<T>(this ITestHarness harness, Func<IPublishedMessage<T>, bool> match, TimeSpan? timeout = null)
        where T : class
    {
        using var deadline = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        return await harness.Published.Any<T>(m => match(m), deadline.Token);
    }
}
