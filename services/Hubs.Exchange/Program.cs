using Hubs.Exchange.Adoptions;
using Hubs.Exchange.Endorsements;
using Hubs.Exchange.Extensions;
using Hubs.Exchange.Feed;
using Hubs.Exchange.Hubs;
using Hubs.Exchange.Practices;
using Hubs.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.UseHubsProblemDetails();
app.MapDefaultEndpoints();
app.MapOpenApi().RequireAuthorization(Policies.Public);
app.MapKnownHubsApi();
app.MapPracticesApi();
app.MapAdoptionsApi();
app.MapEndorsementsApi();
app.MapPracticeFeedApi();

app.Run();

public partial class Program;
