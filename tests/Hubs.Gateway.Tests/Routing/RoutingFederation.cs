using Hubs.Gateway.Tests.Infrastructure;

namespace Hubs.Gateway.Tests.Routing;

/// <summary>Two live hubs, the directory and the exchange, shared by the routing tests (each marks its own calls).</summary>
public sealed class RoutingFederation : IAsyncLifetime
{
    public TestFederation Federation { get; private set; } = null!;

    public async Task InitializeAsync() => Federation = await TestFederation.StartAsync(["alpha", "beta"]);

    // Also when InitializeAsync failed: nothing started, nothing to stop (not a NullReferenceException hiding the cause).
    public async Task DisposeAsync()
    {
        if (Federation is not null)
        {
            await Federation.DisposeAsync();
        }
    }
}
