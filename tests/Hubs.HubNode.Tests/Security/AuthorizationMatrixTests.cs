using Xunit.Abstractions;
using Hubs.HubNode.Tests.Support;
using Hubs.Testing;

namespace Hubs.HubNode.Tests.Security;

/// <summary>Every hub-node endpoint × {anonymous, manage token, staff of this hub, staff of another hub, coordinator}.</summary>
public sealed class AuthorizationMatrixTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempDatabase _database = new();
    private HubNodeFactory? _factory;

    private HubNodeFactory Factory => _factory ??= HubNodeFactory.ForTestHub(_database.Path);

    [Fact]
    public void Every_endpoint_carries_one_of_our_named_policies()
    {
        _ = Factory.Server;
        Assert.Empty(AuthorizationMatrix.WithoutPolicy(Factory.Services));
        Assert.True(AuthorizationMatrix.Endpoints(Factory.Services).Count >= 20);
    }

    [Fact]
    public async Task Each_caller_gets_exactly_what_the_endpoints_policy_allows()
    {
        _ = Factory.Server;
        var (cells, wrong) = await AuthorizationMatrix.RunAsync(Factory.Services, Factory.CreateClient, TestHub.Id, "another-hub");
        output.WriteLine($"{cells} cells checked ({AuthorizationMatrix.Endpoints(Factory.Services).Count} endpoints × {AuthorizationMatrix.Callers.Length} callers)");
        Assert.Empty(wrong);
    }

    public void Dispose()
    {
        _factory?.Dispose();
        _database.Dispose();
    }
}
