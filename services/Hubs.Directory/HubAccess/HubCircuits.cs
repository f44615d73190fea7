using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Registry;
using Polly.Timeout;

namespace Hubs.Directory.HubAccess;

/// <summary>
/// One resilience pipeline per hub, keyed by hub id: a circuit breaker around a timeout, so a slow hub's timeouts count
/// as its failures and, once its circuit opens, it is not called at all until <see cref="HubLiveOptions.BreakDuration"/>
/// has passed. Each hub has its own circuit: one dead hub never stops the others being asked.
/// </summary>
public sealed class HubCircuits(IOptions<HubLiveOptions> options) : IDisposable
{
    private readonly ResiliencePipelineRegistry<string> _registry = new();

    public ResiliencePipeline For(string hubId) => _registry.GetOrAddPipeline(hubId, builder =>
    {
        var o = options.Value;
        builder
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                Name = $"hub-{hubId}",
                FailureRatio = o.FailureRatio,
                MinimumThroughput = o.MinimumThroughput,
                SamplingDuration = o.SamplingDuration,
                BreakDuration = o.BreakDuration,
            })
            .AddTimeout(new TimeoutStrategyOptions { Timeout = o.HubTimeout });
    });

    public void Dispose() => _registry.Dispose();
}
