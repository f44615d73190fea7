using System.Globalization;

namespace Hubs.Portal.Components.Staff;

/// <summary>A hub's id as its staff read it ("lomazzo" → "Lomazzo"): hub ids are the towns' names.</summary>
public static class StaffHubNames
{
    public static string Of(string hubId) =>
        string.Join(' ', hubId.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(w => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(w)));
}
