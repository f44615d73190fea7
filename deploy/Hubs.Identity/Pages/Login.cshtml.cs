using System.Globalization;
using System.Security.Claims;
using Hubs.Identity.Accounts;
using Hubs.Identity.Resources;
using Hubs.Identity.SignIn;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Hubs.Identity.Pages;

/// <summary>
/// The login form. A wrong name and a wrong password get the same words, the same status and the same cost; repeated
/// failures wait (per name and per address) with a 429 and <c>Retry-After</c>, even for the right password.
/// </summary>
public sealed class LoginModel(AccountBook accounts, SignInThrottle throttle, IStringLocalizer<Text> text) : PageModel
{
    [BindProperty]
    public string UserName { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    /// <summary>Where to go back after signing in: the authorize request that sent the browser here.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>The form's error, shown above it (not next to a field: it must not say which field was wrong).</summary>
    public string? Refusal { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.Clear();
        if (string.IsNullOrWhiteSpace(UserName))
        {
            ModelState.AddModelError(nameof(UserName), text["UserNameRequired"]);
        }

        if (string.IsNullOrEmpty(Password))
        {
            ModelState.AddModelError(nameof(Password), text["PasswordRequired"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var address = HttpContext.Connection.RemoteIpAddress;
        var wait = throttle.WaitBefore(UserName, address);
        if (wait > TimeSpan.Zero)
        {
            var seconds = (int)Math.Ceiling(wait.TotalSeconds);
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            Refusal = text["TooManyAttempts", seconds];
            return Page();
        }

        var account = accounts.Verify(UserName, Password);
        if (account is null)
        {
            throttle.Failed(UserName, address);
            Refusal = text["WrongCredentials"];
            return Page();
        }

        throttle.Succeeded(UserName);
        var identity = new ClaimsIdentity(
            [new Claim(Claims.Subject, account.UserName), new Claim(Claims.Name, account.DisplayName)],
            CookieAuthenticationDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
