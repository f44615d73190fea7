using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hubs.ServiceDefaults;

public static class ProblemDetailsDefaults
{
    /// <summary>RFC 9457 problem responses for every error, with a trace id to quote to an operator and no internal detail.</summary>
    public static TBuilder AddHubsProblemDetails<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = ctx =>
        {
            ctx.ProblemDetails.Instance ??= ctx.HttpContext.Request.Path;
            ctx.ProblemDetails.Extensions["traceId"] = System.Diagnostics.Activity.Current?.Id ?? ctx.HttpContext.TraceIdentifier;
            if (ctx.ProblemDetails.Status == StatusCodes.Status415UnsupportedMediaType)
            {
                ctx.ProblemDetails.Detail ??= UnsupportedMediaTypeDetail(ctx.HttpContext);
            }
        });
        // After the framework's writer: it keeps negotiating, this one answers whoever it turns away.
        builder.Services.AddSingleton<IProblemDetailsWriter, ProblemJsonWriter>();
        return builder;
    }

    // The framework's own 415 (a typed body of the wrong content type) says nothing; say what to send instead.
    private static string UnsupportedMediaTypeDetail(HttpContext http)
    {
        var accepted = http.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes;
        var expected = accepted is { Count: > 0 } ? string.Join(" or ", accepted) : "application/json";
        var sent = string.IsNullOrEmpty(http.Request.ContentType) ? "no Content-Type" : "Content-Type '" + (http.Request.ContentType.Length > 100 ? http.Request.ContentType[..100] + "…" : http.Request.ContentType) + "'";
        return $"Send the request body as {expected} (UTF-8); the request had {sent}.";
    }

    /// <summary>
    /// Unhandled exceptions and bare status codes (401, 403, 404, 405, 415…) become problem responses. Authentication
    /// and authorisation run after, inside them, so their refusals get a problem body too.
    /// </summary>
    public static WebApplication UseHubsProblemDetails(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }
}
