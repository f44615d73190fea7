using Hubs.HubNode.Mail;
using Microsoft.Extensions.Options;

namespace Hubs.HubNode.Bookings;

/// <summary>
/// The page where a business manages its booking (<c>{portal}/manage/{hubId}/{bookingId}?token=…</c>), for the answers
/// and invites of a request. With <c>Mail:PortalUrl</c> set, the links the mails carry (<see cref="MailLinks"/>);
/// otherwise the origin the caller used (the gateway's, from its X-Forwarded-Proto and X-Forwarded-Host), which
/// serves the portal.
/// </summary>
public sealed class ManageLinks(IOptions<MailOptions> mail, MailLinks links)
{
    public string For(Booking booking, string? token, HttpRequest? request)
    {
        if (!string.IsNullOrWhiteSpace(mail.Value.PortalUrl) || request is null)
        {
            return links.Manage(booking, token);
        }

        var link = $"{Origin(request)}/manage/{Uri.EscapeDataString(booking.HubId)}/{booking.Id}";
        return token is null ? link : $"{link}?{ManageToken.Query}={Uri.EscapeDataString(token)}";
    }

    private static string Origin(HttpRequest request)
    {
        var forwarded = First(request.Headers["X-Forwarded-Proto"]);
        var scheme = forwarded is "http" or "https" ? forwarded : request.Scheme;
        var host = First(request.Headers["X-Forwarded-Host"]) is { } h && Uri.CheckHostName(h.Split(':')[0]) != UriHostNameType.Unknown
            ? h
            : request.Host.Value;
        return $"{scheme}://{host}";
    }

    private static string? First(Microsoft.Extensions.Primitives.StringValues values) =>
        values.Count > 0 ? values[0]?.Split(',')[0].Trim() : null;
}
