using Hubs.Identity.Provider;
using Hubs.ServiceDefaults;

// The embedded OpenID Connect provider of the local run and the tests: a login page, demo accounts, and tokens that
// every service validates through this provider's discovery document, as it would any provider's (decision 0025).
var builder = WebApplication.CreateBuilder(args);

builder.ConfigureOpenTelemetry();
builder.AddDefaultHealthChecks();
builder.AddHubsProblemDetails();
builder.AddIdentityProvider();

var app = builder.Build();

app.UseHubsProblemDetails();
app.MapDefaultEndpoints();
app.MapIdentityProvider();

app.Run();

public partial class Program;
