using Hubs.Portal.Extensions;
using Microsoft.AspNetCore.Localization;

namespace Hubs.Portal.Localization;

/// <summary>
/// The language switch: a plain link (works without JavaScript) that remembers the choice in a cookie for a year and
/// goes back to the page it came from.
/// </summary>
public static class CultureSwitch
{
    public const string CookieName = ".Hubs.Culture";
    public const string Path = "/culture";

    public static string Link(string culture, string returnTo) =>
        $"{Path}?c={Uri.EscapeDataString(culture)}&back={Uri.EscapeDataString(returnTo)}";

    public static IEndpointRouteBuilder MapCultureSwitch(this IEndpointRouteBuilder routes)
    {
        routes.MapGet(Path, (string? c, string? back, HttpContext http) =>
        {
            var culture = c == PortalCultures.English.Name ? PortalCultures.English : PortalCultures.Italian;
            http.Response.Cookies.Append(
                CookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), SameSite = SameSiteMode.Lax, HttpOnly = true, IsEssential = true, Path = "/" });
            return Results.LocalRedirect(IsLocal(back) ? back! : "/");
        }).RequireAuthorization(Auth.PortalPolicies.Public);
        return routes;
    }

    // Only a path on this site: never an open redirect to another host ("//evil", "/\evil").
    private static bool IsLocal(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
