using System.Collections.Concurrent;
using Hubs.Contracts.Events;
using Hubs.ServiceDefaults.Messaging;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.ServiceDefaults.Tests.Messaging;

/// <summary>
/// The admission filter on the in-memory bus, which carries no broker <c>user_id</c>: with the check on, nothing is
/// identified, so nothing gets through; with it off, only suspension matters. The check of a real <c>user_id</c> is
/// tested on the real broker (tests/Hubs.IntegrationTests/Trust).
/// </summary>
public sealed class HubEventAdmissionTests
{
    [Fact]
    public async Task Without_a_broker_validated_user_id_a_hub_event_is_refused_as_unidentified_and_anything_else_as_untrusted()
    {
        await using var provider = Bus(verify: true, suspended: []);
        var harness = await StartAsync(provider);

        await harness.Bus.Publish(Heartbeat("lomazzo"));
        await harness.Bus.Publish(Membership("lomazzo"));

        var refused = provider.GetRequiredService<Refusals>();
        await refused.WaitAsync(2);
        Assert.Equal([("HubHeartbeat", EventRefusal.Unidentified), ("HubMembershipChanged", EventRefusal.UntrustedPublisher)],
            refused.Seen.OrderBy(r => r.EventType, StringComparer.Ordinal));
        Assert.Empty(provider.GetRequiredService<Deliveries>().Seen);
    }

    [Fact]
    public async Task A_suspended_hubs_events_are_ignored_and_acknowledged_while_other_hubs_get_through()
    {
        await using var provider = Bus(verify: false, suspended: ["ivrea"]);
        var harness = await StartAsync(provider);

        await harness.Bus.Publish(Heartbeat("ivrea"));
        await harness.Bus.Publish(Heartbeat("lomazzo"));

        var refused = provider.GetRequiredService<Refusals>();
        await refused.WaitAsync(1);
        Assert.Equal([("HubHeartbeat", EventRefusal.SuspendedHub)], refused.Seen);
        Assert.True(await harness.Consumed.Any<HubHeartbeat>(m => m.Context.Message.HubId == "lomazzo"));
        Assert.Equal(["lomazzo"], provider.GetRequiredService<Deliveries>().Seen);

        // Refused, yet consumed as far as the transport is concerned: not retried, never moved to _skipped or _error.
        Assert.False(await harness.Consumed.Any<HubHeartbeat>(m => m.Exception is not null));
    }

    private static ServiceProvider Bus(bool verify, string[] suspended)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddOptions<MessagingOptions>().Configure(o => o.VerifyHubIdentity = verify);
        services.AddSingleton<Refusals>();
        services.AddSingleton<IRefusedEvents>(sp => sp.GetRequiredService<Refusals>());
        services.AddSingleton<IHubMembership>(new SuspendedHubs(suspended));
        services.AddSingleton<Deliveries>();
        services.AddHubEventAdmission();
        services.AddMassTransitTestHarness(x =>
        {
            x.AddConsumer<Recorder>();
            x.AddConfigureEndpointsCallback((context, _, endpoint) => MessagingRegistration.ApplyEndpointRules(endpoint, context));
        });
        return services.BuildServiceProvider(validateScopes: true);
    }

    private static async Task<ITestHarness> StartAsync(IServiceProvider provider)
    {
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();
        return harness;
    }

    private static HubHeartbeat Heartbeat(string hubId) => new()
    {
        HubId = hubId,
        EventId = Guid.CreateVersion7(),
        OccurredAt = DateTimeOffset.UtcNow,
        Version = 1,
        Interval = TimeSpan.FromSeconds(15),
    };

    private static HubMembershipChanged Membership(string hubId) => new()
    {
        HubId = hubId,
        Suspended = true,
        Version = 1,
        EventId = Guid.CreateVersion7(),
        OccurredAt = DateTimeOffset.UtcNow,
    };

    private sealed class Recorder(Deliveries deliveries) : IConsumer<HubHeartbeat>, IConsumer<HubMembershipChanged>
    {
        public Task Consume(ConsumeContext<HubHeartbeat> context)
        {
            deliveries.Seen.Enqueue(context.Message.HubId);
            return Task.CompletedTask;
        }

        public Task Consume(ConsumeContext<HubMembershipChanged> context)
        {
            deliveries.Seen.Enqueue(context.Message.HubId);
            return Task.CompletedTask;
        }
    }

    private sealed class Deliveries
    {
        public ConcurrentQueue<string> Seen { get; } = new();
    }

    private sealed class Refusals : IRefusedEvents
    {
        private readonly SemaphoreSlim _recorded = new(0);

        public ConcurrentQueue<(string EventType, EventRefusal Refusal)> Seen { get; } = new();

        public void Record(string eventType, EventRefusal refusal)
        {
            Seen.Enqueue((eventType, refusal));
            _recorded.Release();
        }

        public async Task WaitAsync(int count)
        {
            for (var i = 0; i < count; i++)
            {
                Assert.True(await _recorded.WaitAsync(TimeSpan.FromSeconds(10)), $"only {i} of {count} refusals recorded");
            }
        }
    }

    private sealed class SuspendedHubs(string[] suspended) : IHubMembership
    {
        public Task<bool> IsSuspendedAsync(string hubId, CancellationToken cancellationToken = default) =>
            Task.FromResult(suspended.Contains(hubId, StringComparer.Ordinal));
    }
}
