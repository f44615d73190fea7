using Xunit.Abstractions;
using Hubs.Directory.Tests.Infrastructure;
using Hubs.Testing;

namespace Hubs.Directory.Tests.Security;

/// <summary>Every directory endpoint × {anonymous, manage token, staff of a hub, staff of another hub, coordinator}.</summary>
public sealed class AuthorizationMatrixTests(ITestOutputHelper output) : IDisposable
{
    private readonly DirectoryApp _app = new();

    [Fact]
    public void Every_endpoint_carries_one_of_our_named_policies()
    {
        _ = _app.Server;
        Assert.Empty(AuthorizationMatrix.WithoutPolicy(_app.Services));
    }

    [Fact]
    public async Task Each_caller_gets_exactly_what_the_endpoints_policy_allows()
    {
        _ = _app.Server;
        var (cells, wrong) = await AuthorizationMatrix.RunAsync(_app.Services, _app.CreateClient, "lomazzo", "ivrea");
        output.WriteLine($"{cells} cells checked");
        Assert.Empty(wrong);
    }

    public void Dispose() => _app.Dispose();
}
