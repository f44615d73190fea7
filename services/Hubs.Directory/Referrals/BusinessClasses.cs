namespace Hubs.Directory.Referrals;

/// <summary>
/// The classifications a referral may carry, as the hub node's intake accepts them: ATECO section (one letter, A to U)
/// and size class.
/// </summary>
public static class BusinessClasses
{
    public static IReadOnlyList<string> SizeClasses { get; } = ["micro", "small", "medium", "startup"];

    /// <summary>The section as its upper-case letter, accepting either case; null for anything else.</summary>
    public static string? AtecoSection(string? text) =>
        text?.Trim() is { Length: 1 } t && char.IsAsciiLetter(t[0]) && char.ToUpperInvariant(t[0]) <= 'U'
            ? char.ToUpperInvariant(t[0]).ToString()
            : null;

    /// <summary>The size class code, accepting either case and the spelling "start-up"; null for anything else.</summary>
    public static string? SizeClass(string? text)
    {
        var lower = text?.Trim().ToLowerInvariant();
        return lower == "start-up" ? "startup" : SizeClasses.FirstOrDefault(c => c == lower);
    }
}
