using System.ComponentModel.DataAnnotations;

namespace Hubs.Portal.Auth;

/// <summary>
/// The portal as an OpenID Connect client (section <c>Oidc</c>): its id and secret at the provider. The provider itself
/// is <c>Auth:Authority</c>, the same one every service validates tokens from. Without an authority nobody can sign
/// in: the public pages still work and staff pages say sign-in is not available.
/// </summary>
public sealed class SignInOptions
{
    public const string Section = "Oidc";

    [Required]
    public string ClientId { get; set; } = "hubs-portal";

    /// <summary>The confidential client's secret (the app host reads it from .hubs/identity/portal-client-secret).</summary>
    public string? ClientSecret { get; set; }

    /// <summary>How long before its expiry an access token is refreshed, so a call made now still carries a valid one.</summary>
    public TimeSpan RefreshBefore { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>A portal session lasts at most a working day, like the provider's refresh tokens.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(12);
}
