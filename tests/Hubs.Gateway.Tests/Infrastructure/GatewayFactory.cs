using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Gateway.Tests.Infrastructure;

/// <summary>The real gateway (its Program) with the configuration a test gives it, and optionally a service it replaces.</summary>
public sealed class GatewayFactory(
    IReadOnlyDictionary<string, string> settings,
    Action<IServiceCollection>? services = null,
    string environment = "Production") : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Auth:SigningKey", global::Hubs.Testing.TestAuth.Key);
        builder.UseSetting("Logging:LogLevel:Yarp", "Error");
        // Forced failures are expected here; the exception handler's error log would only clutter the test output.
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware", "None");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        if (services is not null)
        {
            builder.ConfigureTestServices(services);
        }
    }
}
