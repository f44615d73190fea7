using System.Text.Json;
using Hubs.Contracts.Events;

namespace Hubs.Benchmarks.Directory;

/// <summary>
/// A body for the raw baseline the size of what MassTransit puts on the wire for an <see cref="ExpertPublished"/>: the
/// event inside MassTransit's JSON envelope fields (ids, addresses, message type, sent time, host).
/// </summary>
internal static class EnvelopeSample
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static byte[] For(ExpertPublished message, string brokerUri)
    {
        var host = new Uri(brokerUri);
        return JsonSerializer.SerializeToUtf8Bytes(new
        {
            messageId = message.EventId,
            conversationId = Guid.NewGuid(),
            sourceAddress = $"rabbitmq://{host.Host}:{host.Port}{host.AbsolutePath}/{Environment.MachineName}_Hubs.Benchmarks_bus_{Guid.NewGuid():N}?temporary=true",
            destinationAddress = $"rabbitmq://{host.Host}:{host.Port}{host.AbsolutePath}/hubs.expert-published",
            messageType = new[] { "urn:message:hubs:expert-published:v1" },
            message,
            sentTime = DateTimeOffset.UtcNow,
            headers = new { },
            host = new
            {
                machineName = Environment.MachineName,
                processName = "Hubs.Benchmarks",
                processId = Environment.ProcessId,
                assembly = "Hubs.Benchmarks",
                assemblyVersion = "1.0.0.0",
                frameworkVersion = Environment.Version.ToString(),
                massTransitVersion = "8.5.12.0",
                operatingSystemVersion = Environment.OSVersion.VersionString,
            },
        }, Json);
    }
}
