using System.ComponentModel.DataAnnotations;

namespace Hubs.Identity.Provider;

/// <summary>An application allowed to use the authorization code flow with PKCE (and refresh tokens) here.</summary>
public sealed class ClientRegistration
{
    [Required]
    public string ClientId { get; set; } = "";

    /// <summary>Set for a server-side application (the portal); unset for a public client, which relies on PKCE alone.</summary>
    public string? ClientSecret { get; set; }

    public string? DisplayName { get; set; }

    public List<Uri> RedirectUris { get; set; } = [];

    public List<Uri> PostLogoutRedirectUris { get; set; } = [];
}
