using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace Hubs.IntegrationTests.Infrastructure;

/// <summary>
/// The services' own broker users, made from <c>deploy/rabbitmq/definitions.template.json</c> (the very permissions the
/// local run and production load) in a federation's virtual host through the management API. Users are node-wide, so
/// each name gets one password per test run, shared by every federation that uses it.
/// </summary>
internal static class BrokerUsers
{
    private static readonly ConcurrentDictionary<string, string> Passwords = new(StringComparer.Ordinal);

    public static string Hub(string hubId) => "hub-" + hubId;

    public static string Password(string user) =>
        Passwords.GetOrAdd(user, _ => Convert.ToHexString(RandomNumberGenerator.GetBytes(16)));

    /// <summary>Creates the users of <paramref name="hubIds"/>, the directory and the exchange, with their permissions in <paramref name="virtualHost"/>.</summary>
    public static async Task CreateAsync(RabbitMqNode broker, string virtualHost, IEnumerable<string> hubIds)
    {
        var template = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Repository.Root, "deploy", "rabbitmq", "definitions.template.json")))!;
        var hubs = hubIds.ToList();
        var created = new HashSet<string>(StringComparer.Ordinal);
        foreach (var user in template["users"]!.AsArray().Select(u => u!.AsObject()))
        {
            var tags = user["tags"]!.AsArray().Select(t => t!.GetValue<string>()).ToList();
            if (tags.Contains("administrator"))
            {
                // The tests administer the node as guest.
                continue;
            }

            foreach (var name in Expand(user["name"]!.GetValue<string>(), virtualHost, hubs))
            {
                await broker.PutUserAsync(name, Password(name), tags);
                created.Add(name);
            }
        }

        foreach (var permission in template["permissions"]!.AsArray().Select(p => p!.AsObject()))
        {
            var user = permission["user"]!.GetValue<string>();
            foreach (var hubId in user.Contains("{hubId}", StringComparison.Ordinal) ? hubs : [""])
            {
                var name = Fill(user, virtualHost, hubId);
                if (created.Contains(name))
                {
                    string Field(string key) => Fill(permission[key]!.GetValue<string>(), virtualHost, hubId);
                    await broker.SetPermissionsAsync(virtualHost, name, Field("configure"), Field("write"), Field("read"));
                }
            }
        }
    }

    private static IEnumerable<string> Expand(string text, string virtualHost, IReadOnlyList<string> hubIds) =>
        text.Contains("{hubId}", StringComparison.Ordinal) ? hubIds.Select(h => Fill(text, virtualHost, h)) : [Fill(text, virtualHost, "")];

    private static string Fill(string text, string virtualHost, string hubId) =>
        text.Replace("{vhost}", virtualHost, StringComparison.Ordinal).Replace("{hubId}", hubId, StringComparison.Ordinal);
}
