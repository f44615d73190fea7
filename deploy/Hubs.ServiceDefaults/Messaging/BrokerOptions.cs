namespace Hubs.ServiceDefaults.Messaging;

/// <summary>How a service reaches RabbitMQ: the AMQP URI in <c>ConnectionStrings:rabbitmq</c> (user and password in it).</summary>
public static class BrokerOptions
{
    public const string ConnectionStringName = "rabbitmq";
    public const string DefaultUri = "amqp://guest:guest@127.0.0.1:5672/";
}
