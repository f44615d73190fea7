using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hubs.HubNode.Tests.Support;

namespace Hubs.HubNode.Tests.Bookings;

/// <summary>One node for the rejection checks: an expert with one booking (10:00 on 4 March), a retired one and one without hours.</summary>
public sealed class RejectionNodeFixture : IAsyncLifetime
{
    public BookingNode Node { get; private set; } = null!;

    public Guid Expert { get; private set; }

    public Guid Retired { get; private set; }

    public Guid WithoutHours { get; private set; }

    public CreatedView Booked { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Node = new BookingNode();
        Expert = await Node.ExpertAsync("Active Expert");
        Retired = await Node.ExpertAsync("Retired Expert");
        Assert.Equal(HttpStatusCode.NoContent, (await Node.Staff.DeleteAsync(BookingNode.Path($"experts/{Retired}"))).StatusCode);
        var created = await Node.Staff.PostAsJsonAsync(BookingNode.Path("experts"), ExpertBodies.Valid("No Hours"));
        WithoutHours = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        Booked = await Node.BookOkAsync(BookingBodies.Valid(Expert, BookingNode.March(4, 10)));
    }

    public async Task DisposeAsync() => await Node.DisposeAsync();
}
