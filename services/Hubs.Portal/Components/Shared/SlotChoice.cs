using System.Globalization;

namespace Hubs.Portal.Components.Shared;

/// <summary>A chosen slot as a form value: "{expertId}|{start as a UTC instant}".</summary>
public static class SlotChoice
{
    public static string Format(Guid expertId, DateTimeOffset start) =>
        $"{expertId}|{start.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}";

    public static string Id(Guid expertId, DateTimeOffset start) =>
        $"{expertId:N}-{start.UtcDateTime.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture)}";

    public static bool TryParse(string? value, out Guid expertId, out DateTimeOffset start)
    {
        expertId = default;
        start = default;
        var parts = value?.Split('|');
        return parts is { Length: 2 }
            && Guid.TryParse(parts[0], out expertId)
            && DateTimeOffset.TryParse(parts[1], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out start);
    }
}
