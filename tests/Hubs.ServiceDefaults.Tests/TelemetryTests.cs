using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Trace;

namespace Hubs.ServiceDefaults.Tests;

/// <summary>Traces and log records are built only when they have somewhere to go (an OTLP endpoint).</summary>
public sealed class TelemetryTests
{
    [Fact]
    public void Without_an_otlp_endpoint_no_traces_or_log_records_are_built()
    {
        using var host = Build(endpoint: null);

        Assert.Null(host.Services.GetService<TracerProvider>());
        Assert.DoesNotContain(host.Services.GetServices<ILoggerProvider>(), p => p.GetType().FullName!.StartsWith("OpenTelemetry", StringComparison.Ordinal));
    }

    [Fact]
    public void With_an_otlp_endpoint_traces_and_log_records_are_exported()
    {
        using var host = Build(endpoint: "http://127.0.0.1:4317");

        Assert.NotNull(host.Services.GetService<TracerProvider>());
        Assert.Contains(host.Services.GetServices<ILoggerProvider>(), p => p.GetType().FullName!.StartsWith("OpenTelemetry", StringComparison.Ordinal));
    }

    private static IHost Build(string? endpoint)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"] = endpoint;
        builder.ConfigureOpenTelemetry();
        return builder.Build();
    }
}
