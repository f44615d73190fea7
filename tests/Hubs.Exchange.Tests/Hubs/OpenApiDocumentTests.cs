using Hubs.Exchange.Tests.Infrastructure;
using Hubs.Testing;

namespace Hubs.Exchange.Tests.Hubs;

/// <summary>The exchange's OpenAPI document, at the path the gateway routes to the exchange, complete for a client.</summary>
public sealed class OpenApiDocumentTests
{
    [Fact]
    public async Task The_document_is_served_under_the_exchanges_prefix_and_is_complete()
    {
        using var app = new ExchangeApp();

        var root = await OpenApiDocument.ReadCheckedAsync(app.Client, "/api/practices/openapi/v1.json", "exchange");

        Assert.Contains(root.GetProperty("paths").EnumerateObject(), p => p.Name.StartsWith("/api/practices", StringComparison.Ordinal));
    }
}
