using System.Net;
using System.Text.RegularExpressions;
using Hubs.Identity.Tests.Infrastructure;

namespace Hubs.Identity.Tests.SignIn;

/// <summary>Wrong passwords: one answer whatever was wrong, and repeated failures slowed per account and per address.</summary>
public sealed partial class WrongPasswordTests(IdentityProviderHost provider) : IClassFixture<IdentityProviderHost>
{
    [Fact]
    public async Task A_wrong_password_and_an_unknown_name_get_the_same_answer()
    {
        using var browser = provider.BrowserFrom("127.0.0.21");
        var login = await LoginUrlAsync(browser);

        using var wrongPassword = await browser.SubmitLoginAsync(login, "staff.lomazzo", "not-the-password");
        using var unknownName = await browser.SubmitLoginAsync(login, "staff.nowhere", "not-the-password");

        Assert.Equal(HttpStatusCode.OK, wrongPassword.StatusCode);
        Assert.Equal(wrongPassword.StatusCode, unknownName.StatusCode);
        var first = await wrongPassword.Content.ReadAsStringAsync();
        var second = await unknownName.Content.ReadAsStringAsync();
        Assert.Equal(Refusal(first), Refusal(second));
        Assert.Contains("Nome utente o password non corretti", Refusal(first), StringComparison.Ordinal);
        // The same page but for the name typed (kept in the form) and the antiforgery token.
        Assert.Equal(Normalize(first).Replace("staff.lomazzo", "NAME", StringComparison.Ordinal), Normalize(second).Replace("staff.nowhere", "NAME", StringComparison.Ordinal));
        Assert.DoesNotContain("not-the-password", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Empty_fields_are_named_next_to_the_field()
    {
        using var browser = provider.BrowserFrom("127.0.0.22");

        using var response = await browser.SubmitLoginAsync(await LoginUrlAsync(browser), "", "");

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("id=\"username-error\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"password-error\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"username-error\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Repeated_wrong_passwords_for_one_account_make_it_wait_even_with_the_right_password()
    {
        using var guesser = provider.BrowserFrom("127.0.0.23");
        using var owner = provider.BrowserFrom("127.0.0.24");
        var login = await LoginUrlAsync(guesser);

        for (var i = 0; i < 3; i++)
        {
            using var failed = await guesser.SubmitLoginAsync(login, "staff.caserta", "guess-" + i);
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }

        // The account now waits, from any address, whatever the password.
        using var fromOwner = await owner.SubmitLoginAsync(await LoginUrlAsync(owner), "staff.caserta", provider.Passwords["staff.caserta"]);
        Assert.Equal(HttpStatusCode.TooManyRequests, fromOwner.StatusCode);
        var retryAfter = fromOwner.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 1, 30);
        Assert.Contains("Attendi", Refusal(await fromOwner.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        // Other accounts are not slowed by it.
        using var other = await owner.SubmitLoginAsync(await LoginUrlAsync(owner), "staff.padova", provider.Passwords["staff.padova"]);
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
    }

    [Fact]
    public async Task A_name_that_is_no_account_waits_exactly_like_one_that_is()
    {
        using var browser = provider.BrowserFrom("127.0.0.25");
        var login = await LoginUrlAsync(browser);
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 4; i++)
        {
            using var response = await browser.SubmitLoginAsync(login, "staff.atlantis", "guess-" + i);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Repeated_failures_from_one_address_make_it_wait_for_any_account()
    {
        using var guesser = provider.BrowserFrom("127.0.0.26");
        using var elsewhere = provider.BrowserFrom("127.0.0.27");
        var login = await LoginUrlAsync(guesser);

        // Five different names, two tries each at most: no single account reaches its own limit of three.
        for (var i = 0; i < 5; i++)
        {
            using var failed = await guesser.SubmitLoginAsync(login, $"someone-{i}", "guess");
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }

        using var fromGuesser = await guesser.SubmitLoginAsync(login, "staff.ivrea", provider.Passwords["staff.ivrea"]);
        Assert.Equal(HttpStatusCode.TooManyRequests, fromGuesser.StatusCode);

        using var fromElsewhere = await elsewhere.SubmitLoginAsync(await LoginUrlAsync(elsewhere), "staff.ivrea", provider.Passwords["staff.ivrea"]);
        Assert.Equal(HttpStatusCode.Redirect, fromElsewhere.StatusCode);
    }

    private static async Task<Uri> LoginUrlAsync(Browser browser)
    {
        using var authorize = await browser.GetAsync(Browser.AuthorizeUrl(Browser.NewPkce().Challenge));
        Assert.Equal(HttpStatusCode.Redirect, authorize.StatusCode);
        return browser.Absolute(authorize.Headers.Location!);
    }

    private static string Refusal(string html) => RefusalText().Match(html).Groups[1].Value;

    private static string Normalize(string html) => AntiforgeryValue().Replace(html, "TOKEN");

    [GeneratedRegex("id=\"refusal\">([^<]*)<")]
    private static partial Regex RefusalText();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]+\"")]
    private static partial Regex AntiforgeryValue();
}
