using System.Reflection;
using MassTransit;

namespace Hubs.ServiceDefaults.Messaging;

/// <summary>
/// How soon a receive endpoint tries the broker again after losing it. MassTransit 8.5's RabbitMQ transport builds its
/// receive reconnect policy in the host configuration's constructor (exponential, 3 s growing to 30 s between attempts)
/// and exposes no setting for it, so after a long outage a service waited up to half a minute with the broker already
/// back. This replaces that policy, before any endpoint is built, with one that handles exactly the same exceptions
/// (it asks the original) and waits at most <see cref="MessagingOptions.ReconnectInterval"/> between attempts. Only
/// the waiting changes: what is consumed and acknowledged, and when, is the transport's as before (decision 0029).
/// </summary>
public static class ReceiveReconnect
{
    // Attempts before the transport gives up on an endpoint: at one a second, more than a day of outage (MassTransit's
    // own policy allows 1,000, about eight hours at its 30 s).
    private const int Attempts = 100_000;

    private const string HostConfigurationField = "_hostConfiguration";
    private const string PolicyField = "<ReceiveTransportRetryPolicy>k__BackingField";

    /// <summary>Replaces the receive reconnect policy of the bus being configured; false when this MassTransit build has no such policy to replace.</summary>
    public static bool TryShorten(IRabbitMqBusFactoryConfigurator bus, TimeSpan interval)
    {
        if (Field(bus.GetType(), HostConfigurationField)?.GetValue(bus) is not { } host
            || Field(host.GetType(), PolicyField) is not { } policyField
            || policyField.GetValue(host) is not IRetryPolicy original)
        {
            return false;
        }

        policyField.SetValue(host, Policy(original, interval));
        return true;
    }

    /// <summary>The receive reconnect policy the bus's endpoints will use (for the tests).</summary>
    public static IRetryPolicy? Current(IRabbitMqBusFactoryConfigurator bus) =>
        Field(bus.GetType(), HostConfigurationField)?.GetValue(bus) is { } host ? Field(host.GetType(), PolicyField)?.GetValue(host) as IRetryPolicy : null;

    /// <summary>The same exceptions as <paramref name="original"/>, at most <paramref name="interval"/> apart (a fifth of it at first).</summary>
    public static IRetryPolicy Policy(IRetryPolicy original, TimeSpan interval) => Retry.CreatePolicy(x =>
    {
        x.Handle<Exception>(original.IsHandled);
        x.Exponential(Attempts, interval / 5, interval, interval / 5);
    });

    private static FieldInfo? Field(Type? type, string name)
    {
        for (; type is not null; type = type.BaseType)
        {
            if (type.GetField(name, BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly) is { } field)
            {
                return field;
            }
        }

        return null;
    }
}
