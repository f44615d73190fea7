using System.Globalization;

namespace Hubs.IntegrationTests.Infrastructure;

/// <summary>
/// Every broker port the tests and benchmarks use, as an offset from one base: <c>HUBS_TEST_RABBITMQ_PORT</c> (./test.sh
/// sets it; 5960 without it). A node takes 16 ports from its AMQP port (deploy/rabbitmq/private-node.sh), so a test
/// run uses base … base+79 (the services take free ephemeral ports) and the benchmarks start looking for a free block
/// at base+80: two runs with bases 80 or more apart (two worktrees, two CI jobs) never share a port.
/// </summary>
internal static class TestPorts
{
    public const int NodeBlock = 16;

    private const int DefaultBase = 5960;

    public static int Base { get; } =
        Environment.GetEnvironmentVariable("HUBS_TEST_RABBITMQ_PORT") is { Length: > 0 } given
            ? int.Parse(given, CultureInfo.InvariantCulture)
            : DefaultBase;

    /// <summary>The node every test shares (./test.sh starts it; a plain `dotnet test` starts its own here).</summary>
    public static int SharedNode => Base;

    /// <summary>The node Hubs.IntegrationTests' broker outage stops and starts.</summary>
    public static int IntegrationBrokerOutage => Base + NodeBlock;

    /// <summary>The node Hubs.ReliabilityTests' broker outage under load stops and starts.</summary>
    public static int ReliabilityBrokerOutage => Base + (2 * NodeBlock);

    /// <summary>The RabbitMQ node of the ./run.sh the local-run test starts (HUBS_RABBITMQ_PORT).</summary>
    public static int LocalRunBroker => Base + (3 * NodeBlock);

    /// <summary>That run's gateway (HUBS_GATEWAY_PORT).</summary>
    public static int LocalRunGateway => Base + (4 * NodeBlock);

    /// <summary>That run's dashboard (HUBS_DASHBOARD_PORT; it also takes +2 and +3).</summary>
    public static int LocalRunDashboard => Base + (4 * NodeBlock) + 1;

    /// <summary>That run's sign-in provider (HUBS_IDENTITY_PORT; run.sh's default, the gateway's +1, is the dashboard's here).</summary>
    public static int LocalRunIdentity => Base + (4 * NodeBlock) + 2;

    /// <summary>That run's development mail server (HUBS_MAIL_PORT; it also takes +1 for its inbox, +2 and +3).</summary>
    public static int LocalRunMail => Base + (4 * NodeBlock) + 5;

    /// <summary>Where the benchmarks look for a free block first (<c>--broker-port</c> overrides it).</summary>
    public static int Benchmarks => Base + (5 * NodeBlock);
}
