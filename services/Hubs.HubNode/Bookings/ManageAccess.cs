using Hubs.ServiceDefaults;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hubs.HubNode.Bookings;

/// <summary>
/// Decides <see cref="BookingAccess"/>: a presented manage token (header <c>X-Manage-Token</c>, or query
/// <c>token</c> for links in e-mails) must match, and then wins even for staff; without a token the caller must be
/// authenticated and pass the <see cref="Policies.HubStaff"/> policy. An anonymous caller is never staff, whatever
/// the policy currently admits.
/// </summary>
public static class ManageAccess
{
    public static async Task<BookingAccess> DecideAsync(HttpContext http, Booking booking, IAuthorizationService authorization)
    {
        var token = PresentedToken(http);
        if (!string.IsNullOrEmpty(token))
        {
            return ManageToken.Matches(token, booking.ManageTokenHash) ? BookingAccess.Holder : BookingAccess.Denied;
        }

        if (http.User.Identity?.IsAuthenticated == true
            && (await authorization.AuthorizeAsync(http.User, booking.HubId, Policies.HubStaff)).Succeeded)
        {
            return BookingAccess.Staff;
        }

        return BookingAccess.Missing;
    }

    /// <summary>The manage token the request carries, header first, then the query; null when none.</summary>
    public static string? PresentedToken(HttpContext http) =>
        http.Request.Headers[ManageToken.Header].FirstOrDefault() ?? http.Request.Query[ManageToken.Query].FirstOrDefault();

    /// <summary>The problem for a caller who may not see the booking; null when they may.</summary>
    public static ProblemHttpResult? Refusal(BookingAccess access, HttpContext http)
    {
        switch (access)
        {
            case BookingAccess.Missing:
                http.Response.Headers.WWWAuthenticate = "Manage-Token realm=\"bookings\"";
                return TypedResults.Problem(
                    title: "Manage token required",
                    detail: $"Send the booking's manage token in the {ManageToken.Header} header or the '{ManageToken.Query}' query parameter.",
                    statusCode: StatusCodes.Status401Unauthorized);
            case BookingAccess.Denied:
                return TypedResults.Problem(
                    title: "Wrong manage token",
                    detail: "The manage token does not belong to this booking.",
                    statusCode: StatusCodes.Status403Forbidden);
            default:
                return null;
        }
    }
}
