using System.Globalization;
using Hubs.Gateway.Edge;
using Hubs.Gateway.Federation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Yarp.ReverseProxy.Forwarder;

namespace Hubs.Gateway.Proxy;

/// <summary>
/// Turns the gateway's own forwarding failures (refused, unreachable, timed out, no healthy destination) into a problem
/// response that names the upstream and nothing more: no exception text, no upstream address. Upstream responses,
/// errors included, pass through exactly as the upstream wrote them.
/// </summary>
public sealed class UpstreamFailureMiddleware(RequestDelegate next, IOptions<FederationOptions> options, ILogger<UpstreamFailureMiddleware> logger)
{
    private readonly string _retryAfterSeconds =
        Math.Ceiling(options.Value.HealthProbeInterval.TotalSeconds).ToString(CultureInfo.InvariantCulture);

    public async Task InvokeAsync(HttpContext context)
    {
        // An upstream's bare 404 is its answer; the gateway's status-code pages must not rewrite it.
        if (context.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages)
        {
            statusCodePages.Enabled = false;
        }

        await next(context);

        if (context.Features.Get<IForwarderErrorFeature>() is not { } failure
            || context.Response.HasStarted
            || context.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        var proxy = context.GetReverseProxyFeature();
        var metadata = proxy.Cluster.Config.Metadata;
        var upstream = metadata is not null && metadata.TryGetValue(UpstreamClusters.NameMetadata, out var name) ? name : "The service";

        // A streamed body crossed Kestrel's limit while being forwarded: YARP keeps Kestrel's 413.
        if (context.Response.StatusCode == StatusCodes.Status413PayloadTooLarge
            && context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize is { } limit)
        {
            await RequestBodyLimit.RefuseAsync(context, limit, logger);
            return;
        }

        if (context.Response.StatusCode is >= 400 and < 500)
        {
            // YARP blames the caller (e.g. a request body that could not be read): keep its status.
            await TypedResults.Problem(
                statusCode: context.Response.StatusCode,
                title: "The request could not be forwarded",
                detail: $"{upstream} did not receive the whole request.").ExecuteAsync(context);
            return;
        }

        // YARP logs the failure with its cause; this line only records which answer the caller got.
        logger.LogInformation("Answering for {ClusterId} after {ForwarderError}", proxy.Cluster.Config.ClusterId, failure.Error);

        // A write that timed out, or reached a service that died before answering, may still have been applied
        // upstream: say so rather than invite a blind retry. A connection never made means nothing was applied.
        var detail = failure.Error == ForwarderError.RequestTimedOut
            ? $"{upstream} did not answer in time; a change you sent may or may not have been applied."
            : IsWrite(context.Request.Method) && !NeverConnected(failure)
                ? $"{upstream} stopped while handling the request; a change you sent may or may not have been applied. Check before sending it again."
                : $"{upstream} cannot be reached right now. Try again shortly.";

        context.Response.Headers.RetryAfter = _retryAfterSeconds;
        await TypedResults.Problem(
            statusCode: StatusCodes.Status503ServiceUnavailable,
            title: $"{upstream} is unavailable",
            detail: detail).ExecuteAsync(context);
    }

    private static bool IsWrite(string method) =>
        !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method));

    private static bool NeverConnected(IForwarderErrorFeature failure)
    {
        if (failure.Error is ForwarderError.NoAvailableDestinations)
        {
            return true;
        }

        for (var ex = failure.Exception; ex is not null; ex = ex.InnerException)
        {
            // A reset or an end of stream after connecting says nothing about whether the service read the request.
            if (ex is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError }
                || ex is System.Net.Sockets.SocketException
                {
                    SocketErrorCode: System.Net.Sockets.SocketError.ConnectionRefused or System.Net.Sockets.SocketError.HostUnreachable
                        or System.Net.Sockets.SocketError.NetworkUnreachable or System.Net.Sockets.SocketError.HostNotFound
                })
            {
                return true;
            }
        }

        return false;
    }
}
