using Hubs.Exchange.Adoptions;
using Hubs.Exchange.Endorsements;
using Hubs.Exchange.Extensions;
using Hubs.Exchange.Feed;
using Hubs.Exchange.KnownHubs;
using Hubs.Exchange.Practices;
using Hubs.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.UseHubsProblemDetails();
app.MapDefaultEndpoints();
// The one document by its literal path: the default {documentName} route answers any other name with a plain-text 404, not a problem.
app.MapOpenApi("/openapi/v1.json").RequireAuthorization(Policies.Public);
app.MapKnownHubsApi();
app.MapPracticesApi();
app.MapAdoptionsApi();
app.MapEndorsementsApi();
app.MapPracticeFeedApi();

app.Run();

public partial class Program;
