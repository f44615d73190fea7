using Hubs.HubNode.Extensions;
using Hubs.HubNode.Hubs;
using Hubs.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.UseHubsProblemDetails();
app.MapDefaultEndpoints();
app.MapOpenApi().RequireAuthorization(Policies.Public);
app.MapHubApi();

app.Run();

public partial class Program;
