namespace Hubs.ReliabilityTests.BrokerOutage;

/// <summary>
/// The broker-outage scenarios stop and start their own node on one port (TestPorts.ReliabilityBrokerOutage): they run
/// one after the other, never side by side.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrokerOutageNode
{
    public const string Name = "the broker-outage node";
}
