using Hubs.HubNode.Intake;
using Hubs.HubNode.Slots;
using Hubs.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;
using NodaTime.Text;
using Hubs.ServiceDefaults.Http;
using Hubs.ServiceDefaults.OpenApi;

namespace Hubs.HubNode.Bookings;

public static class BookingsApi
{
    /// <summary>Bookings listed by the staff in one request, at most.</summary>
    public const int MaxListed = 1000;

    /// <summary>Booking endpoints, relative to the hub's route group.</summary>
    public static IEndpointRouteBuilder MapBookingsApi(this IEndpointRouteBuilder routes)
    {
        var bookings = routes.MapGroup("").WithTags("Bookings");

        bookings.MapPost("/bookings", CreateBooking)
            .WithName("CreateBooking")
            .WithSummary("Book a free slot (201 with the manage token, video link and invite); 409 when taken or not allowed, 422 for a past start")
            .Accepts<BookingInput>("application/json")
            .Refuses(StatusCodes.Status409Conflict, "Refused by the booking rules (reason: slot-taken, slot-not-offered, business-limit-reached, followup-not-allowed, consent-outdated…); the detail says what to change")
            .Refuses(StatusCodes.Status422UnprocessableEntity, "The start is in the past")
            .RequireAuthorization(Policies.Public);

        bookings.MapGet("/bookings", ListBookings)
            .WithName("ListBookings")
            .WithSummary("The hub's bookings by start, filtered by local day (yyyy-MM-dd in the hub's zone), expert and status")
            .RequireAuthorization(Policies.HubStaff);

        bookings.MapGet("/bookings/{id:guid}", GetBooking)
            .WithName("GetBooking")
            .WithSummary("One booking, with its manage token (X-Manage-Token header or token query) or as staff")
            .RequireAuthorization(Policies.Public);

        bookings.MapGet("/bookings/{id:guid}/invite.ics", GetInvite)
            .WithName("GetBookingInvite")
            .WithSummary("The booking's iCalendar invite, in the hub's zone, or tz=UTC / any TZDB zone")
            .Produces<string>(StatusCodes.Status200OK, BookingInvite.MediaType)
            .RequireAuthorization(Policies.Public);

        bookings.MapPost("/bookings/{id:guid}/cancel", CancelBooking)
            .WithName("CancelBooking")
            .WithSummary("Cancel a booking (manage token or staff), up to the minimum notice before it")
            .Refuses(StatusCodes.Status409Conflict, "The booking can no longer be cancelled (reason: too-late, not-booked, contended)")
            .RequireAuthorization(Policies.Public);

        bookings.MapPost("/bookings/{id:guid}/reschedule", RescheduleBooking)
            .WithName("RescheduleBooking")
            .WithSummary("Move a booking to another free slot of its expert, atomically (manage token or staff)")
            .Accepts<RescheduleInput>("application/json")
            .Refuses(StatusCodes.Status409Conflict, "The booking cannot move there (reason: slot-taken, slot-not-offered, too-late, not-booked, contended)")
            .Refuses(StatusCodes.Status422UnprocessableEntity, "The new start is in the past")
            .RequireAuthorization(Policies.Public);

        return routes;
    }

    public static async Task<Results<Created<BookingCreatedResponse>, ValidationProblem, ProblemHttpResult>> CreateBooking(
        [AsParameters] BookingServices services, CancellationToken cancellationToken)
    {
        if (!JsonRequest.IsReadable(services.Http.Request))
        {
            return JsonRequest.UnsupportedMediaType("the booking");
        }

        var (input, errors) = await JsonRequest.ReadAsync<BookingInput>(services.Http.Request, services.Json.Value.SerializerOptions, "a booking", cancellationToken);
        if (input is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        errors = BookingRequestValidation.Validate(input, out var request);
        if (request is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (request.Intake is { } intake
            && services.Consent.Refusal(intake.ConsentVersion, "intake.consentVersion", PrivacyConsent.PathFor(services.Hub.Value.Id)) is { } outdated)
        {
            return outdated;
        }

        var result = await services.Desk.BookAsync(request, cancellationToken);
        if (result.Booking is not { } booking)
        {
            return RefusalProblem.For(result.Refusal!);
        }

        return TypedResults.Created(BookingCreatedResponse.PathOf(booking), BookingCreatedResponse.From(booking, result.ManageToken!) with
        {
            ManagePage = services.ManageLinks.For(booking, result.ManageToken, services.Http.Request),
        });
    }

    public static async Task<Results<Ok<BookingResponse[]>, ValidationProblem>> ListBookings(
        string? day, string? expert, string? status, [AsParameters] BookingServices services, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        Instant? from = null, to = null;
        if (day is not null)
        {
            var parsed = LocalDatePattern.Iso.Parse(day);
            if (parsed.Success)
            {
                var zone = DateTimeZoneProviders.Tzdb[services.Hub.Value.TimeZone];
                from = parsed.Value.AtStartOfDayInZone(zone).ToInstant();
                to = parsed.Value.PlusDays(1).AtStartOfDayInZone(zone).ToInstant();
            }
            else
            {
                errors["day"] = ["The day must be a date yyyy-MM-dd (in the hub's zone)."];
            }
        }

        Guid? expertId = null;
        if (expert is not null)
        {
            if (Guid.TryParse(expert, out var parsedExpert))
            {
                expertId = parsedExpert;
            }
            else
            {
                errors["expert"] = ["The expert must be an expert id (GUID)."];
            }
        }

        if (status is not null && !BookingStatuses.IsKnown(status))
        {
            errors["status"] = [$"The status must be one of {string.Join(", ", BookingStatuses.All)}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var bookings = await services.Desk.ListAsync(new BookingFilter(from, to, expertId, status, MaxListed), cancellationToken);
        return TypedResults.Ok(bookings.Select(b => BookingResponse.From(b, staffView: true)).ToArray());
    }

    public static async Task<Results<Ok<BookingResponse>, ProblemHttpResult>> GetBooking(
        Guid id, [AsParameters] BookingServices services, CancellationToken cancellationToken)
    {
        var booking = await services.Desk.GetAsync(id, cancellationToken);
        if (booking is null)
        {
            return NotFound(id);
        }

        var access = await ManageAccess.DecideAsync(services.Http, booking, services.Authorization);
        if (ManageAccess.Refusal(access, services.Http) is { } refused)
        {
            return refused;
        }

        return TypedResults.Ok(BookingResponse.From(booking, staffView: access == BookingAccess.Staff));
    }

    public static async Task<Results<ContentHttpResult, ValidationProblem, ProblemHttpResult>> GetInvite(
        Guid id, string? tz, [AsParameters] BookingServices services, CancellationToken cancellationToken)
    {
        var booking = await services.Desk.GetAsync(id, cancellationToken);
        if (booking is null)
        {
            return NotFound(id);
        }

        var access = await ManageAccess.DecideAsync(services.Http, booking, services.Authorization);
        if (ManageAccess.Refusal(access, services.Http) is { } refused)
        {
            return refused;
        }

        string? zone;
        if (tz is null)
        {
            zone = booking.TimeZone;
        }
        else if (string.Equals(tz, "UTC", StringComparison.OrdinalIgnoreCase))
        {
            zone = null;
        }
        else if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(tz) is not null)
        {
            zone = tz;
        }
        else
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["tz"] = ["The tz must be UTC or a TZDB zone id (e.g. Europe/Rome)."] });
        }

        // The manage page carries the token only for its holder; staff get the page without it.
        var token = access == BookingAccess.Holder ? ManageAccess.PresentedToken(services.Http) : null;
        var ics = BookingInvite.Write(booking, services.Hub.Value, zone,
            services.ManageLinks.For(booking, token, services.Http.Request), services.Options.Value.OrganizerEmail);
        var method = booking.Status == BookingStatuses.Cancelled ? "CANCEL" : "REQUEST";
        services.Http.Response.Headers.ContentDisposition = $"attachment; filename=\"consultation-{booking.Id}.ics\"";
        return TypedResults.Text(ics, $"{BookingInvite.MediaType}; method={method}", System.Text.Encoding.UTF8);
    }

    public static async Task<Results<Ok<BookingResponse>, ProblemHttpResult>> CancelBooking(
        Guid id, [AsParameters] BookingServices services, CancellationToken cancellationToken)
    {
        var booking = await services.Desk.GetAsync(id, cancellationToken);
        if (booking is null)
        {
            return NotFound(id);
        }

        var access = await ManageAccess.DecideAsync(services.Http, booking, services.Authorization);
        if (ManageAccess.Refusal(access, services.Http) is { } refused)
        {
            return refused;
        }

        var result = await services.Desk.CancelAsync(id, byStaff: access == BookingAccess.Staff, cancellationToken);
        return result.Booking is { } cancelled
            ? TypedResults.Ok(BookingResponse.From(cancelled, staffView: access == BookingAccess.Staff))
            : RefusalProblem.For(result.Refusal!);
    }

    public static async Task<Results<Ok<BookingResponse>, ValidationProblem, ProblemHttpResult>> RescheduleBooking(
        Guid id, [AsParameters] BookingServices services, CancellationToken cancellationToken)
    {
        var booking = await services.Desk.GetAsync(id, cancellationToken);
        if (booking is null)
        {
            return NotFound(id);
        }

        // The caller's right to the booking is checked before the body, so nobody learns anything without it.
        var access = await ManageAccess.DecideAsync(services.Http, booking, services.Authorization);
        if (ManageAccess.Refusal(access, services.Http) is { } refused)
        {
            return refused;
        }

        if (!JsonRequest.IsReadable(services.Http.Request))
        {
            return JsonRequest.UnsupportedMediaType("the new start");
        }

        var (input, errors) = await JsonRequest.ReadAsync<RescheduleInput>(services.Http.Request, services.Json.Value.SerializerOptions, "a reschedule", cancellationToken);
        if (input is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (BookingRequestValidation.Start(input.Start, "start", errors) is not { } start)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var result = await services.Desk.RescheduleAsync(id, start, byStaff: access == BookingAccess.Staff, cancellationToken);
        return result.Booking is { } moved
            ? TypedResults.Ok(BookingResponse.From(moved, staffView: access == BookingAccess.Staff))
            : RefusalProblem.For(result.Refusal!);
    }

    internal static ProblemHttpResult NotFound(Guid id) => TypedResults.Problem(
        title: "Booking not found",
        detail: $"No booking {id} at this hub.",
        statusCode: StatusCodes.Status404NotFound);

}
