namespace Hubs.HubNode.Tests.Support;

public static class AvailabilityBodies
{
    public static object Weekly(string day, string start, string end) => new { day, start, end };

    /// <summary>Mondays and Wednesdays 09:00–12:30, Fridays 14:00–17:00, defaults for the rest.</summary>
    public static Dictionary<string, object?> Valid() => new()
    {
        ["weekly"] = new[] { Weekly("monday", "09:00", "12:30"), Weekly("wednesday", "09:00", "12:30"), Weekly("friday", "14:00", "17:00") },
    };

    public static Dictionary<string, object?> Only(params object[] weekly) => new() { ["weekly"] = weekly };
}
