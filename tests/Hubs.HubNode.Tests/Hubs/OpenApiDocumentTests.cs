using System.Text.Json;
using Hubs.HubNode.Tests.Support;
using Hubs.Testing;

namespace Hubs.HubNode.Tests.Hubs;

/// <summary>The hub node's OpenAPI document, at the path the gateway routes to the hub, complete for a client.</summary>
public sealed class OpenApiDocumentTests
{
    [Fact]
    public async Task The_document_is_served_under_the_hubs_prefix_and_is_complete()
    {
        await using var node = new BookingNode();

        var root = await OpenApiDocument.ReadCheckedAsync(node.Client, "/api/hubs/test-hub/openapi/v1.json", "hub-node");

        var book = OpenApiDocument.Operation(root, "/api/hubs/{hubId}/bookings", "post");
        Assert.Superset(new HashSet<string> { "201", "400", "401", "404", "409", "415", "422", "429" }, OpenApiDocument.Responses(book).ToHashSet());
        Assert.Contains("200", OpenApiDocument.Responses(OpenApiDocument.Operation(root, "/api/hubs/{hubId}/bookings/{id}/invite.ics", "get")));
        Assert.Contains("403", OpenApiDocument.Responses(OpenApiDocument.Operation(root, "/api/hubs/{hubId}/experts", "post")));
        Assert.True(root.GetProperty("paths").TryGetProperty("/api/hubs/{hubId}/consent", out _));

        // Staff operations need the token; public ones take it or nothing.
        var staffSecurity = OpenApiDocument.Operation(root, "/api/hubs/{hubId}/bookings", "get").GetProperty("security");
        Assert.Equal(1, staffSecurity.GetArrayLength());
        Assert.Equal(2, book.GetProperty("security").GetArrayLength());

        // Coded fields list their codes.
        var schemas = root.GetProperty("components").GetProperty("schemas").EnumerateObject().Select(s => s.Value).ToList();
        Assert.Contains(schemas, s => Codes(s, "atecoSection").Contains("C"));
        Assert.Contains(schemas, s => Codes(s, "sizeClass").Contains("startup"));
        Assert.Contains(schemas, s => Codes(s, "attendance").Contains("no-show"));
        Assert.Contains(schemas, s => Codes(s, "category").Contains("follow-up-recommended"));
        Assert.Contains(schemas, s => Codes(s, "topics").Contains("ecommerce"));
        Assert.Contains(schemas, s => Codes(s, "languages").Contains("it"));
    }

    // The enum of a property (or of its items, for a list).
    private static List<string> Codes(JsonElement schema, string property)
    {
        if (!schema.TryGetProperty("properties", out var properties) || !properties.TryGetProperty(property, out var field))
        {
            return [];
        }

        var target = field.TryGetProperty("items", out var items) ? items : field;
        return target.TryGetProperty("enum", out var codes) ? [.. codes.EnumerateArray().Where(c => c.ValueKind == JsonValueKind.String).Select(c => c.GetString()!)] : [];
    }
}
