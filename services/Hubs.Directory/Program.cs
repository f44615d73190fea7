using Hubs.Directory.Experts;
using Hubs.Directory.Export;
using Hubs.Directory.Extensions;
using Hubs.Directory.Hubs;
using Hubs.Directory.Referrals;
using Hubs.Directory.Resync;
using Hubs.Directory.Statistics;
using Hubs.ServiceDefaults;
using Hubs.ServiceDefaults.OpenApi;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.UseHubsProblemDetails();
app.MapDefaultEndpoints();
app.MapHubsOpenApi("/api/directory");
app.MapHubsApi();
app.MapExpertsApi();
app.MapReferralsApi();
app.MapStatisticsApi();
app.MapExportApi();
app.MapResyncApi();

app.Run();

public partial class Program;
