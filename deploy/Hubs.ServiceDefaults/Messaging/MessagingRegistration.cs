using MassTransit;
using MassTransit.Middleware;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hubs.ServiceDefaults.Messaging;

public static class MessagingRegistration
{
    /// <summary>
    /// MassTransit on RabbitMQ with the network's rules: quorum queues with a delivery limit (a message that crashes its
    /// consumer cannot loop forever), short in-process retries then the <c>_error</c> queue (no delayed-message plugin
    /// here), a prefetch of 100, publisher confirms, and every message stamped with the connection's broker user.
    /// </summary>
    public static IHostApplicationBuilder AddHubsMessaging(
        this IHostApplicationBuilder builder,
        Action<IBusRegistrationConfigurator>? registerConsumers = null,
        Action<IBusRegistrationContext, IRabbitMqBusFactoryConfigurator>? configureBus = null)
    {
        var broker = BrokerAddress.Parse(builder.Configuration.GetConnectionString(BrokerOptions.ConnectionStringName) ?? BrokerOptions.DefaultUri);
        builder.Services.AddOptions<MessagingOptions>().Bind(builder.Configuration.GetSection(MessagingOptions.Section));

        builder.Services.AddMassTransit(x =>
        {
            registerConsumers?.Invoke(x);
            x.AddConfigureEndpointsCallback((context, _, endpoint) => ApplyEndpointRules(endpoint, context));
            x.UsingRabbitMq((context, cfg) =>
            {
                var user = broker.User;
                cfg.Host(broker.Primary.Host, Port(broker.Primary), broker.VirtualHost, h =>
                {
                    h.Username(user);
                    h.Password(broker.Password);
                    h.PublisherConfirmation = true;
                    if (broker.Nodes.Count > 1)
                    {
                        // Every node of the cluster: the connection moves to another when its node goes away.
                        h.UseCluster(cluster =>
                        {
                            foreach (var node in broker.Nodes)
                            {
                                cluster.Node($"{node.Host}:{Port(node)}");
                            }
                        });
                    }
                });
                cfg.PrefetchCount = 100;

                // Back within a second of the broker answering again, however long it was away.
                var reconnect = context.GetRequiredService<IOptions<MessagingOptions>>().Value.ReconnectInterval;
                if (reconnect > TimeSpan.Zero && !ReceiveReconnect.TryShorten(cfg, reconnect))
                {
                    // Slower to come back, not wrong: the service still starts (ReceiveReconnectTests fails on such an upgrade).
                    context.GetService<ILoggerFactory>()?.CreateLogger(typeof(ReceiveReconnect)).LogWarning(
                        "This MassTransit build has no receive reconnect policy where ReceiveReconnect looks for it: the transport's own back-off (up to 30 s) applies");
                }

                // MassTransit declares this temporary queue only when it needs one (replies); named after the user, so
                // the user's permissions can name it.
                cfg.OverrideDefaultBusEndpointQueueName($"{user}_bus_{Guid.NewGuid():N}");
                if (context.GetRequiredService<IOptions<MessagingOptions>>().Value.StampUserId)
                {
                    var stamp = new BrokerUserStamp(user);
                    cfg.ConfigureSend(send => send.UseFilter<SendContext>(stamp));
                    cfg.ConfigurePublish(publish => publish.UseFilter<PublishContext>(stamp));
                }

                configureBus?.Invoke(context, cfg);
                cfg.ConfigureEndpoints(context);
            });
        });
        return builder;
    }

    /// <summary>
    /// Checks every hub event received by this service with <see cref="HubEventAdmission{T}"/> (who published it, is
    /// its hub suspended). The service registers an <see cref="IRefusedEvents"/> and, to ignore suspended hubs, an
    /// <see cref="IHubMembership"/>.
    /// </summary>
    public static IServiceCollection AddHubEventAdmission(this IServiceCollection services)
    {
        services.TryAddSingleton<HubEventAdmissionEnabled>();
        return services;
    }

    /// <summary>The rules for a receive endpoint the service declares by hand (named queues).</summary>
    public static void ApplyEndpointRules(IReceiveEndpointConfigurator endpoint)
    {
        if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbit)
        {
            rabbit.SetQuorumQueue();
            rabbit.SetQueueArgument("x-delivery-limit", 10);
            rabbit.PrefetchCount = 100;
        }

        endpoint.UseMessageRetry(r => r.Intervals(100, 500, 1000));

        // Nobody subscribes to faults, and publishing them would need every user to write to MassTransit's fault exchanges.
        endpoint.PublishFaults = false;

        // The moves to _error and _skipped republish the delivery as this service's user: without the publisher's user_id.
        var move = new MoveWithoutUserId();
        endpoint.ConfigureError(error =>
        {
            error.UseFilter<ExceptionReceiveContext>(move);
            error.UseFilter(new ErrorTransportFilter());
        });
        endpoint.ConfigureDeadLetter(deadLetter =>
        {
            deadLetter.UseFilter<ReceiveContext>(move);
            deadLetter.UseFilter(new DeadLetterTransportFilter());
        });
    }

    /// <summary>
    /// <see cref="ApplyEndpointRules(IReceiveEndpointConfigurator)"/>, plus <see cref="HubEventAdmission{T}"/> in a
    /// service that asked for it with <see cref="AddHubEventAdmission"/>.
    /// </summary>
    public static void ApplyEndpointRules(IReceiveEndpointConfigurator endpoint, IRegistrationContext context)
    {
        ApplyEndpointRules(endpoint);
        if (context.GetService<HubEventAdmissionEnabled>() is not null)
        {
            endpoint.UseConsumeFilter(typeof(HubEventAdmission<>), context);
        }
    }

    private static ushort Port(Uri node) => node.IsDefaultPort ? (ushort)5672 : (ushort)node.Port;

    /// <summary>Marks a service that checks the hub events it receives.</summary>
    private sealed class HubEventAdmissionEnabled;
}
