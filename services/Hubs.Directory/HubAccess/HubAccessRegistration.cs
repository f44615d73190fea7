using System.Text.Json;
using Dapr.Client;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hubs.Directory.HubAccess;

public static class HubAccessRegistration
{
    /// <summary>
    /// The typed <see cref="HubLiveClient"/> with its per-hub pipelines, the hubs' addresses (section <c>Directory</c>),
    /// the time budget and breaker settings (section <c>HubLive</c>), and a Dapr client when <c>Dapr:Enabled</c>.
    /// </summary>
    public static IHostApplicationBuilder AddHubAccess(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<HubAddressOptions>().Bind(builder.Configuration.GetSection(DirectoryOptions.Section));
        builder.Services.AddOptions<DaprOptions>().Bind(builder.Configuration.GetSection(DaprOptions.Section));
        builder.Services.AddOptions<HubLiveOptions>()
            .Bind(builder.Configuration.GetSection(HubLiveOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton<HubCircuits>();

        // The service defaults give every HttpClient the standard resilience handler (retries, 10 s attempts): here the
        // per-hub pipeline is the only one, so a slow hub costs one short timeout, never a retry.
#pragma warning disable EXTEXP0001 // RemoveAllResilienceHandlers is marked for evaluation; it is the documented way to opt one client out of the defaults.
        builder.Services.AddHttpClient<HubLiveClient>(http => http.Timeout = Timeout.InfiniteTimeSpan)
            .RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001

        if (builder.Configuration.GetValue<bool>($"{DaprOptions.Section}:{nameof(DaprOptions.Enabled)}"))
        {
            builder.Services.TryAddSingleton(_ => new DaprClientBuilder()
                .UseJsonSerializationOptions(new JsonSerializerOptions(JsonSerializerDefaults.Web))
                .Build());
        }

        return builder;
    }
}
