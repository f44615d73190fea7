using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Hubs.ServiceDefaults;

public static class Telemetry
{
    /// <summary>Meter and activity source of our own code.</summary>
    public const string HubsSource = "Hubs";

    private static readonly string[] Sources =
    [
        HubsSource,
        "MassTransit",            // MassTransit's DiagnosticHeaders.DefaultListenerName
        "Yarp.ReverseProxy",
        "MongoDB.Driver",
    ];

    public static TBuilder ConfigureOpenTelemetry<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        var openTelemetry = builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(HubsSource, "MassTransit"));

        // Traces and log records are built per request and per message: with nowhere to send them (no OTLP endpoint,
        // as in the tests and the benchmarks) that is work for nothing. Metrics without a reader cost nothing.
        if (!IsExporting(builder.Configuration))
        {
            return builder;
        }

        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });
        openTelemetry
            .WithTracing(tracing => tracing
                .AddSource(Sources)
                .AddAspNetCoreInstrumentation(o =>
                    // Probes every few seconds would drown the real traces.
                    o.Filter = ctx => !ctx.Request.Path.StartsWithSegments("/health") && !ctx.Request.Path.StartsWithSegments("/alive"))
                .AddHttpClientInstrumentation())
            .UseOtlpExporter();

        return builder;
    }

    /// <summary>Whether telemetry has somewhere to go: the standard OTLP endpoint variable (the Aspire app host sets it).</summary>
    public static bool IsExporting(Microsoft.Extensions.Configuration.IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
}
