using System.Buffers;
using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace Hubs.Gateway.Edge;

/// <summary>
/// Refuses a request whose declared body is over Kestrel's limit before anything is forwarded, so no upstream sees the
/// start of a request that could never complete. A streamed (chunked) body is cut by Kestrel when it crosses the limit,
/// and the proxy's failure handler answers it with the same problem.
/// </summary>
public sealed class RequestBodyLimit(RequestDelegate next, ILogger<RequestBodyLimit> logger)
{
    /// <summary>A declared body up to this many times the limit is read and dropped after the 413 (see <see cref="RefuseAsync"/>).</summary>
    public const int DrainFactor = 4;

    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(10);

    public Task InvokeAsync(HttpContext context)
    {
        var limit = context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
        return context.Request.ContentLength is { } length && length > limit
            ? RefuseAsync(context, limit.Value, logger)
            : next(context);
    }

    /// <summary>
    /// 413 with a problem body. A client sending a body usually reads the answer only once it has sent it all; if the
    /// connection closed under it, it would see a broken pipe instead of the 413. So a body somewhat over the limit is
    /// read to its end and dropped after the answer (as nginx's lingering close does), bounded in size and time, and
    /// the connection stays usable; anything larger, or already half read, gets the answer and a closed connection.
    /// </summary>
    public static async Task RefuseAsync(HttpContext context, long limit, ILogger logger)
    {
        var size = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        var drain = context.Request.ContentLength is { } declared
            && declared <= limit * DrainFactor
            && size is { IsReadOnly: false };
        if (drain)
        {
            size!.MaxRequestBodySize = context.Request.ContentLength;
        }
        else if (HttpProtocol.IsHttp10(context.Request.Protocol) || HttpProtocol.IsHttp11(context.Request.Protocol))
        {
            // The unread body makes the connection unusable and Kestrel will close it: say so, so that the client does
            // not send its next request on a connection that is about to go away.
            context.Response.Headers.Connection = "close";
        }

        await TypedResults.Problem(
            statusCode: StatusCodes.Status413PayloadTooLarge,
            title: "Request body too large",
            detail: $"The gateway accepts request bodies of at most {limit.ToString(CultureInfo.InvariantCulture)} bytes.")
            .ExecuteAsync(context);

        if (drain)
        {
            await context.Response.CompleteAsync();
            await DrainAsync(context, logger);
        }
    }

    private static async Task DrainAsync(HttpContext context, ILogger logger)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        timeout.CancelAfter(DrainTimeout);
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            while (await context.Request.Body.ReadAsync(buffer, timeout.Token) > 0)
            {
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or BadHttpRequestException)
        {
            // Too slow or gone: the answer is sent; drop the connection rather than wait for the rest.
            logger.LogDebug("Dropping a connection whose oversized body did not arrive in time");
            context.Abort();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
