using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hubs.HubNode.Tests.Support;

namespace Hubs.HubNode.Tests.Bookings;

/// <summary>Each hub serves its consent text and current version; a booking must name that version.</summary>
public sealed class ConsentTests
{
    [Fact]
    public async Task The_hub_serves_its_built_in_consent_text_in_italian_and_english_to_anyone()
    {
        await using var node = new BookingNode();

        using var consent = JsonDocument.Parse(await node.Client.GetStringAsync(BookingNode.Path("consent")));

        Assert.Equal("privacy-2026-01", consent.RootElement.GetProperty("version").GetString());
        var texts = consent.RootElement.GetProperty("texts");
        Assert.Contains("Acconsento", texts.GetProperty("it").GetString(), StringComparison.Ordinal);
        Assert.Contains("I agree", texts.GetProperty("en").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_version_and_texts_come_from_the_configuration()
    {
        await using var node = new BookingNode(settings: Configured("privacy-2027-02"));

        var consent = await node.Client.GetFromJsonAsync<ConsentView>(BookingNode.Path("consent"));

        Assert.Equal("privacy-2027-02", consent!.Version);
        Assert.Equal("Testo 2027", consent.Texts["it"]);
        Assert.Equal("Text 2027", consent.Texts["en"]);
    }

    [Theory]
    [InlineData("privacy-2025-01")] // outdated
    [InlineData("whatever")] // unknown
    public async Task A_booking_with_another_consent_version_is_a_409_naming_the_current_one(string version)
    {
        await using var node = new BookingNode(settings: Configured("privacy-2027-02"));
        var expert = await node.ExpertAsync();

        var response = await node.BookAsync(BookingBodies.WithIntake(expert, BookingNode.March(4, 10), "consentVersion", version));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("consent-outdated", problem.RootElement.GetProperty("reason").GetString());
        Assert.Equal("privacy-2027-02", problem.RootElement.GetProperty("currentVersion").GetString());
        Assert.Equal("intake.consentVersion", problem.RootElement.GetProperty("field").GetString());
        Assert.Contains("/api/hubs/test-hub/consent", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await node.BookingCountAsync());
    }

    [Fact]
    public async Task A_booking_with_the_current_version_is_taken()
    {
        await using var node = new BookingNode(settings: Configured("privacy-2027-02"));
        var expert = await node.ExpertAsync();

        await node.BookOkAsync(BookingBodies.WithIntake(expert, BookingNode.March(4, 10), "consentVersion", "privacy-2027-02"));
    }

    private static Dictionary<string, string?> Configured(string version) => new()
    {
        ["Consent:Version"] = version,
        ["Consent:Texts:it"] = "Testo 2027",
        ["Consent:Texts:en"] = "Text 2027",
    };

    private sealed record ConsentView(string Version, Dictionary<string, string> Texts);
}
