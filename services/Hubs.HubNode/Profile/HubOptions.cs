using System.ComponentModel.DataAnnotations;

namespace Hubs.HubNode.Profile;

/// <summary>Which hub this process serves and its public profile (section <c>Hub</c>).</summary>
public sealed class HubOptions
{
    public const string Section = "Hub";
    public const string DefaultTimeZone = "Europe/Rome";

    [Required]
    public string Id { get; set; } = "";

    [MaxLength(200)]
    public string? Name { get; set; }

    [MaxLength(200)]
    public string? City { get; set; }

    /// <summary>Province code (sigla), e.g. <c>CO</c>.</summary>
    public string? Province { get; set; }

    [Range(-90.0, 90.0)]
    public double? Latitude { get; set; }

    [Range(-180.0, 180.0)]
    public double? Longitude { get; set; }

    /// <summary>Topic codes the hub is strongest in.</summary>
    public List<string> Specialties { get; set; } = [];

    /// <summary>ISO 639-1 codes the hub works in.</summary>
    public List<string> Languages { get; set; } = [];

    [Url]
    public string? PublicUrl { get; set; }

    [EmailAddress]
    public string? ContactEmail { get; set; }

    /// <summary>The address the network's gateway reaches this node at, announced with the profile (decision 0020).</summary>
    [Url]
    public string? NodeUrl { get; set; }

    /// <summary>The hub's local zone (a TZDB id): experts' availability is written in it unless they name another.</summary>
    public string TimeZone { get; set; } = DefaultTimeZone;

    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Create a few invented experts when the hub has none (local runs and demos).</summary>
    public bool SeedDemoData { get; set; }
}
