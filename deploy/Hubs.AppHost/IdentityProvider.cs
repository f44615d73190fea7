using System.Security.Cryptography;
using Hubs.Contracts.Federation;
using Microsoft.Extensions.Configuration;

namespace Hubs.AppHost;

/// <summary>
/// The embedded OpenID Connect provider (deploy/Hubs.Identity) on its own fixed loopback port, and every other service
/// of the app host told to validate its tokens through its discovery document (<c>Auth:Authority</c>), beside the
/// local signing key that deploy/Hubs.Tokens uses (decision 0025).
/// </summary>
internal static class IdentityProvider
{
    public const string PortalClientId = "hubs-portal";

    public static IResourceBuilder<ExecutableResource> AddIdentityProvider(this IDistributedApplicationBuilder builder, FederationSettings federation)
    {
        var port = builder.Configuration.GetValue("Hubs:IdentityPort", 8081);
        var issuer = $"http://127.0.0.1:{port}/";
        var portal = $"http://127.0.0.1:{federation.GatewayPort}";
        var identity = builder.AddDotNetService<Projects.Hubs_Identity>("identity", federation, port)
            .WithEnvironment("Identity__Issuer", issuer)
            .WithEnvironment("Identity__AccountsFile", DemoAccounts.Prepare(federation.DataDirectory, HubIds.Founding))
            .WithEnvironment("Identity__Database", Path.Combine(federation.DataDirectory, "data", "identity.db"))
            .WithEnvironment("Identity__KeysDirectory", Path.Combine(federation.DataDirectory, "identity"))
            .WithEnvironment("Identity__Clients__0__ClientId", PortalClientId)
            .WithEnvironment("Identity__Clients__0__ClientSecret", PortalClientSecret(federation))
            .WithEnvironment("Identity__Clients__0__RedirectUris__0", portal + "/signin-oidc")
            .WithEnvironment("Identity__Clients__0__PostLogoutRedirectUris__0", portal + "/signout-callback-oidc");

        // Whichever services are added, before or after this call.
        builder.Eventing.Subscribe<BeforeStartEvent>((_, _) =>
        {
            foreach (var service in builder.Resources.OfType<ExecutableResource>().Where(r => r != identity.Resource))
            {
                service.Annotations.Add(new EnvironmentCallbackAnnotation("Auth__Authority", () => issuer));
            }

            return Task.CompletedTask;
        });

        // The portal signs people in here as the confidential client registered above (services/Hubs.Portal/Auth).
        foreach (var portalResource in builder.Resources.OfType<ExecutableResource>().Where(r => r.Name == "portal"))
        {
            portalResource.Annotations.Add(new EnvironmentCallbackAnnotation("Oidc__ClientId", () => PortalClientId));
            portalResource.Annotations.Add(new EnvironmentCallbackAnnotation("Oidc__ClientSecret", () => PortalClientSecret(federation)));
        }

        return identity;
    }

    /// <summary>The portal's client secret at the provider, generated once into .hubs/identity/ (owner-only).</summary>
    public static string PortalClientSecret(FederationSettings federation)
    {
        var path = Path.Combine(federation.DataDirectory, "identity", "portal-client-secret");
        if (!File.Exists(path))
        {
            BrokerIdentities.WriteOwnerOnly(path, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        }

        return File.ReadAllText(path).Trim();
    }
}
