namespace Hubs.Contracts.Consultations;

/// <summary>Whether a consultation took place, as the hub records it.</summary>
public static class Attendances
{
    public const string Held = "held";
    public const string NoShow = "no-show";

    public static IReadOnlyList<string> All { get; } = [Held, NoShow];

    public static bool IsKnown(string? code) => code is Held or NoShow;
}
