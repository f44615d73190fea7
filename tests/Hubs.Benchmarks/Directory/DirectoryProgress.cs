using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Hubs.Benchmarks.Directory;

/// <summary>What the directory answers about its content, to confirm a measured phase is complete.</summary>
internal static class DirectoryProgress
{
    public static async Task<int> HubsOnlineAsync(HttpClient directory, CancellationToken cancellationToken)
    {
        var hubs = await directory.GetFromJsonAsync<JsonArray>("/api/directory/hubs", cancellationToken);
        return hubs!.Count(h => h!["status"]!.GetValue<string>() == "online");
    }

    public static async Task<long> ExpertsAsync(HttpClient directory, string filter, CancellationToken cancellationToken)
    {
        var page = await directory.GetFromJsonAsync<JsonObject>($"/api/directory/experts?pageSize=1&{filter}", cancellationToken);
        return page!["total"]!.GetValue<long>();
    }
}
