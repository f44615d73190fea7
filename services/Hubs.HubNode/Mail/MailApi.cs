using Hubs.HubNode.Bookings;
using Hubs.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hubs.HubNode.Mail;

public static class MailApi
{
    /// <summary>The mail of a booking, for its hub's staff: what went, what waits, what the server refused.</summary>
    public static IEndpointRouteBuilder MapMailApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/bookings/{id:guid}/mail", GetBookingMail)
            .WithName("GetBookingMail")
            .WithTags("Bookings")
            .WithSummary("The mails of a booking and their delivery (sent, pending, undeliverable), for the hub's staff")
            .RequireAuthorization(Policies.HubStaff);
        return routes;
    }

    public static async Task<Results<Ok<BookingMailResponse>, ProblemHttpResult>> GetBookingMail(
        Guid id, BookingDesk desk, IMailStore queue, CancellationToken cancellationToken)
    {
        if (await desk.GetAsync(id, cancellationToken) is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Booking not found", detail: $"No booking {id} at this hub.");
        }

        var deliveries = await queue.ListForBookingAsync(id, cancellationToken);
        return TypedResults.Ok(BookingMailResponse.From(id, deliveries));
    }
}
