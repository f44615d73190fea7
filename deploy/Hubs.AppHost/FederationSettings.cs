using Microsoft.Extensions.Configuration;

namespace Hubs.AppHost;

/// <summary>Where the local federation keeps its data and which fixed ports it uses (the rest are chosen by Aspire).</summary>
internal sealed record FederationSettings(string RepositoryRoot, string DataDirectory, int RabbitMqPort, int GatewayPort)
{
    /// <summary>
    /// The local token signing key, created on first run in .hubs/signing-key (readable by the owner only) so that
    /// tokens minted with deploy/Hubs.Tokens keep working across restarts. Never committed.
    /// </summary>
    public string SigningKey => _signingKey.Value;

    private readonly Lazy<string> _signingKey = new(() => LoadOrCreateSigningKey(DataDirectory));

    public static FederationSettings From(IDistributedApplicationBuilder builder)
    {
        // deploy/Hubs.AppHost -> repository root
        var root = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, "..", ".."));
        var data = builder.Configuration["Hubs:DataDirectory"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(root, ".hubs");
        return new FederationSettings(
            root,
            data,
            builder.Configuration.GetValue("Hubs:RabbitMqPort", 5800),
            builder.Configuration.GetValue("Hubs:GatewayPort", 8080));
    }

    private static string LoadOrCreateSigningKey(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, "signing-key");
        if (File.Exists(path))
        {
            return File.ReadAllText(path).Trim();
        }

        Directory.CreateDirectory(dataDirectory);
        var key = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        File.WriteAllText(path, key);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return key;
    }
}
