using NodaTime;

namespace Hubs.Portal.Components.Shared;

/// <summary>The zones offered in the picker: the business's usual ones, plus whatever valid zone its browser reported.</summary>
public static class TimeZoneChoices
{
    public const string Default = "Europe/Rome";

    private static readonly string[] Common =
    [
        "Europe/Rome", "Europe/London", "Europe/Lisbon", "Europe/Madrid", "Europe/Paris", "Europe/Berlin", "Europe/Zurich",
        "Europe/Vienna", "Europe/Athens", "Europe/Bucharest", "Europe/Kyiv", "Europe/Istanbul", "Africa/Cairo", "Asia/Dubai",
        "Asia/Kolkata", "Asia/Shanghai", "Asia/Tokyo", "Australia/Sydney", "America/Sao_Paulo", "America/New_York",
        "America/Chicago", "America/Los_Angeles", "UTC",
    ];

    /// <summary>The zone for <paramref name="id"/>, or Rome's for anything that is not a TZDB id.</summary>
    public static DateTimeZone Resolve(string? id) =>
        (id is { Length: > 0 } ? DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) : null) ?? DateTimeZoneProviders.Tzdb[Default];

    public static IReadOnlyList<string> For(DateTimeZone current) =>
        Common.Contains(current.Id, StringComparer.Ordinal) ? Common : [current.Id, .. Common];
}
