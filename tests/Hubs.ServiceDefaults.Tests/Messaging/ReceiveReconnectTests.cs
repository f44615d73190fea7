using Hubs.ServiceDefaults.Messaging;
using MassTransit;
using RabbitMQ.Client.Exceptions;

namespace Hubs.ServiceDefaults.Tests.Messaging;

/// <summary>
/// The receive reconnect policy is really replaced in the MassTransit build the services run (a MassTransit upgrade that
/// moves it fails here, not silently in production), and the replacement retries exactly what the transport's did.
/// </summary>
public sealed class ReceiveReconnectTests
{
    public static TheoryData<Exception> Failures => new()
    {
        new RabbitMqConnectionException("Connect failed: guest@127.0.0.1:1/"),
        new AlreadyClosedException(new RabbitMQ.Client.Events.ShutdownEventArgs(RabbitMQ.Client.ShutdownInitiator.Peer, 320, "CONNECTION_FORCED")),
        new AuthenticationFailureException("ACCESS_REFUSED"),
        new InvalidOperationException("a bug, not the broker"),
        new NotSupportedException("Pipelining of requests forbidden"),
    };

    [Fact]
    public void The_bus_being_configured_gets_the_short_policy()
    {
        IRetryPolicy? before = null;
        IRetryPolicy? after = null;
        var replaced = false;
        Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            before = ReceiveReconnect.Current(cfg);
            replaced = ReceiveReconnect.TryShorten(cfg, TimeSpan.FromSeconds(1));
            after = ReceiveReconnect.Current(cfg);
        });

        Assert.True(replaced, "MassTransit's receive reconnect policy was not where ReceiveReconnect looks for it");
        Assert.NotNull(before);
        Assert.NotNull(after);
        Assert.NotSame(before, after);
    }

    [Theory]
    [MemberData(nameof(Failures))]
    public void The_short_policy_retries_exactly_what_the_transports_own_did(Exception failure)
    {
        IRetryPolicy original = null!;
        Bus.Factory.CreateUsingRabbitMq(cfg => original = ReceiveReconnect.Current(cfg)!);

        Assert.Equal(original.IsHandled(failure), ReceiveReconnect.Policy(original, TimeSpan.FromSeconds(1)).IsHandled(failure));
    }
}
