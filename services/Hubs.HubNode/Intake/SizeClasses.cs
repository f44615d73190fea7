namespace Hubs.HubNode.Intake;

/// <summary>How big the business is, in the four classes the network counts by.</summary>
public static class SizeClasses
{
    public const string Micro = "micro";
    public const string Small = "small";
    public const string Medium = "medium";
    public const string Startup = "startup";

    public static IReadOnlyList<string> All { get; } = [Micro, Small, Medium, Startup];

    /// <summary>The class code, accepting either case and the spelling "start-up".</summary>
    public static bool TryNormalize(string? text, out string sizeClass)
    {
        var lower = text?.Trim().ToLowerInvariant();
        sizeClass = lower == "start-up" ? Startup : All.FirstOrDefault(c => c == lower) ?? "";
        return sizeClass.Length > 0;
    }
}
