using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Hubs.ServiceDefaults.Security;
using Microsoft.Extensions.Http.Resilience;

namespace Hubs.ServiceDefaults;

/// <summary>What every Hubs service wires the same way: telemetry, health, resilience, problem details, policies.</summary>
public static class Extensions
{
    public const string LiveTag = "live";

    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        // Started as a container health check (--health-probe=/alive): ask the running process, then end this one
        // before it builds a second server on the same port.
        if (HealthProbe.RequestedPath(builder.Configuration) is { } probe)
        {
            Environment.Exit(HealthProbe.RunAsync(HealthProbe.LocalAddress(builder.Configuration), probe).GetAwaiter().GetResult());
        }

        builder.ConfigureOpenTelemetry();
        // Polly logs every attempt of every HttpClient call at Information, the telemetry exporter's own calls included
        // (one a second per service in the local run): the operator's log is kept for retries, timeouts and breaks.
        builder.Logging.AddFilter("Polly", LogLevel.Warning);
        builder.AddDefaultHealthChecks();
        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler(options =>
                // A retried POST can book a slot twice: only safe, idempotent methods are retried.
                options.Retry.DisableForUnsafeHttpMethods());
            http.AddServiceDiscovery();
        });
        builder.AddHubsProblemDetails();
        builder.AddHubsSecurity();
        return builder;
    }

    public static TBuilder AddDefaultHealthChecks<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), [LiveTag]);
        return builder;
    }

    /// <summary>/alive (the process answers) and /health (broker and store too); always mapped, since probes need them in production.</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapHealthChecks("/alive", new HealthCheckOptions { Predicate = r => r.Tags.Contains(LiveTag) }).AllowAnonymous();
        return app;
    }
}
