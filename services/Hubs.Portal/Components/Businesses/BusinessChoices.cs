namespace Hubs.Portal.Components.Businesses;

/// <summary>The codes the intake offers: ATECO sections A–U and the network's size classes (labels in Text.resx).</summary>
public static class BusinessChoices
{
    public static IReadOnlyList<string> AtecoSections { get; } = [.. Enumerable.Range('A', 'U' - 'A' + 1).Select(c => ((char)c).ToString())];

    public static IReadOnlyList<string> Sizes { get; } = ["micro", "small", "medium", "startup"];
}
