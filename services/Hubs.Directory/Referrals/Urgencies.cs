namespace Hubs.Directory.Referrals;

/// <summary>How soon the business needs a first meeting; the sooner, the more the earliest free slot weighs.</summary>
public static class Urgencies
{
    public const string Normal = "normal";
    public const string Soon = "soon";
    public const string Urgent = "urgent";

    public static IReadOnlyList<string> All { get; } = [Normal, Soon, Urgent];
}
