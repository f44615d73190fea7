namespace Hubs.Contracts.Practices;

/// <summary>Which links a practice may carry: absolute http or https URLs with a host and no user name or password.</summary>
public static class PracticeLinks
{
    public static bool IsAllowed(string? link)
    {
        // White space or control characters inside a URL are how "java\tscript:" slips past a scheme check; refuse them outright.
        if (string.IsNullOrEmpty(link) || link.Length > PracticeLimits.MaxLinkLength || link.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return false;
        }

        return Uri.TryCreate(link, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && uri.Host.Length > 0
            && uri.UserInfo.Length == 0;
    }
}
