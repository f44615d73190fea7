namespace Hubs.IntegrationTests.Infrastructure;

/// <summary>One federation per test class (starting one costs a few seconds); derived classes choose the hubs.</summary>
public abstract class FederationFixture(params string[] hubIds) : IAsyncLifetime
{
    internal TestFederation Federation { get; private set; } = null!;

    public async Task InitializeAsync() => Federation = await TestFederation.StartAsync(hubIds);

    // Also when InitializeAsync failed: nothing started, nothing to stop (not a NullReferenceException hiding the cause).
    public async Task DisposeAsync()
    {
        if (Federation is not null)
        {
            await Federation.DisposeAsync();
        }
    }
}
