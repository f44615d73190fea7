using Hubs.Directory.Experts;
using Hubs.Directory.Export;
using Hubs.Directory.Extensions;
using Hubs.Directory.Hubs;
using Hubs.Directory.Referrals;
using Hubs.Directory.Resync;
using Hubs.Directory.Statistics;
using Hubs.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.UseHubsProblemDetails();
app.MapDefaultEndpoints();
app.MapOpenApi().RequireAuthorization(Policies.Public);
app.MapHubsApi();
app.MapExpertsApi();
app.MapReferralsApi();
app.MapStatisticsApi();
app.MapExportApi();
app.MapResyncApi();

app.Run();

public partial class Program;
