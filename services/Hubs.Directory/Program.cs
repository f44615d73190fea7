using Hubs.Directory.Experts;
using Hubs.Directory.Export;
using Hubs.Directory.Extensions;
using Hubs.Directory.Registry;
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
// The one document by its literal path: the default {documentName} route answers any other name with a plain-text 404, not a problem.
app.MapOpenApi("/openapi/v1.json").RequireAuthorization(Policies.Public);
app.MapHubsApi();
app.MapExpertsApi();
app.MapReferralsApi();
app.MapStatisticsApi();
app.MapExportApi();
app.MapResyncApi();

app.Run();

public partial class Program;
