using Hubs.Exchange.Adoptions;
using Hubs.Exchange.Endorsements;
using Hubs.Exchange.Extensions;
using Hubs.Exchange.Feed;
using Hubs.Exchange.KnownHubs;
using Hubs.Exchange.Practices;
using Hubs.Exchange.Previews;
using Hubs.Exchange.Statistics;
using Hubs.ServiceDefaults;
using Hubs.ServiceDefaults.OpenApi;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.UseHubsProblemDetails();
app.MapDefaultEndpoints();
app.MapHubsOpenApi("/api/practices");
app.MapKnownHubsApi();
app.MapPracticesApi();
app.MapAdoptionsApi();
app.MapEndorsementsApi();
app.MapPreviewsApi();
app.MapPracticeFeedApi();
app.MapPracticeStatisticsApi();

app.Run();

public partial class Program;
