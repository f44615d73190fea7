using Hubs.Gateway.Edge;
using Hubs.Gateway.Extensions;
using Hubs.Gateway.Federation;
using Hubs.Gateway.Proxy;
using Hubs.Gateway.Reference;
using Hubs.ServiceDefaults;
using Hubs.ServiceDefaults.OpenApi;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.UseSecurityHeaders();
app.UseHubsProblemDetails();
app.UseGatewayEdge();
app.MapDefaultEndpoints();
app.MapHubsOpenApi("/api/federation");
app.MapApiReference();
app.MapFederationApi();
app.MapFederationProxy();

app.Run();

public partial class Program;
