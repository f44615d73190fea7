using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hubs.Gateway.Tests.Infrastructure;

/// <summary>
/// A small Kestrel app on a real loopback socket playing a hub node, the directory or the exchange: it answers every
/// path with who it is and what it got. The gateway's liveness probes (/alive) are answered but not recorded. Like many
/// real upstreams it names itself (Server, X-Powered-By) and sets a lax Content-Security-Policy of its own.
/// </summary>
public sealed class Upstream : IAsyncDisposable
{
    /// <summary>A path under which the upstream answers a bare 404 without a body.</summary>
    public const string EmptyNotFoundSegment = "empty-404";

    /// <summary>The policy every answer carries, as a page of the portal would.</summary>
    public const string OwnContentSecurityPolicy = "default-src 'self'";

    private readonly WebApplication _app;
    private bool _stopped;

    private Upstream(string name, WebApplication app)
    {
        Name = name;
        _app = app;
    }

    public string Name { get; }

    public Uri Address { get; private set; } = null!;

    public ConcurrentQueue<UpstreamCall> Calls { get; } = new();

    public static async Task<Upstream> StartAsync(string name)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();

        var upstream = new Upstream(name, app);
        app.MapGet("/alive", () => Results.Ok());
        app.Map("/{**path}", (Func<HttpContext, Task<IResult>>)upstream.AnswerAsync);
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        upstream.Address = new Uri(address);
        return upstream;
    }

    /// <summary>The address of an upstream that was started and stopped: nothing listens there any more.</summary>
    /// <summary>
    /// An address where nothing listens. Not a port freed on 127.0.0.1: tests run in parallel and another upstream
    /// may be given that port a moment later. Nothing in the tests binds 127.0.0.254, so connections there are refused.
    /// </summary>
    public static Task<Uri> ClosedAddressAsync() => Task.FromResult(new Uri("http://127.0.0.254:9/"));

    public async Task StopAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    private async Task<IResult> AnswerAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var call = new UpstreamCall(
            Name,
            context.Request.Method,
            context.Request.Path.Value ?? "",
            context.Request.QueryString.Value ?? "",
            await reader.ReadToEndAsync(context.RequestAborted),
            context.Request.ContentType);
        Calls.Enqueue(call);

        context.Response.Headers["X-Powered-By"] = "UpstreamFramework/1.0";
        context.Response.Headers.ContentSecurityPolicy = OwnContentSecurityPolicy;

        return call.Path.EndsWith("/" + EmptyNotFoundSegment, StringComparison.Ordinal)
            ? Results.NotFound()
            : Results.Json(call);
    }
}
