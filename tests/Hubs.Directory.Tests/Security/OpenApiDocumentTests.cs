using Hubs.Directory.Tests.Infrastructure;
using Hubs.Testing;

namespace Hubs.Directory.Tests.Security;

/// <summary>The directory's OpenAPI document, at the path the gateway routes to the directory, complete for a client.</summary>
public sealed class OpenApiDocumentTests
{
    [Fact]
    public async Task The_document_is_served_under_the_directorys_prefix_and_is_complete()
    {
        using var app = new DirectoryApp();

        var root = await OpenApiDocument.ReadCheckedAsync(app.Client, "/api/directory/openapi/v1.json", "directory");

        var experts = OpenApiDocument.Operation(root, "/api/directory/experts", "get");
        var names = experts.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains("topic", names);
        var topic = experts.GetProperty("parameters").EnumerateArray().First(p => p.GetProperty("name").GetString() == "topic");
        Assert.Contains("cybersecurity", topic.GetProperty("schema").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("403", OpenApiDocument.Responses(OpenApiDocument.Operation(root, "/api/directory/stats", "get")));
        Assert.True(root.GetProperty("paths").TryGetProperty("/api/directory/consent", out _));
    }
}
