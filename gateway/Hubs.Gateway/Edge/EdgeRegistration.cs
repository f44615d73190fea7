using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace Hubs.Gateway.Edge;

public static class EdgeRegistration
{
    /// <summary>Typed <c>Gateway</c> settings, the rate limiter, CORS, forwarded headers and Kestrel's limits.</summary>
    public static IServiceCollection AddGatewayEdge(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GatewayOptions>()
            .Bind(configuration.GetSection(GatewayOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<GatewayOptions>, GatewayOptionsValidation>();

        services.AddOptions<KestrelServerOptions>().Configure<IOptions<GatewayOptions>>((kestrel, gateway) =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = gateway.Value.MaxRequestBodyBytes;
        });

        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<GatewayOptions>>((forwarded, gateway) =>
            TrustedProxies.Configure(forwarded, gateway.Value.KnownProxies));

        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<GatewayOptions>>((cors, gateway) =>
            PortalCors.AddPolicy(cors, gateway.Value.Cors.AllowedOrigins));

        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<GatewayOptions>>((limiter, gateway) =>
        {
            limiter.GlobalLimiter = ClientRateLimiter.Create(gateway.Value.RateLimits);
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = RateLimitRejection.WriteAsync;
        });
        // Refusals are counted by the framework (aspnetcore.rate_limiting.requests, result = global_limiter): no client
        // address or token is ever logged.
        services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddMeter("Microsoft.AspNetCore.RateLimiting"));

        return services;
    }

    /// <summary>Outermost: every response, errors included, gets the security headers.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.UseMiddleware<SecurityHeaders>();

    /// <summary>
    /// In order: the client's address (from known proxies only), CORS (ahead of the limiter so that the portal can read
    /// a 429), the rate limits, and the body size check. Preflights are answered here and reach no upstream.
    /// </summary>
    public static IApplicationBuilder UseGatewayEdge(this IApplicationBuilder app)
    {
        if (app.ApplicationServices.GetRequiredService<IOptions<GatewayOptions>>().Value.KnownProxies.Count > 0)
        {
            app.UseForwardedHeaders();
        }

        app.UseCors(PortalCors.Policy);
        app.UseRateLimiter();
        app.UseMiddleware<RequestBodyLimit>();
        return app;
    }
}
