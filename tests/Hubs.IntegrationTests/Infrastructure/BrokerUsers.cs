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

    private static readonly Lazy<byte[]> Secret = new(NodeSecret);

    public static string Hub(string hubId) => "hub-" + hubId;

    /// <summary>
    /// The same for every test process on the same shared node (./test.sh runs one per test project, in parallel): a
    /// process that set its own password would lock out the services another one started as that user.
    /// </summary>
    public static string Password(string user) =>
        Passwords.GetOrAdd(user, u => Convert.ToHexString(HMACSHA256.HashData(Secret.Value, System.Text.Encoding.UTF8.GetBytes(u)))[..32]);

    /// <summary>A random secret kept with the shared node (the first process writes it, atomically); per process without one.</summary>
    private static byte[] NodeSecret()
    {
        var fresh = RandomNumberGenerator.GetBytes(32);
        if (Environment.GetEnvironmentVariable("HUBS_TEST_RABBITMQ_NODE_DIR") is not { Length: > 0 } dir || !Directory.Exists(dir))
        {
            return fresh;
        }

        var path = Path.Combine(dir, "test-users.secret");
        if (!File.Exists(path))
        {
            var mine = $"{path}.{Environment.ProcessId}";
            File.WriteAllBytes(mine, fresh);
            try
            {
                File.Move(mine, path, overwrite: false);
            }
            catch (IOException)
            {
                // Another process was first: its secret counts.
                File.Delete(mine);
            }
        }

        return File.ReadAllBytes(path);
    }

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
