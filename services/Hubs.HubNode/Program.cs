using Hubs.HubNode.Extensions;
using Hubs.HubNode.Profile;
using Hubs.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.UseHubsProblemDetails();
app.MapDefaultEndpoints();
// The one document by its literal path: the default {documentName} route answers any other name with a plain-text 404, not a problem.
app.MapOpenApi("/openapi/v1.json").RequireAuthorization(Policies.Public);
app.MapHubApi();

app.Run();

public partial class Program;
