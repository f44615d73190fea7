using System.ComponentModel.DataAnnotations;

namespace Hubs.Identity.Provider;

/// <summary>The embedded provider's settings (section <c>Identity</c>).</summary>
public sealed class ProviderOptions
{
    public const string Section = "Identity";

    /// <summary>The issuer URL announced in the discovery document; unset: taken from the request (as tests do).</summary>
    public Uri? Issuer { get; set; }

    /// <summary>JSON array of the accounts (see <see cref="Accounts.Account"/>), written by the app host into .hubs/.</summary>
    [Required]
    public string AccountsFile { get; set; } = "";

    /// <summary>The SQLite file of clients, authorizations and tokens.</summary>
    [Required]
    public string Database { get; set; } = "";

    /// <summary>Where the RSA signing and encryption keys are kept (created owner-only on first start); unset: new keys at every start.</summary>
    public string? KeysDirectory { get; set; }

    /// <summary>The audience of every access token: what services check as <c>Auth:Audience</c>.</summary>
    [Required]
    public string Audience { get; set; } = "hubs";

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>A working day: staff sign in once in the morning.</summary>
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>
    /// How long a spent refresh token still works: two requests of one portal session refreshing at once must not sign
    /// the person out. OpenIddict's default; zero makes every refresh token strictly single-use.
    /// </summary>
    public TimeSpan RefreshTokenReuseLeeway { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The applications that may sign people in here (the portal; tests add their own).</summary>
    public List<ClientRegistration> Clients { get; set; } = [];
}
