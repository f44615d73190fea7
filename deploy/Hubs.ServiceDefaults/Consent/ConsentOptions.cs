using System.ComponentModel.DataAnnotations;

namespace Hubs.ServiceDefaults.Consent;

/// <summary>
/// The consent text a business is shown and its current version (section <c>Consent</c>). A request that carries
/// consent must name this version: an older or unknown one means the business agreed to another text.
/// </summary>
public sealed class ConsentOptions
{
    public const string Section = "Consent";

    [Required]
    [MaxLength(50)]
    public string Version { get; set; } = "";

    /// <summary>The text by language (ISO 639-1), at least <c>it</c> and <c>en</c>.</summary>
    public Dictionary<string, string> Texts { get; set; } = new(StringComparer.Ordinal);
}
