using Hubs.Exchange.Extensions;
using Hubs.Exchange.Hubs;
using Hubs.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.UseHubsProblemDetails();
app.MapDefaultEndpoints();
app.MapOpenApi();
app.MapKnownHubsApi();

app.Run();

public partial class Program;
