using System.ComponentModel.DataAnnotations;

namespace Hubs.Portal.Gateway;

/// <summary>Where the portal reaches the federation: the gateway, the one origin, like any other client.</summary>
public sealed class GatewayOptions
{
    public const string Section = "Gateway";

    [Required]
    public Uri? BaseUrl { get; set; }
}
