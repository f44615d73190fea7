using System.Net;
using System.Text.RegularExpressions;
using Hubs.Identity.Tests.Infrastructure;

namespace Hubs.Identity.Tests.SignIn;

/// <summary>The login page: its look from the provider itself (no other host), no script, and the headers of a password page.</summary>
public sealed partial class LoginPageTests(IdentityProviderHost provider) : IClassFixture<IdentityProviderHost>
{
    [Fact]
    public async Task Every_stylesheet_and_font_comes_from_the_provider_itself()
    {
        using var browser = provider.BrowserFrom("127.0.0.41");
        using var page = await browser.GetAsync("login");
        var html = await page.Content.ReadAsStringAsync();

        var stylesheets = Stylesheet().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(2, stylesheets.Count);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch("(src|href)=\"(https?:)?//", html);
        foreach (var href in stylesheets.Concat(["lib/bootstrap-italia/fonts/Titillium_Web/titillium-web-v10-latin-ext_latin-regular.woff2", "lib/bootstrap-italia/fonts/Titillium_Web/titillium-web-v10-latin-ext_latin-700.woff2"]))
        {
            using var asset = await browser.GetAsync(href.TrimStart('/'));
            Assert.True(asset.StatusCode == HttpStatusCode.OK, $"{href}: {asset.StatusCode}");
        }
    }

    [Fact]
    public async Task The_page_forbids_scripts_framing_and_referrers()
    {
        using var browser = provider.BrowserFrom("127.0.0.42");
        using var page = await browser.GetAsync("login");

        var policy = string.Join(";", page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src", policy, StringComparison.Ordinal);
        Assert.Equal("no-referrer", Assert.Single(page.Headers.GetValues("Referrer-Policy")));
    }

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"([^\"]+)\"")]
    private static partial Regex Stylesheet();
}
