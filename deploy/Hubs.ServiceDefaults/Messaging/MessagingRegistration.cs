using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hubs.ServiceDefaults.Messaging;

public static class MessagingRegistration
{
    /// <summary>
    /// MassTransit on RabbitMQ with the network's rules: quorum queues with a delivery limit (a message that crashes its
    /// consumer cannot loop forever), short in-process retries then the <c>_error</c> queue (no delayed-message plugin
    /// here), a prefetch of 100, publisher confirms.
    /// </summary>
    public static IHostApplicationBuilder AddHubsMessaging(
        this IHostApplicationBuilder builder,
        Action<IBusRegistrationConfigurator>? registerConsumers = null,
        Action<IBusRegistrationContext, IRabbitMqBusFactoryConfigurator>? configureBus = null)
    {
        var uri = new Uri(builder.Configuration.GetConnectionString(BrokerOptions.ConnectionStringName) ?? BrokerOptions.DefaultUri);

        builder.Services.AddMassTransit(x =>
        {
            registerConsumers?.Invoke(x);
            x.AddConfigureEndpointsCallback((_, _, endpoint) => ApplyEndpointRules(endpoint));
            x.UsingRabbitMq((context, cfg) =>
            {
                cfg.Host(uri.Host, uri.IsDefaultPort ? (ushort)5672 : (ushort)uri.Port, VirtualHost(uri), h =>
                {
                    var (user, password) = Credentials(uri);
                    h.Username(user);
                    h.Password(password);
                    h.PublisherConfirmation = true;
                });
                cfg.PrefetchCount = 100;
                configureBus?.Invoke(context, cfg);
                cfg.ConfigureEndpoints(context);
            });
        });
        return builder;
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
    }

    private static string VirtualHost(Uri uri)
    {
        var path = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        return path.Length == 0 ? "/" : path;
    }

    private static (string User, string Password) Credentials(Uri uri)
    {
        var parts = uri.UserInfo.Split(':', 2);
        return parts.Length == 2 && parts[0].Length > 0
            ? (Uri.UnescapeDataString(parts[0]), Uri.UnescapeDataString(parts[1]))
            : ("guest", "guest");
    }
}
