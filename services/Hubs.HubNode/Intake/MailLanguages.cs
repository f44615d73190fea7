namespace Hubs.HubNode.Intake;

/// <summary>The languages a hub writes to businesses in: Italian by default, English on request.</summary>
public static class MailLanguages
{
    public const string Italian = "it";
    public const string English = "en";

    public static IReadOnlyList<string> All { get; } = [Italian, English];

    /// <summary>Accepts <c>it</c>, <c>en</c> and regional tags such as <c>en-GB</c>, in any case.</summary>
    public static bool TryNormalize(string? value, out string language)
    {
        var primary = value?.Trim().Split('-', '_')[0].ToLowerInvariant();
        language = All.FirstOrDefault(l => l == primary) ?? "";
        return language.Length > 0;
    }
}
