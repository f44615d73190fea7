using System.Globalization;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace Hubs.Portal.Auth;

/// <summary>The provider's login page opens in the language the person chose here (<c>ui_locales</c>).</summary>
internal static class SignInLanguage
{
    public static Task PassOnAsync(RedirectContext context)
    {
        context.ProtocolMessage.UiLocales = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        return Task.CompletedTask;
    }
}
