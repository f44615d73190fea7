using Hubs.HubNode.Extensions;
using Hubs.HubNode.Hubs;
using Hubs.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.UseHubsProblemDetails();
app.MapDefaultEndpoints();
app.MapOpenApi();
app.MapHubApi();

app.Run();

public partial class Program;
