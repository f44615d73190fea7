namespace Hubs.ReliabilityTests.Support;

/// <summary>
/// AMQP ports of the broker nodes these scenarios start and stop themselves (each takes a block of 16 ports). Fixed, and
/// clear of the ones other suites use in CI (5960, 5980, 6010); 6300 is where a developer runs the shared node.
/// </summary>
internal static class OwnBrokerPorts
{
    public const int BrokerOutage = 6320;

    /// <summary>Three nodes: 6540, 6556 and 6572 (AMQP), one shared private epmd on 6543.</summary>
    public const int ClusterNodeLoss = 6540;
}
