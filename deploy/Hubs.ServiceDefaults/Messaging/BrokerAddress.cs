namespace Hubs.ServiceDefaults.Messaging;

/// <summary>
/// The broker a service connects to, from its connection string: an AMQP URI whose host part may list every node of a
/// cluster, <c>amqp://user:password@rabbit-1:5672,rabbit-2:5672,rabbit-3:5672/vhost</c>. The client connects to the first
/// node it can reach and moves to another when that node goes away.
/// </summary>
public sealed record BrokerAddress(IReadOnlyList<Uri> Nodes)
{
    /// <summary>The first node: where the bus is addressed (the others are where it may connect instead).</summary>
    public Uri Primary => Nodes[0];

    public string User => Credentials.User;

    public string Password => Credentials.Password;

    public string VirtualHost
    {
        get
        {
            var path = Uri.UnescapeDataString(Primary.AbsolutePath.TrimStart('/'));
            return path.Length == 0 ? "/" : path;
        }
    }

    private (string User, string Password) Credentials
    {
        get
        {
            var parts = Primary.UserInfo.Split(':', 2);
            return parts.Length == 2 && parts[0].Length > 0
                ? (Uri.UnescapeDataString(parts[0]), Uri.UnescapeDataString(parts[1]))
                : ("guest", "guest");
        }
    }

    /// <exception cref="FormatException">Not an <c>amqp://</c> URI, or a node without a host.</exception>
    public static BrokerAddress Parse(string connectionString)
    {
        const string scheme = "amqp://";
        if (!connectionString.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            throw new FormatException($"The broker connection string must start with {scheme} (user:password@host[:port][,host[:port]...]/vhost).");
        }

        var rest = connectionString[scheme.Length..];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var authority = slash < 0 ? rest : rest[..slash];
        var path = slash < 0 ? "/" : rest[slash..];
        var at = authority.LastIndexOf('@');
        var userInfo = at < 0 ? "" : authority[..(at + 1)];
        var hosts = (at < 0 ? authority : authority[(at + 1)..]).Split(',', StringSplitOptions.TrimEntries);
        if (hosts.Any(h => h.Length == 0))
        {
            throw new FormatException("A broker node in the connection string has no host.");
        }

        return new BrokerAddress([.. hosts.Select(host => new Uri(scheme + userInfo + host + path))]);
    }
}
