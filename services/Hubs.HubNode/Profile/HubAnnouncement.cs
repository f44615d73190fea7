using Hubs.Contracts.Events;
using Hubs.ServiceDefaults.Outbox;
using Microsoft.Extensions.Options;

namespace Hubs.HubNode.Profile;

/// <summary>
/// On start, stores the configured profile (a new version when it differs from the stored one) and puts a
/// <see cref="HubAnnounced"/> in the outbox, so the announcement survives a broker outage. It is written on every
/// start, changed or not: the directory ignores a version it already has.
/// </summary>
public sealed class HubAnnouncement(IHubProfileStore store, OutboxSignal outbox, IOptions<HubOptions> options, TimeProvider time, ILogger<HubAnnouncement> logger)
    : IHostedService
{
    private const int Attempts = 3;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var profile = HubProfile.From(options.Value);
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var stored = await store.GetAsync(profile.Id, cancellationToken);
            var version = stored switch
            {
                null => 1,
                _ when stored.Profile.SameAs(profile) => stored.Version,
                _ => stored.Version + 1,
            };

            if (await store.SaveAsync(profile, version, stored?.Version ?? 0, OutboxMessage.For(Announced(profile, version)), cancellationToken))
            {
                outbox.Notify();
                logger.LogInformation("Hub {HubId} announces profile version {Version}", profile.Id, version);
                return;
            }
        }

        throw new InvalidOperationException($"The profile of hub {profile.Id} kept changing under this node while it started.");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private HubAnnounced Announced(HubProfile profile, long version)
    {
        var now = time.GetUtcNow();
        return new HubAnnounced
        {
            HubId = profile.Id,
            EventId = Guid.CreateVersion7(now),
            OccurredAt = now,
            Version = version,
            Name = profile.Name,
            City = profile.City,
            ProvinceCode = profile.ProvinceCode,
            Latitude = profile.Latitude,
            Longitude = profile.Longitude,
            Specialties = profile.Specialties,
            Languages = profile.Languages,
            PublicUrl = profile.PublicUrl,
            ContactEmail = profile.ContactEmail,
            NodeUrl = profile.NodeUrl,
        };
    }
}
