using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Hubs.ServiceDefaults.Consent;

public static class ConsentRegistration
{
    /// <summary>
    /// The service's consent text and version from section <c>Consent</c>, with <paramref name="builtIn"/> filling what
    /// the configuration leaves out (a version without texts keeps the built-in texts only if it is the built-in version).
    /// </summary>
    public static IHostApplicationBuilder AddConsent(this IHostApplicationBuilder builder, ConsentText builtIn)
    {
        builder.Services.AddOptions<ConsentOptions>()
            .Bind(builder.Configuration.GetSection(ConsentOptions.Section))
            .PostConfigure(consent =>
            {
                if (string.IsNullOrWhiteSpace(consent.Version))
                {
                    consent.Version = builtIn.Version;
                }

                if (consent.Version == builtIn.Version)
                {
                    consent.Texts.TryAdd("it", builtIn.Italian);
                    consent.Texts.TryAdd("en", builtIn.English);
                }
            })
            .ValidateDataAnnotations()
            .Validate(c => c.Texts.ContainsKey("it") && c.Texts.ContainsKey("en") && c.Texts.Values.All(t => !string.IsNullOrWhiteSpace(t)),
                "Consent:Texts:it and Consent:Texts:en are required when Consent:Version is not the built-in one.")
            .ValidateOnStart();
        builder.Services.AddSingleton<ConsentCheck>();
        return builder;
    }

    /// <summary><c>GET {pattern}</c>: the current version and texts, public.</summary>
    public static RouteHandlerBuilder MapConsent(this IEndpointRouteBuilder routes, string pattern) =>
        routes.MapGet(pattern, (IOptions<ConsentOptions> consent) =>
                TypedResults.Ok(new ConsentResponse(consent.Value.Version, consent.Value.Texts)))
            .WithName("GetConsent")
            .WithTags("Consent")
            .WithSummary("The consent text a business must be shown, and its current version (send it back as consentVersion)")
            .RequireAuthorization(Policies.Public);
}
