using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Hubs.AppHost;

/// <summary>
/// The people who can sign in at the embedded provider of the local run: <c>staff.{hubId}</c> for each hub and one
/// <c>coordinator</c>. Passwords are generated once into <c>.hubs/demo-accounts.json</c> (owner-only, one account per
/// line so that <c>./run.sh</c> can print them) and kept across restarts; a hub added later gets its account then.
/// </summary>
internal static class DemoAccounts
{
    public const string FileName = "demo-accounts.json";

    // No look-alikes (0/O, 1/l/I): the passwords are read off a terminal and typed.
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static string Prepare(string dataDirectory, IEnumerable<string> hubIds)
    {
        var path = Path.Combine(dataDirectory, FileName);
        var existing = File.Exists(path)
            ? JsonNode.Parse(File.ReadAllText(path))!.AsArray().Select(a => a!.AsObject())
                .ToDictionary(a => a["userName"]!.GetValue<string>(), StringComparer.Ordinal)
            : [];

        var wanted = hubIds.Select(hub => (UserName: "staff." + hub, Role: "staff", Hub: (string?)hub, Name: $"Staff · {hub}"))
            .Append(("coordinator", "coordinator", null, "Coordinamento della rete"))
            .ToList();
        if (wanted.All(w => existing.ContainsKey(w.UserName)))
        {
            return path;
        }

        var lines = wanted.Select(w => existing.TryGetValue(w.UserName, out var kept)
            ? kept.ToJsonString()
            : JsonSerializer.Serialize(new
            {
                userName = w.UserName,
                password = RandomNumberGenerator.GetString(Alphabet, 16),
                role = w.Role,
                hub = w.Hub,
                displayName = w.Name,
            }));
        BrokerIdentities.WriteOwnerOnly(path, "[\n" + string.Join(",\n", lines) + "\n]\n");
        return path;
    }
}
