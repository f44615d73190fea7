using Hubs.HubNode.Extensions;
using Hubs.HubNode.Hubs;
using Hubs.ServiceDefaults;
using Hubs.ServiceDefaults.OpenApi;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.UseHubsProblemDetails();
app.MapDefaultEndpoints();
app.MapHubsOpenApi("/api/hubs/{hubId}");
app.MapHubApi();

app.Run();

public partial class Program;
