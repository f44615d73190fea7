using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Hubs.ServiceDefaults;

/// <summary>
/// The service binary as its own container health check: <c>Hubs.HubNode --health-probe=/alive</c> asks the process
/// already running in the container for that path and exits 0 when it answers 2xx, 1 otherwise. The ASP.NET runtime
/// images carry neither wget nor curl, and a probe that cannot run leaves every service unhealthy for ever.
/// </summary>
public static class HealthProbe
{
    public const string Switch = "health-probe";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    /// <summary>The path asked for (<c>--health-probe=/alive</c>), or null when the process was started normally.</summary>
    public static string? RequestedPath(IConfiguration configuration) =>
        configuration[Switch] is { Length: > 0 } path ? (path.StartsWith('/') ? path : "/" + path) : null;

    /// <summary>Where the running service listens, as the container sees it: the first of its URLs, on loopback.</summary>
    public static Uri LocalAddress(IConfiguration configuration)
    {
        var first = configuration["urls"]?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .FirstOrDefault(u => u.StartsWith("http://", StringComparison.OrdinalIgnoreCase));
        if (first is not null)
        {
            // http://+:8080, http://*:8080 and http://0.0.0.0:8080 all listen on loopback too.
            var port = new Uri(first.Replace("://+", "://localhost", StringComparison.Ordinal)
                .Replace("://*", "://localhost", StringComparison.Ordinal)).Port;
            return new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
        }

        var httpPort = configuration["http_ports"]?.Split(';', ',').FirstOrDefault() ?? "8080";
        return new Uri($"http://127.0.0.1:{httpPort.Trim()}/");
    }

    /// <summary>0 when <paramref name="path"/> at <paramref name="address"/> answers 2xx within 3 s, 1 otherwise.</summary>
    public static async Task<int> RunAsync(Uri address, string path)
    {
        using var client = new HttpClient { BaseAddress = address, Timeout = Timeout };
        try
        {
            using var response = await client.GetAsync(new Uri(path.TrimStart('/'), UriKind.Relative));
            await Console.Out.WriteLineAsync($"{(int)response.StatusCode} {path}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            await Console.Out.WriteLineAsync($"unreachable {path}: {ex.Message}");
            return 1;
        }
    }
}
