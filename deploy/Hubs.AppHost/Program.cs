using Hubs.AppHost;
using Hubs.Contracts.Federation;

// The whole federation on one machine: a private RabbitMQ node, 12 hub nodes with demo data, the directory,
// the exchange, the gateway and the portal. Data lives under .hubs/ at the repository root.
var builder = DistributedApplication.CreateBuilder(args);
var federation = FederationSettings.From(builder);

// Each service connects as its own broker user (hub-{id}, directory, exchange); passwords generated into .hubs/.
var identities = BrokerIdentities.Prepare(federation, HubIds.Founding);
var rabbit = builder.AddPrivateRabbitMq(federation, identities);
builder.AddDevMailServer(federation);

var directory = builder.AddDotNetService<Projects.Hubs_Directory>("directory", federation)
    .WithHubsDefaults(federation, "directory.db", identities.BrokerUri("directory"))
    .WaitFor(rabbit);

var exchange = builder.AddDotNetService<Projects.Hubs_Exchange>("exchange", federation)
    .WithHubsDefaults(federation, "exchange.db", identities.BrokerUri("exchange"))
    .WaitFor(rabbit);

// Not waiting for the directory and the exchange: started beside them, the gateway answers 503 problems for what is
// not up yet, and the local run is up seconds sooner (decision 0021).
var gateway = builder.AddDotNetService<Projects.Hubs_Gateway>("gateway", federation, federation.GatewayPort)
    .WithEnvironment("Federation__DirectoryUrl", directory.GetEndpoint("http"))
    .WithEnvironment("Federation__ExchangeUrl", exchange.GetEndpoint("http"));

foreach (var hubId in HubIds.Founding)
{
    var hub = builder.AddDotNetService<Projects.Hubs_HubNode>($"hub-{hubId}", federation)
        .WithHubsDefaults(federation, $"hub-{hubId}.db", identities.BrokerUri(BrokerIdentities.HubUser(hubId)))
        .WithEnvironment("Hub__Id", hubId)
        .WithEnvironment("Hub__SeedDemoData", "true")
        .WithDevMail(builder, federation, hubId)
        .WaitFor(rabbit);
    gateway.WithEnvironment($"Federation__Hubs__{hubId}", hub.GetEndpoint("http"));
}

builder.AddPortal(gateway, federation);
builder.AddIdentityProvider(federation);

builder.Build().Run();
