using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Hubs.Gateway.Tests.Infrastructure;

namespace Hubs.Gateway.Tests.Edge;

/// <summary>Security headers on every response: proxied, the gateway's own, and every kind of error.</summary>
public sealed class SecurityHeadersTests
{
    [Fact]
    public async Task Proxied_own_and_error_responses_all_carry_the_security_headers()
    {
        await using var federation = await TestFederation.StartAsync(
            ["alpha"],
            new Dictionary<string, Uri> { ["gamma"] = await Upstream.ClosedAddressAsync() },
            EdgeSettings.Limits(perAddressPerSecond: 1, perAddressBurst: 2).With("Gateway:MaxRequestBodyBytes", "1024"));

        using var proxied = await federation.Client.GetAsync("/api/hubs/alpha/experts");
        using var own = await federation.Client.GetAsync("/api/federation/hubs");
        var client = federation.ClientFrom("127.0.0.2");
        using var upstreamError = await client.GetAsync($"/api/hubs/alpha/{Upstream.EmptyNotFoundSegment}");
        using var last = await client.GetAsync("/api/hubs/alpha/experts");
        using var refused = await client.GetAsync("/api/hubs/alpha/experts");
        var more = federation.ClientFrom("127.0.0.3");
        using var unknownHub = await more.GetAsync("/api/hubs/nowhere/experts");
        var another = federation.ClientFrom("127.0.0.4");
        using var down = await another.GetAsync("/api/hubs/gamma/experts");
        var yetAnother = federation.ClientFrom("127.0.0.5");
        using var tooLarge = await yetAnother.PostAsync("/api/hubs/alpha/bookings", new ByteArrayContent(new byte[2048]));

        Assert.Equal(HttpStatusCode.OK, proxied.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, upstreamError.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownHub.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        // The upstream's own (lax) policy is replaced: an API answer may load nothing.
        foreach (var response in new[] { proxied, own, upstreamError, refused, unknownHub, down, tooLarge })
        {
            SecurityHeaderAssertions.AssertSecurityHeaders(response);
        }
    }

    [Fact]
    public async Task A_portal_page_keeps_the_portals_own_policy_and_still_may_not_be_framed()
    {
        await using var portal = await Upstream.StartAsync("portal");
        await using var federation = await TestFederation.StartAsync(
            ["alpha"], settings: new Dictionary<string, string> { ["Federation:PortalUrl"] = portal.Address.ToString() });

        using var page = await federation.Client.GetAsync("/hubs/lomazzo");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("portal", Assert.Single(portal.Calls).Upstream);
        SecurityHeaderAssertions.AssertSecurityHeaders(page, contentSecurityPolicy: Upstream.OwnContentSecurityPolicy);
    }

    [Fact]
    public async Task Strict_Transport_Security_is_sent_over_https_only()
    {
        using var certificate = SelfSignedLoopbackCertificate();
        await using var federation = await TestFederation.StartAsync(["alpha"], certificate: certificate);

        using var proxied = await federation.Client.GetAsync("/api/hubs/alpha/experts");
        using var own = await federation.Client.GetAsync("/api/hubs/nowhere");

        Assert.Equal(Uri.UriSchemeHttps, federation.Address.Scheme);
        Assert.Equal(HttpStatusCode.OK, proxied.StatusCode);
        SecurityHeaderAssertions.AssertSecurityHeaders(proxied, https: true);
        SecurityHeaderAssertions.AssertSecurityHeaders(own, https: true);
        Assert.Equal(["max-age=31536000"], proxied.Headers.GetValues("Strict-Transport-Security"));
    }

    private static X509Certificate2 SelfSignedLoopbackCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        // Round-trip through PKCS#12 so that the private key is usable by the TLS stack on every platform.
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), password: null);
    }
}
