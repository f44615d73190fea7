using Hubs.Portal.Auth;
using Hubs.Portal.Components;
using Hubs.Portal.Components.Network;
using Hubs.Portal.Extensions;
using Hubs.Portal.Localization;
using Hubs.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddPortalServices();

var app = builder.Build();

app.UsePortalPipeline();
app.MapDefaultEndpoints();
app.MapStaticAssets();
app.MapCultureSwitch();
app.MapPortalSignIn();
app.MapNetworkEndpoints();
app.MapRazorComponents<App>();

app.Run();

public partial class Program;
