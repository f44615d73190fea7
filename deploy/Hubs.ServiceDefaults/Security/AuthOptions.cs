using System.ComponentModel.DataAnnotations;

namespace Hubs.ServiceDefaults.Security;

/// <summary>
/// How bearer tokens are validated (section <c>Auth</c>). In production, <see cref="Authority"/> names any OpenID
/// Connect provider and its keys are fetched from its metadata; locally and in tests, a symmetric
/// <see cref="SigningKey"/> signs and validates tokens minted by <c>deploy/Hubs.Tokens</c>.
/// </summary>
public sealed class AuthOptions : IValidatableObject
{
    public const string Section = "Auth";

    /// <summary>
    /// OpenID Connect authority (issuer URL): its discovery document gives the issuer and signing keys. https, or http on
    /// a loopback address in Development. When set, <see cref="SigningKey"/> is ignored, except in Development where
    /// tokens signed with it are accepted too (the local run's token tool, decision 0025).
    /// </summary>
    public string? Authority { get; set; }

    [Required]
    public string Issuer { get; set; } = "hubs-local";

    [Required]
    public string Audience { get; set; } = "hubs";

    /// <summary>Base64 of at least 32 random bytes (HMAC-SHA256). Never in the repository: see README, "Secrets".</summary>
    public string? SigningKey { get; set; }

    /// <summary>How far clocks may disagree.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(Authority))
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(SigningKey))
        {
            yield return new ValidationResult(
                "Auth:SigningKey (or Auth:Authority) is required: ./run.sh creates a local key in .hubs/signing-key.",
                [nameof(SigningKey)]);
            yield break;
        }

        byte[]? key = null;
        try
        {
            key = Convert.FromBase64String(SigningKey);
        }
        catch (FormatException)
        {
        }

        if (key is not { Length: >= 32 })
        {
            yield return new ValidationResult("Auth:SigningKey must be base64 of at least 32 bytes.", [nameof(SigningKey)]);
        }
    }
}
