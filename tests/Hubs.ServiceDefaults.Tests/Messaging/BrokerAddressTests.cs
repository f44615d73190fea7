using Hubs.ServiceDefaults.Messaging;

namespace Hubs.ServiceDefaults.Tests.Messaging;

public sealed class BrokerAddressTests
{
    [Fact]
    public void Every_node_of_a_cluster_is_read_with_the_one_user_and_virtual_host()
    {
        var broker = BrokerAddress.Parse("amqp://hub-bari:p%40ss%3Aword@127.0.0.1:6540,127.0.0.1:6556, rabbit-3/hubs%2Ftest");

        Assert.Equal(["127.0.0.1:6540", "127.0.0.1:6556", "rabbit-3:5672"], broker.Nodes.Select(n => $"{n.Host}:{(n.IsDefaultPort ? 5672 : n.Port)}"));
        Assert.Equal(("hub-bari", "p@ss:word", "hubs/test"), (broker.User, broker.Password, broker.VirtualHost));
    }

    [Theory]
    [InlineData("amqp://guest:guest@127.0.0.1:5672/", "/")]
    [InlineData("amqp://127.0.0.1", "/")]
    [InlineData("amqp://u:p@localhost:5999/vh", "vh")]
    public void A_single_node_reads_as_before(string connectionString, string virtualHost)
    {
        var broker = BrokerAddress.Parse(connectionString);

        Assert.Single(broker.Nodes);
        Assert.Equal(virtualHost, broker.VirtualHost);
    }

    [Theory]
    [InlineData("http://rabbit:5672/")]
    [InlineData("amqp://u:p@rabbit-1,,rabbit-3/")]
    public void A_connection_string_that_is_not_a_node_list_is_refused_by_name(string connectionString) =>
        Assert.Throws<FormatException>(() => BrokerAddress.Parse(connectionString));
}
