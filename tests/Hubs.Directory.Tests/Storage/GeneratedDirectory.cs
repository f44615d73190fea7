using Hubs.Contracts.Taxonomy;
using Hubs.Directory.Tests.Infrastructure;

namespace Hubs.Directory.Tests.Storage;

/// <summary>
/// A seeded directory for the read model's equivalence tests, written through the stores as the projection writes it:
/// accented and repeated names, repeated codes, suspended and unknown hubs, tombstones, missing summaries; then a round
/// of changes (retirements, republishes, summaries, suspension, readmission, a resync removal).
/// </summary>
public sealed class GeneratedDirectory(ReadModelStores stores, Random random)
{
    public static readonly string[] LanguagePool = ["it", "en", "de", "fr"];
    public static readonly string[] Provinces = ["CO", "MI", "TO", "NA", "RM", "BA", "PA", "CO"];

    private static readonly string[] FirstNames = ["Nicolò", "nicola", "Ánna", "Anna", "Zoë", "ada", "Ada", "Bruno", "Élodie", "Luca", "luca"];
    private static readonly string[] Surnames = ["Rossi", "Bianchi", "D'Amico", "Ferrari", "Esposito", "Ràzzoli"];
    private static readonly string[] Titles = ["Consulente", "Esperta di sicurezza", "Ingegnere energetico", "Data scientist"];
    private static readonly string[] Bios = ["Aiuta le piccole imprese.", "Lavora con l'industria 4.0", "Bandi, finanza; export!", "Cyber  security e dati"];

    private readonly Dictionary<(string Hub, Guid Id), long> _versions = [];

    /// <summary>Announced hubs first (by <see cref="Provinces"/>), then one only heard beating and one never heard of.</summary>
    public List<string> Hubs { get; } = [];

    /// <summary>Free slots on whole days only, so that many experts tie on their earliest slot and names and ids decide.</summary>
    public bool WholeDays { get; init; }

    public async Task GenerateAsync(int experts = 600)
    {
        for (var i = 0; i < Provinces.Length; i++)
        {
            var hub = $"eq{i}-" + Make.HubId();
            Hubs.Add(hub);
            await stores.Hubs.ApplyAnnouncementAsync(Make.Announced(hub, 1, provinceCode: Provinces[i]));
        }

        // A hub only heard beating (no province) and one the registry never heard of: their experts still list.
        var placeholder = "eqbeat-" + Make.HubId();
        await stores.Hubs.ApplyHeartbeatAsync(Make.Heartbeat(placeholder, 1, Make.Epoch), Make.Epoch);
        Hubs.Add(placeholder);
        Hubs.Add("eqnone-" + Make.HubId());
        await stores.Hubs.SetSuspendedAsync(Hubs[3], suspended: true);

        for (var i = 0; i < experts; i++)
        {
            var hub = Hubs[random.Next(Hubs.Count)];
            await PublishAsync(hub, Guid.NewGuid());
        }
    }

    public async Task ChangeAsync()
    {
        var keys = _versions.Keys.ToList();
        foreach (var (hub, id) in keys.Where((_, i) => i % 7 == 0))
        {
            await stores.Experts.ApplyRetiredAsync(Make.Retired(hub, id, NextVersion(hub, id)));
        }

        foreach (var (hub, id) in keys.Where((_, i) => i % 5 == 1))
        {
            await PublishAsync(hub, id);
        }

        foreach (var (hub, id) in keys.Where((_, i) => i % 3 == 2))
        {
            await stores.Experts.ApplyAvailabilityAsync(Make.Availability(hub, id, 100 + random.Next(1000), NextFree()));
        }

        await stores.Hubs.SetSuspendedAsync(Hubs[3], suspended: false);
        await stores.Hubs.SetSuspendedAsync(Hubs[5], suspended: true);
        await stores.Hubs.ApplyAnnouncementAsync(Make.Announced(Hubs[0], 2, provinceCode: "BA"));

        // A snapshot of hub 1 that holds only its first expert: the others, last changed before it, go.
        var hubOne = keys.Where(k => k.Hub == Hubs[1]).ToList();
        Assert.NotEmpty(hubOne);
        var removed = await stores.Resync.RemoveAbsentExpertsAsync(Hubs[1], [hubOne[0].Id], Make.Epoch.AddYears(1));
        Assert.True(removed > 0);
    }

    private async Task PublishAsync(string hub, Guid id)
    {
        var competencies = Enumerable.Range(0, random.Next(1, 4)).Select(_ => Topics.All[random.Next(Topics.All.Count)].Code).ToArray();
        var languages = Enumerable.Range(0, random.Next(1, 3)).Select(_ => LanguagePool[random.Next(LanguagePool.Length)]).ToArray();
        var name = $"{FirstNames[random.Next(FirstNames.Length)]} {Surnames[random.Next(Surnames.Length)]}";
        var version = NextVersion(hub, id);
        await stores.Experts.ApplyPublishedAsync(Make.Published(
            hub, id, version, name, Titles[random.Next(Titles.Length)], Bios[random.Next(Bios.Length)], competencies, languages));
        if (random.Next(10) < 7)
        {
            await stores.Experts.ApplyAvailabilityAsync(Make.Availability(hub, id, version, NextFree()));
        }
    }

    private long NextVersion(string hub, Guid id) => _versions[(hub, id)] = _versions.GetValueOrDefault((hub, id)) + 1;

    private DateTimeOffset? NextFree() =>
        random.Next(6) == 0 ? null
        : WholeDays ? Make.Epoch.AddDays(random.Next(5))
        : Make.Epoch.AddHours(random.Next(24 * 30)).AddTicks(random.Next(10_000_000));
}
