using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hubs.HubNode.Tests.Support;

namespace Hubs.HubNode.Tests.Bookings;

public sealed class StaffListTests
{
    [Fact]
    public async Task Staff_list_bookings_by_local_day_expert_and_status()
    {
        await using var node = new BookingNode();
        var anna = await node.ExpertAsync("Anna Verdi");
        var bruno = await node.ExpertAsync("Bruno Neri");
        var early = await node.BookOkAsync(BookingBodies.Valid(anna, BookingNode.March(4, 9)));
        var late = await node.BookOkAsync(BookingBodies.Valid(bruno, BookingNode.March(4, 16)));
        await node.BookOkAsync(BookingBodies.Valid(anna, BookingNode.March(5, 9)));
        await node.SendAsync(HttpMethod.Post, BookingNode.Path($"bookings/{late.Id}/cancel"), late.ManageToken);

        Assert.Equal([early.Id, late.Id], (await List(node, "day=2026-03-04")).Select(b => b.Id));
        Assert.Equal(2, (await List(node, $"expert={anna}")).Length);
        Assert.Equal([late.Id], (await List(node, "status=cancelled")).Select(b => b.Id));
        Assert.Equal([early.Id], (await List(node, $"day=2026-03-04&expert={anna}&status=booked")).Select(b => b.Id));
        Assert.Empty(await List(node, "day=2026-03-06"));
        Assert.Equal(3, (await List(node, "")).Length);
    }

    [Fact]
    public async Task The_local_day_follows_the_hubs_zone_across_midnight_utc()
    {
        // 00:30 on 5 March in Rome is still 4 March in UTC.
        await using var node = new BookingNode();
        var expert = await node.ExpertAsync(availability: new { weekly = new[] { new { day = "thursday", start = "00:00", end = "02:00" } } });
        var booking = await node.BookOkAsync(BookingBodies.Valid(expert, BookingNode.March(5, 0, 30)));

        Assert.Equal([booking.Id], (await List(node, "day=2026-03-05")).Select(b => b.Id));
        Assert.Empty(await List(node, "day=2026-03-04"));
    }

    [Fact]
    public async Task The_list_never_shows_a_manage_token()
    {
        await using var node = new BookingNode();
        var booking = await node.BookOkAsync(BookingBodies.Valid(await node.ExpertAsync(), BookingNode.March(4, 10)));

        var json = await node.Staff.GetStringAsync(BookingNode.Path("bookings"));

        Assert.DoesNotContain(booking.ManageToken, json, StringComparison.Ordinal);
        Assert.DoesNotContain("token", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("hash", json, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("day=04/03/2026", "day")]
    [InlineData("day=2026-02-30", "day")]
    [InlineData("expert=anna", "expert")]
    [InlineData("status=open", "status")]
    public async Task Bad_filters_are_400_naming_the_parameter(string query, string field)
    {
        await using var node = new BookingNode();

        var response = await node.Staff.GetAsync(BookingNode.Path($"bookings?{query}"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _));
    }

    private static async Task<BookingView[]> List(BookingNode node, string query) =>
        (await node.Staff.GetFromJsonAsync<BookingView[]>(BookingNode.Path($"bookings?{query}")))!;
}
