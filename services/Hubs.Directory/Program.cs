using Hubs.Directory.Experts;
using Hubs.Directory.Extensions;
using Hubs.Directory.Hubs;
using Hubs.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.UseHubsProblemDetails();
app.MapDefaultEndpoints();
app.MapOpenApi();
app.MapHubsApi();
app.MapExpertsApi();

app.Run();

public partial class Program;
