using Hubs.HubNode.Tests.Support;

namespace Hubs.HubNode.Tests.Bookings;

/// <summary>The invite names a deliverable organizer from the configuration and carries the manage page's link.</summary>
public sealed class InviteLinksTests
{
    [Fact]
    public async Task The_invite_carries_the_configured_organizer_and_the_manage_link_with_the_token()
    {
        await using var node = new BookingNode(settings: new Dictionary<string, string?>
        {
            ["Bookings:OrganizerEmail"] = "prenotazioni@hub.example.org",
            ["Mail:PortalUrl"] = "https://portal.example.org/",
        });
        var expert = await node.ExpertAsync();
        var booked = await node.BookOkAsync(BookingBodies.Valid(expert, BookingNode.March(4, 10)));

        var ics = Unfolded(await node.InviteAsync(booked.Id, booked.ManageToken));

        Assert.Contains("mailto:prenotazioni@hub.example.org", ics, StringComparison.Ordinal);
        Assert.Contains($"https://portal.example.org/manage/test-hub/{booked.Id}?token={Uri.EscapeDataString(booked.ManageToken)}", ics, StringComparison.Ordinal);
        Assert.DoesNotContain("you received", ics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_configuration_the_hubs_contact_address_and_the_callers_origin_are_used()
    {
        await using var node = new BookingNode();
        var expert = await node.ExpertAsync();
        var booked = await node.BookOkAsync(BookingBodies.Valid(expert, BookingNode.March(4, 10)));
        using var request = new HttpRequestMessage(HttpMethod.Get, BookingNode.Path($"bookings/{booked.Id}/invite.ics"));
        request.Headers.Add("X-Manage-Token", booked.ManageToken);
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "hubs.example.org");

        using var response = await node.Client.SendAsync(request);
        var ics = Unfolded(await response.Content.ReadAsStringAsync());

        Assert.Contains("mailto:info@hub.example.org", ics, StringComparison.Ordinal);
        Assert.Contains($"https://hubs.example.org/manage/test-hub/{booked.Id}?token=", ics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_get_the_manage_link_without_a_token()
    {
        await using var node = new BookingNode(settings: new Dictionary<string, string?> { ["Mail:PortalUrl"] = "https://portal.example.org" });
        var expert = await node.ExpertAsync();
        var booked = await node.BookOkAsync(BookingBodies.Valid(expert, BookingNode.March(4, 10)));

        var ics = Unfolded(await node.Staff.GetStringAsync(BookingNode.Path($"bookings/{booked.Id}/invite.ics")));

        Assert.Contains($"https://portal.example.org/manage/test-hub/{booked.Id}", ics, StringComparison.Ordinal);
        Assert.DoesNotContain(Uri.EscapeDataString(booked.ManageToken), ics, StringComparison.Ordinal);
    }

    // RFC 5545 folds lines at 75 octets with CRLF + space; a link is read across the folds.
    private static string Unfolded(string ics) => ics.Replace("\r\n ", "", StringComparison.Ordinal).Replace("\\n", "\n", StringComparison.Ordinal);
}
