using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Hubs.AppHost;

/// <summary>
/// Every service's own RabbitMQ user for the local federation: <c>hub-{id}</c> per hub, <c>directory</c>,
/// <c>exchange</c>, and <c>hubs-admin</c> for the management UI. The users and their permissions come from
/// <c>deploy/rabbitmq/definitions.template.json</c>; the passwords are generated once into <c>.hubs/broker-users.json</c>
/// (readable by its owner only, never in the repository) and the node loads them, as salted SHA-256 hashes, from
/// <c>.hubs/rabbitmq/definitions.json</c> at start. <c>.hubs/broker-users.env</c> holds the same passwords for docker compose.
/// </summary>
internal sealed class BrokerIdentities
{
    public const string AdminUser = "hubs-admin";

    private const string HubPlaceholder = "{hubId}";
    private const string VirtualHostPlaceholder = "{vhost}";
    private const string VirtualHost = "/";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private readonly IReadOnlyDictionary<string, string> _passwords;
    private readonly int _port;

    private BrokerIdentities(IReadOnlyDictionary<string, string> passwords, string definitionsPath, string passwordsPath, int port)
    {
        _passwords = passwords;
        _port = port;
        DefinitionsPath = definitionsPath;
        PasswordsPath = passwordsPath;
    }

    /// <summary>The file the node loads at start (<c>HUBS_RABBITMQ_DEFINITIONS</c> of <c>private-node.sh</c>).</summary>
    public string DefinitionsPath { get; }

    /// <summary>Where the generated passwords are kept (the management UI's <c>hubs-admin</c> password among them).</summary>
    public string PasswordsPath { get; }

    public static string HubUser(string hubId) => "hub-" + hubId;

    /// <summary>Expands the template for <paramref name="hubIds"/>, generates missing passwords and writes the definitions.</summary>
    public static BrokerIdentities Prepare(FederationSettings federation, IEnumerable<string> hubIds)
    {
        var template = JsonNode.Parse(File.ReadAllText(Path.Combine(federation.RepositoryRoot, "deploy", "rabbitmq", "definitions.template.json")))!;
        var hubs = hubIds.ToList();
        var users = Expand(template["users"]!.AsArray(), "name", hubs);
        var permissions = Expand(template["permissions"]!.AsArray(), "user", hubs);
        var policies = Expand(template["policies"]!.AsArray(), "name", hubs);

        var passwordsPath = Path.Combine(federation.DataDirectory, "broker-users.json");
        var passwords = LoadPasswords(passwordsPath);
        var missing = users.Select(u => u["name"]!.GetValue<string>()).Where(name => !passwords.ContainsKey(name)).ToList();
        foreach (var name in missing)
        {
            passwords[name] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
        }

        if (missing.Count > 0 || !File.Exists(EnvironmentFilePath(federation)))
        {
            WriteOwnerOnly(passwordsPath, JsonSerializer.Serialize(new SortedDictionary<string, string>(passwords, StringComparer.Ordinal), Indented));

            // The same passwords for docker compose: `docker compose --env-file .hubs/broker-users.env up`.
            WriteOwnerOnly(EnvironmentFilePath(federation), string.Concat(passwords.OrderBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => $"{EnvironmentVariable(p.Key)}={p.Value}\n")));
        }

        foreach (var user in users)
        {
            user["password_hash"] = RabbitPasswordHash(passwords[user["name"]!.GetValue<string>()]);
            user["hashing_algorithm"] = "rabbit_password_hashing_sha256";
        }

        var definitions = new JsonObject
        {
            ["users"] = new JsonArray([.. users]),
            ["vhosts"] = new JsonArray(new JsonObject { ["name"] = VirtualHost }),
            ["permissions"] = new JsonArray([.. permissions]),
            ["policies"] = new JsonArray([.. policies]),
        };
        var definitionsPath = Path.Combine(federation.DataDirectory, "rabbitmq", "definitions.json");
        WriteOwnerOnly(definitionsPath, definitions.ToJsonString(Indented));
        return new BrokerIdentities(passwords, definitionsPath, passwordsPath, federation.RabbitMqPort);
    }

    /// <summary>The variable docker-compose.yml reads a user's password from: <c>hub-lomazzo</c> → <c>HUBS_BROKER_PASSWORD_HUB_LOMAZZO</c>.</summary>
    public static string EnvironmentVariable(string user) =>
        "HUBS_BROKER_PASSWORD_" + user.ToUpperInvariant().Replace('-', '_');

    /// <summary>The AMQP URI a service connects with, as its own user.</summary>
    public string BrokerUri(string user) =>
        $"amqp://{Uri.EscapeDataString(user)}:{Uri.EscapeDataString(_passwords[user])}@127.0.0.1:{_port}/";

    /// <summary>Entries naming <c>{hubId}</c> once per hub, the others once; <c>{vhost}</c> filled in everywhere.</summary>
    private static List<JsonObject> Expand(JsonArray entries, string key, IReadOnlyList<string> hubIds)
    {
        var expanded = new List<JsonObject>();
        foreach (var entry in entries.Select(e => e!.AsObject()))
        {
            var perHub = entry[key]!.GetValue<string>().Contains(HubPlaceholder, StringComparison.Ordinal);
            foreach (var hubId in perHub ? hubIds : [""])
            {
                var text = entry.ToJsonString().Replace(VirtualHostPlaceholder, VirtualHost, StringComparison.Ordinal);
                expanded.Add(JsonNode.Parse(perHub ? text.Replace(HubPlaceholder, hubId, StringComparison.Ordinal) : text)!.AsObject());
            }
        }

        return expanded;
    }

    /// <summary>RabbitMQ's <c>rabbit_password_hashing_sha256</c>: base64(salt ‖ SHA-256(salt ‖ UTF-8 password)), 4 random salt bytes.</summary>
    private static string RabbitPasswordHash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(4);
        var hash = SHA256.HashData([.. salt, .. Encoding.UTF8.GetBytes(password)]);
        return Convert.ToBase64String([.. salt, .. hash]);
    }

    private static string EnvironmentFilePath(FederationSettings federation) => Path.Combine(federation.DataDirectory, "broker-users.env");

    private static Dictionary<string, string> LoadPasswords(string path) =>
        File.Exists(path)
            ? JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path)) ?? new(StringComparer.Ordinal)
            : new(StringComparer.Ordinal);

    internal static void WriteOwnerOnly(string path, string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(path, options))
        using (var writer = new StreamWriter(stream, new UTF8Encoding(false)))
        {
            writer.Write(content);
        }

        // UnixCreateMode applies to a new file only: an older file keeps whatever mode it had otherwise.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }
}
