using System.Net;
using System.Security.Claims;
using Hubs.Gateway.Edge;
using Microsoft.AspNetCore.Http;

namespace Hubs.Gateway.Tests.Edge;

public sealed class ClientPartitionsTests
{
    [Fact]
    public void A_token_is_partitioned_by_a_hash_never_by_its_text()
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.Authorization = "Bearer eyJhbGciOiJIUzI1NiJ9.secret-token-text";

        var key = ClientPartitions.TokenKey(context);

        Assert.NotNull(key);
        Assert.StartsWith("sha256:", key, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-token-text", key, StringComparison.Ordinal);
        Assert.DoesNotContain("eyJ", key, StringComparison.Ordinal);
    }

    [Fact]
    public void An_authenticated_token_is_partitioned_by_its_subject_and_no_token_means_no_token_partition()
    {
        var authenticated = new DefaultHttpContext
        {
            User = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", "staff-7")], authenticationType: "Bearer")),
        };
        authenticated.Request.Headers.Authorization = "Bearer whatever";

        Assert.Equal("sub:staff-7", ClientPartitions.TokenKey(authenticated));
        Assert.Null(ClientPartitions.TokenKey(new DefaultHttpContext()));
    }

    [Theory]
    [InlineData("127.0.0.2", "127.0.0.2")]
    [InlineData("::ffff:127.0.0.2", "127.0.0.2")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    public void An_address_is_its_own_partition_and_an_IPv6_client_is_its_64(string address, string key)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(address);

        Assert.Equal(key, ClientPartitions.AddressKey(context));
    }
}
