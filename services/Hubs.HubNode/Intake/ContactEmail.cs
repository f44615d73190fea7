using System.Net.Mail;

namespace Hubs.HubNode.Intake;

/// <summary>
/// A business's contact address: a bare address (no display name, no comments), with a dotted domain, within the
/// RFC 5321 lengths, lower-cased so the same business is recognised however it types it.
/// </summary>
public static class ContactEmail
{
    public const int MaxLength = 254;
    private const int MaxLocalPartLength = 64;

    public static bool TryNormalize(string? text, out string email)
    {
        email = "";
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > MaxLength || trimmed.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return false;
        }

        // MailAddress accepts "Name <a@b>" and other forms; only a parse that gives back exactly the input is a bare address.
        if (!MailAddress.TryCreate(trimmed, out var address) || address.Address != trimmed || !string.IsNullOrEmpty(address.DisplayName))
        {
            return false;
        }

        var at = trimmed.LastIndexOf('@');
        var local = trimmed[..at];
        var domain = trimmed[(at + 1)..];
        if (local.Length is 0 or > MaxLocalPartLength || local.StartsWith('"') || !IsHostName(domain))
        {
            return false;
        }

        email = trimmed.ToLowerInvariant();
        return true;
    }

    // A dotted host name of letters, digits and dashes (IDN in its Unicode form too); no IP literals, no trailing dot.
    private static bool IsHostName(string domain)
    {
        var labels = domain.Split('.');
        return labels.Length >= 2
            && labels.All(l => l.Length is >= 1 and <= 63 && !l.StartsWith('-') && !l.EndsWith('-') && l.All(c => char.IsLetterOrDigit(c) || c == '-'))
            && !labels[^1].All(char.IsAsciiDigit);
    }
}
