using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hubs.Gateway.Tests.Infrastructure;

/// <summary>
/// A hub node that can crash and come back on the same address: while <see cref="Failing"/>, it drops every
/// connection (requests and probes alike) as a killed process would; otherwise it answers 200.
/// </summary>
public sealed class FlakyUpstream : IAsyncDisposable
{
    private readonly WebApplication _app;
    private volatile bool _failing;

    private FlakyUpstream(WebApplication app) => _app = app;

    public Uri Address { get; private set; } = null!;

    public bool Failing
    {
        get => _failing;
        set => _failing = value;
    }

    public static async Task<FlakyUpstream> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var upstream = new FlakyUpstream(app);
        app.Map("/{**path}", (HttpContext context) =>
        {
            if (upstream.Failing)
            {
                context.Abort();
                return Results.Empty;
            }

            return Results.Json(Array.Empty<object>());
        });
        await app.StartAsync();
        upstream.Address = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single());
        return upstream;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
