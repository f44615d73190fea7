namespace Hubs.Gateway.Tests.Infrastructure;

public static class SecurityHeaderAssertions
{
    public const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'";

    /// <summary>The headers every gateway response carries, and none of what an upstream says about itself.</summary>
    public static void AssertSecurityHeaders(HttpResponseMessage response, string contentSecurityPolicy = ApiPolicy, bool https = false)
    {
        var what = $"{(int)response.StatusCode} for {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery}";
        Assert.True(response.Headers.TryGetValues("X-Content-Type-Options", out var nosniff), $"no X-Content-Type-Options on {what}");
        Assert.Equal(["nosniff"], nosniff);
        Assert.True(response.Headers.TryGetValues("X-Frame-Options", out var frames), $"no X-Frame-Options on {what}");
        Assert.Equal(["DENY"], frames);
        Assert.True(response.Headers.TryGetValues("Referrer-Policy", out var referrer), $"no Referrer-Policy on {what}");
        Assert.Equal(["no-referrer"], referrer);
        Assert.True(response.Headers.TryGetValues("Content-Security-Policy", out var csp), $"no Content-Security-Policy on {what}");
        Assert.Equal([contentSecurityPolicy], csp);
        Assert.Equal(https, response.Headers.Contains("Strict-Transport-Security"));
        Assert.False(response.Headers.Contains("Server"), $"a Server header on {what}");
        Assert.False(response.Headers.Contains("X-Powered-By"), $"an X-Powered-By header on {what}");
    }
}
