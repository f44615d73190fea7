using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Hubs.Contracts.Events;
using Hubs.Contracts.Senders;
using Hubs.ServiceDefaults.Messaging;
using Hubs.Testing;
using MassTransit;

namespace Hubs.ServiceDefaults.Tests.Messaging;

/// <summary>
/// Who may publish what is declared once, on the contracts (<see cref="PublishedByAttribute"/>); the broker's write
/// permissions (<c>deploy/rabbitmq/definitions.template.json</c>, what the local run and production load) must say the
/// same for every message: each declared sender may write to its exchange, no other service user may.
/// </summary>
public sealed class SenderPermissionsTests
{
    private const string SendingHub = "novara";
    private const string ReceivingHub = "ivrea";

    public static TheoryData<string> Messages() => [.. ContractMessages().Select(t => t.Name)];

    [Fact]
    public void Every_message_of_the_contracts_declares_who_may_publish_it()
    {
        Assert.NotEmpty(ContractMessages());
        Assert.All(ContractMessages(), t => Assert.True(t.GetCustomAttribute<PublishedByAttribute>() is not null,
            $"{t.Name} says nobody may publish it: add [PublishedBy(...)], or every consumer will refuse it."));
    }

    [Theory]
    [MemberData(nameof(Messages))]
    public void The_broker_lets_exactly_the_declared_senders_write_the_message(string name)
    {
        var type = ContractMessages().Single(t => t.Name == name);
        var declared = type.GetCustomAttribute<PublishedByAttribute>()!;

        // A published message goes to its own exchange; a sent one to the receiving hub's exchange.
        var exchange = declared.SentOnly ? BrokerUsers.ForHub(ReceivingHub) : type.GetCustomAttribute<EntityNameAttribute>()!.EntityName;
        var expected = declared.Senders.Select(s => s switch
        {
            MessageSender.NamedHub => BrokerUsers.ForHub(SendingHub),
            MessageSender.Directory => BrokerUsers.Directory,
            _ => BrokerUsers.Exchange,
        }).Order(StringComparer.Ordinal);

        var writers = WritePermissions().Where(p => Regex.IsMatch(exchange, p.Write)).Select(p => p.User).Order(StringComparer.Ordinal);

        Assert.Equal(expected, writers);
    }

    [Fact]
    public void Every_hub_event_is_published_by_the_hub_it_names_or_by_one_service_as_its_authority()
    {
        foreach (var type in ContractMessages().Where(t => typeof(IHubEvent).IsAssignableFrom(t)))
        {
            var senders = type.GetCustomAttribute<PublishedByAttribute>()!.Senders;
            Assert.True(senders.SequenceEqual([MessageSender.NamedHub]) || (senders.Count == 1 && senders[0] != MessageSender.NamedHub), type.Name);
        }
    }

    /// <summary>Every message type of the contracts: what names its exchange or its message URN.</summary>
    private static IReadOnlyList<Type> ContractMessages() =>
    [
        .. typeof(IHubEvent).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false }
                && (t.GetCustomAttribute<EntityNameAttribute>() is not null || t.GetCustomAttribute<MessageUrnAttribute>() is not null))
            .OrderBy(t => t.Name, StringComparer.Ordinal),
    ];

    /// <summary>The service users' write permissions, with the hub user's template made for <see cref="SendingHub"/>.</summary>
    private static IReadOnlyList<(string User, string Write)> WritePermissions()
    {
        var template = JsonNode.Parse(File.ReadAllText(RepositoryFiles.Path("deploy", "rabbitmq", "definitions.template.json")))!;
        var administrators = template["users"]!.AsArray()
            .Where(u => u!["tags"]!.AsArray().Any(t => t!.GetValue<string>() == "administrator"))
            .Select(u => u!["name"]!.GetValue<string>())
            .ToHashSet(StringComparer.Ordinal);
        return
        [
            .. template["permissions"]!.AsArray()
                .Where(p => !administrators.Contains(p!["user"]!.GetValue<string>()))
                .Select(p => (
                    p!["user"]!.GetValue<string>().Replace("{hubId}", SendingHub, StringComparison.Ordinal),
                    p["write"]!.GetValue<string>().Replace("{hubId}", SendingHub, StringComparison.Ordinal))),
        ];
    }
}
