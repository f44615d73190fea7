using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Hubs.AppHost;

/// <summary>
/// A development mail server with a web inbox (smtp4dev, from the repository's local tool manifest) that every hub node
/// sends its mail to, so a person who books through the portal sees the confirmation arrive. Its SMTP port is
/// <c>Hubs:MailPort</c> (2525), the inbox the next one; IMAP and POP3 take the two after. Messages live in memory.
/// </summary>
internal static class DevMailServer
{
    public const int DefaultPort = 2525;

    public static int SmtpPort(IDistributedApplicationBuilder builder) => builder.Configuration.GetValue("Hubs:MailPort", DefaultPort);

    public static IResourceBuilder<ExecutableResource> AddDevMailServer(this IDistributedApplicationBuilder builder, FederationSettings federation)
    {
        var smtp = SmtpPort(builder);
        string Port(int offset) => (smtp + offset).ToString(CultureInfo.InvariantCulture);
        return builder.AddExecutable(
                "mail",
                "dotnet",
                federation.RepositoryRoot,
                "tool", "run", "smtp4dev", "--",
                $"--urls=http://127.0.0.1:{Port(1)}",
                $"--smtpport={Port(0)}",
                $"--imapport={Port(2)}",
                $"--pop3port={Port(3)}",
                "--bindaddress=127.0.0.1",
                "--db=",
                "--messagestokeep=200",
                "--nousersettings")
            // Light: one process for twelve hubs' mail, in-memory, with the services' lean runtime settings.
            .WithLeanRuntime()
            .WithHttpEndpoint(port: smtp + 1, isProxied: false, name: "inbox")
            .WithHttpHealthCheck("/", endpointName: "inbox");
    }

    /// <summary>The hub node sends through the development mail server, from and to addresses of its own.</summary>
    public static IResourceBuilder<T> WithDevMail<T>(
        this IResourceBuilder<T> hub, IDistributedApplicationBuilder builder, FederationSettings federation, string hubId)
        where T : IResourceWithEnvironment =>
        hub.WithEnvironment("Mail__Smtp__Host", "127.0.0.1")
            .WithEnvironment("Mail__Smtp__Port", SmtpPort(builder).ToString(CultureInfo.InvariantCulture))
            .WithEnvironment("Mail__Smtp__Security", "None")
            .WithEnvironment("Mail__FromAddress", $"prenotazioni@{hubId}.hubs.local")
            .WithEnvironment("Mail__StaffAddress", $"staff@{hubId}.hubs.local")
            .WithEnvironment("Mail__PortalUrl", $"http://127.0.0.1:{federation.GatewayPort.ToString(CultureInfo.InvariantCulture)}");
}
