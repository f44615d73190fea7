namespace Hubs.HubNode.Tests.Support;

/// <summary>A hub that is not in the demo catalog, so everything about it comes from configuration.</summary>
public static class TestHub
{
    public const string Id = "test-hub";

    public static IReadOnlyDictionary<string, string?> Profile { get; } = new Dictionary<string, string?>
    {
        ["Hub:Name"] = "Test Valley Hub",
        ["Hub:City"] = "Varese",
        ["Hub:Province"] = "VA",
        ["Hub:Latitude"] = "45.8206",
        ["Hub:Longitude"] = "8.8251",
        ["Hub:Specialties:0"] = "ecommerce",
        ["Hub:Specialties:1"] = "grants",
        ["Hub:Languages:0"] = "it",
        ["Hub:Languages:1"] = "de",
        ["Hub:PublicUrl"] = "https://hub.example.org",
        ["Hub:ContactEmail"] = "info@hub.example.org",
    };
}
