using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Hubs.ServiceDefaults.Security;

public static class SecurityRegistration
{
    /// <summary>JWT bearer validation and the named policies. Every service validates tokens itself, never trusting a gateway in front.</summary>
    public static IHostApplicationBuilder AddHubsSecurity(this IHostApplicationBuilder builder)
    {
        var development = builder.Environment.IsDevelopment();
        builder.Services.AddOptions<AuthOptions>()
            .Bind(builder.Configuration.GetSection(AuthOptions.Section))
            .PostConfigure(auth =>
            {
                // A service started alone in Development still runs: it signs nothing and accepts tokens only from a key
                // nobody else has, so only public endpoints are usable. Production must configure a key or an authority.
                if (development && string.IsNullOrWhiteSpace(auth.Authority) && string.IsNullOrWhiteSpace(auth.SigningKey))
                {
                    auth.SigningKey = TokenIssuer.NewSigningKey();
                }
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<AuthOptions>, AuthorityValidation>();

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<AuthOptions>>((jwt, auth) => Configure(jwt, auth.Value, builder.Environment));

        builder.Services.AddSingleton<IAuthorizationHandler, HubStaffRequirement>();
        builder.Services.AddSingleton<IAuthorizationHandler, ValidCredentialsRequirement>();
        builder.Services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, ForbiddenExplanation>();
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Public, p => p.AddRequirements(new ValidCredentialsRequirement()))
            .AddPolicy(Policies.HubStaff, p => p.RequireAuthenticatedUser().AddRequirements(new HubStaffRequirement()))
            .AddPolicy(Policies.AnyHubStaff, p => p.RequireAuthenticatedUser().RequireRole(HubsClaims.StaffRole).RequireClaim(HubsClaims.Hub))
            .AddPolicy(Policies.Coordinator, p => p.RequireAuthenticatedUser().RequireRole(HubsClaims.CoordinatorRole));
        return builder;
    }

    private static void Configure(JwtBearerOptions jwt, AuthOptions auth, IHostEnvironment environment)
    {
        // Our claim names as they are on the wire ("role", "hub", "sub"), without the legacy SOAP URIs.
        jwt.MapInboundClaims = false;
        jwt.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidIssuer = auth.Issuer,
            ValidateAudience = true,
            ValidAudience = auth.Audience,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            ClockSkew = auth.ClockSkew,
            RoleClaimType = HubsClaims.Role,
            NameClaimType = HubsClaims.Subject,
        };

        if (!string.IsNullOrWhiteSpace(auth.Authority))
        {
            // The provider's issuer and keys come from its discovery document, refreshed as it rotates them.
            jwt.Authority = auth.Authority;
            jwt.Audience = auth.Audience;
            jwt.RequireHttpsMetadata = !(Uri.TryCreate(auth.Authority, UriKind.Absolute, out var authority)
                && AuthorityValidation.AllowsHttp(authority, environment));
            if (environment.IsDevelopment() && !string.IsNullOrWhiteSpace(auth.SigningKey))
            {
                // The local run has both: people sign in at the embedded provider, scripts mint tokens with
                // deploy/Hubs.Tokens and the local key (decision 0025). Outside Development only the provider counts.
                jwt.TokenValidationParameters.IssuerSigningKey = SigningKey(auth);
            }
        }
        else
        {
            jwt.TokenValidationParameters.IssuerSigningKey = SigningKey(auth);
            jwt.TokenValidationParameters.ValidAlgorithms = [SecurityAlgorithms.HmacSha256];
        }
    }

    internal static SymmetricSecurityKey SigningKey(AuthOptions auth) =>
        new(Convert.FromBase64String(auth.SigningKey ?? throw new InvalidOperationException("No signing key configured.")));
}
