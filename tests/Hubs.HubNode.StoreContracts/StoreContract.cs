using Hubs.HubNode.Hubs;
using Hubs.ServiceDefaults.Outbox;
using Hubs.HubNode.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hubs.HubNode.StoreContracts;

/// <summary>
/// Base of the contract suites: every test gets a store of its own, wired by the node's own
/// <see cref="StorageRegistration.AddHubNodeStore"/> (so the provider switch is exercised too) and prepared by its schema
/// step, and reaches it through the ports only.
/// </summary>
public abstract class StoreContract : IAsyncLifetime
{
    private readonly IStoreSetup _setup;
    private IHost? _host;

    protected StoreContract(IStoreSetup setup) => _setup = setup;

    protected IOutboxStore Outbox => Port<IOutboxStore>();

    protected T Port<T>() where T : notnull =>
        (_host ?? throw new InvalidOperationException("The store is not open yet.")).Services.GetRequiredService<T>();

    public async Task InitializeAsync()
    {
        await _setup.CreateAsync();

        // No default sources: a Storage__Provider in the test runner's environment must not pick the store.
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(_setup.Settings);
        builder.Configuration.AddInMemoryCollection([new($"{HubOptions.Section}:{nameof(HubOptions.Id)}", ContractData.HubId)]);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddOptions<HubOptions>().Bind(builder.Configuration.GetSection(HubOptions.Section));
        builder.AddHubNodeStore();
        _host = builder.Build();
        await _host.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync();
            _host.Dispose();
        }

        await _setup.DeleteAsync();
    }

    /// <summary>Runs <paramref name="count"/> calls at once, each on the thread pool, as separate requests would.</summary>
    protected static Task<T[]> AllAtOnceAsync<T>(int count, Func<int, Task<T>> call) =>
        Task.WhenAll(Enumerable.Range(0, count).Select(i => Task.Run(() => call(i))));
}
