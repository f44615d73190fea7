using Microsoft.Extensions.Options;

namespace Hubs.HubNode.Bookings;

/// <summary>
/// The page where a business manages its booking: <c>{Bookings:ManageLinkBase}/{hubId}/{bookingId}?token=…</c>, served
/// by the portal. Without a configured base, the origin the caller used (the gateway's, from its X-Forwarded-Proto and
/// X-Forwarded-Host) followed by <c>/manage</c>.
/// </summary>
public sealed class ManageLinks(IOptions<BookingOptions> options)
{
    public const string DefaultPath = "/manage";

    /// <summary>The manage page of <paramref name="booking"/>, with <paramref name="token"/> when known.</summary>
    public string For(Booking booking, string? token, HttpRequest? request)
    {
        var link = $"{Base(request)}/{booking.HubId}/{booking.Id}";
        return token is null ? link : $"{link}?{ManageToken.Query}={Uri.EscapeDataString(token)}";
    }

    private string Base(HttpRequest? request)
    {
        if (!string.IsNullOrWhiteSpace(options.Value.ManageLinkBase))
        {
            return options.Value.ManageLinkBase.TrimEnd('/');
        }

        if (request is null)
        {
            return DefaultPath;
        }

        var forwarded = First(request.Headers["X-Forwarded-Proto"]);
        var scheme = forwarded is "http" or "https" ? forwarded : request.Scheme;
        var host = First(request.Headers["X-Forwarded-Host"]) is { } h && Uri.CheckHostName(h.Split(':')[0]) != UriHostNameType.Unknown
            ? h
            : request.Host.Value;
        return $"{scheme}://{host}{DefaultPath}";
    }

    private static string? First(Microsoft.Extensions.Primitives.StringValues values) =>
        values.Count > 0 ? values[0]?.Split(',')[0].Trim() : null;
}
