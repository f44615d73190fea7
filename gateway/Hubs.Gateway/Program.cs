using Hubs.Gateway.Edge;
using Hubs.Gateway.Extensions;
using Hubs.Gateway.Federation;
using Hubs.Gateway.Proxy;
using Hubs.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.UseSecurityHeaders();
app.UseHubsProblemDetails();
app.UseGatewayEdge();
app.MapDefaultEndpoints();
// The one document by its literal path: the default {documentName} route answers any other name with a plain-text 404, not a problem.
app.MapOpenApi("/openapi/v1.json").RequireAuthorization(Policies.Public);
app.MapFederationApi();
app.MapFederationProxy();

app.Run();

public partial class Program;
