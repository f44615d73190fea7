using System.Net;
using System.Text.Json;
using Hubs.HubNode.Tests.Support;
using NodaTime;

namespace Hubs.HubNode.Tests.Bookings;

/// <summary>A business (by e-mail) holds at most Bookings:MaxOpenPerBusiness upcoming bookings at a hub.</summary>
public sealed class BusinessLimitTests
{
    [Fact]
    public async Task A_third_open_booking_is_refused_with_the_reason()
    {
        await using var node = new BookingNode();
        var expert = await node.ExpertAsync();
        var email = BookingBodies.NewEmail();
        await node.BookOkAsync(BookingBodies.Valid(expert, BookingNode.March(4, 10), email: email));
        await node.BookOkAsync(BookingBodies.Valid(expert, BookingNode.March(4, 14), email: email));

        // The same address typed differently is the same business.
        var third = await node.BookAsync(BookingBodies.Valid(expert, BookingNode.March(5, 10), email: email.ToUpperInvariant()));

        Assert.Equal(HttpStatusCode.Conflict, third.StatusCode);
        using var problem = JsonDocument.Parse(await third.Content.ReadAsStringAsync());
        Assert.Equal("business-limit-reached", problem.RootElement.GetProperty("reason").GetString());
        Assert.Contains("2 upcoming bookings", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, await node.BookingCountAsync());
    }

    [Fact]
    public async Task The_limit_comes_from_the_configuration()
    {
        await using var node = new BookingNode(settings: new Dictionary<string, string?> { ["Bookings:MaxOpenPerBusiness"] = "1" });
        var expert = await node.ExpertAsync();
        var email = BookingBodies.NewEmail();
        await node.BookOkAsync(BookingBodies.Valid(expert, BookingNode.March(4, 10), email: email));

        var second = await node.BookAsync(BookingBodies.Valid(expert, BookingNode.March(4, 14), email: email));

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        using var problem = JsonDocument.Parse(await second.Content.ReadAsStringAsync());
        Assert.Equal("business-limit-reached", problem.RootElement.GetProperty("reason").GetString());
        Assert.Contains("1 upcoming bookings", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("Bookings:MaxOpenPerBusiness", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cancelled_or_past_booking_no_longer_counts()
    {
        await using var node = new BookingNode();
        var expert = await node.ExpertAsync();
        var email = BookingBodies.NewEmail();
        var first = await node.BookOkAsync(BookingBodies.Valid(expert, BookingNode.March(4, 10), email: email));
        await node.BookOkAsync(BookingBodies.Valid(expert, BookingNode.March(9, 10), email: email));

        await node.SendAsync(HttpMethod.Post, BookingNode.Path($"bookings/{first.Id}/cancel"), first.ManageToken);
        await node.BookOkAsync(BookingBodies.Valid(expert, BookingNode.March(5, 10), email: email));
        Assert.Equal(HttpStatusCode.Conflict, (await node.BookAsync(BookingBodies.Valid(expert, BookingNode.March(10, 10), email: email))).StatusCode);

        // Once the 5 March meeting is over, it is no longer open.
        node.Clock.Reset(BookingNode.March(5, 11));
        await node.BookOkAsync(BookingBodies.Valid(expert, BookingNode.March(10, 10), email: email));
    }

    [Fact]
    public async Task Concurrent_bookings_of_one_business_on_different_slots_stop_at_the_limit()
    {
        await using var node = new BookingNode();
        var expert = await node.ExpertAsync();
        var email = BookingBodies.NewEmail();

        var responses = await Task.WhenAll(Enumerable.Range(0, 12)
            .Select(i => node.BookAsync(BookingBodies.Valid(expert, BookingNode.March(4 + (i / 6), 9) + Duration.FromHours(i % 6), email: email))));

        Assert.Equal(2, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(10, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        Assert.Equal(2, await node.BookingCountAsync());
    }

    [Fact]
    public async Task The_limit_is_configurable()
    {
        await using var node = new BookingNode(settings: new Dictionary<string, string?> { ["Bookings:MaxOpenPerBusiness"] = "1" });
        var expert = await node.ExpertAsync();
        var email = BookingBodies.NewEmail();
        await node.BookOkAsync(BookingBodies.Valid(expert, BookingNode.March(4, 10), email: email));

        Assert.Equal(HttpStatusCode.Conflict, (await node.BookAsync(BookingBodies.Valid(expert, BookingNode.March(4, 14), email: email))).StatusCode);
        await node.BookOkAsync(BookingBodies.Valid(expert, BookingNode.March(4, 14)));
    }
}
