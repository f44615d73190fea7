using Hubs.Contracts.Events;
using Hubs.Contracts.Federation;
using Hubs.Contracts.Geography;
using Hubs.Contracts.Taxonomy;

namespace Hubs.Benchmarks.Directory;

/// <summary>
/// An invented network to fill the directory with: the founding hubs and, per hub, experts with made-up names, titles,
/// bios, competencies, languages and availability summaries. Demo data only; the same seed gives the same network.
/// </summary>
internal sealed class DemoNetwork
{
    private static readonly (string HubId, string City, string Province)[] Founding =
    [
        (HubIds.Lomazzo, "Lomazzo", "CO"), (HubIds.Ivrea, "Ivrea", "TO"), (HubIds.Novara, "Novara", "NO"),
        (HubIds.Caserta, "Caserta", "CE"), (HubIds.Trento, "Trento", "TN"), (HubIds.Padova, "Padova", "PD"),
        (HubIds.Bologna, "Bologna", "BO"), (HubIds.Pisa, "Pisa", "PI"), (HubIds.Ancona, "Ancona", "AN"),
        (HubIds.Bari, "Bari", "BA"), (HubIds.Catania, "Catania", "CT"), (HubIds.Cagliari, "Cagliari", "CA"),
    ];

    private static readonly string[] FirstNames =
    [
        "Giulia", "Marco", "Francesca", "Luca", "Chiara", "Alessandro", "Sara", "Matteo", "Elena", "Davide", "Martina",
        "Andrea", "Valentina", "Simone", "Federica", "Lorenzo", "Silvia", "Nicolò", "Beatrice", "Gabriele", "Ilaria",
        "Tommaso", "Anna", "Riccardo", "Paola", "Stefano", "Laura", "Emanuele", "Noemi", "Fabio",
    ];

    private static readonly string[] Surnames =
    [
        "Rossi", "Bianchi", "Ferrari", "Esposito", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti",
        "De Luca", "Mancini", "Costa", "Giordano", "Rizzo", "Lombardi", "Moretti", "Barbieri", "Fontana", "Santoro",
        "Mariani", "Rinaldi", "Caruso", "Ferrara", "Galli", "Martini", "Leone", "Longo", "Gentile", "Martinelli",
        "Vitale", "Lombardo", "Serra", "Coppola", "De Santis", "D'Angelo", "Marchetti", "Parisi", "Villa",
    ];

    private static readonly string[] Titles =
    [
        "Consulente e-commerce", "Esperta di sicurezza informatica", "Data scientist", "Consulente per bandi e finanza agevolata",
        "Energy manager", "Export manager", "Esperto di marketing digitale", "Ingegnere dell'automazione",
        "Controller di gestione", "Consulente di trasformazione digitale", "Digital strategist", "Innovation manager",
    ];

    private static readonly string[] BioOpenings =
    [
        "Accompagna le piccole imprese", "Aiuta artigiani e commercianti", "Segue start-up e PMI", "Affianca imprese familiari",
        "Supports small businesses", "Works with manufacturers",
    ];

    private static readonly string[] BioFocus =
    [
        "nella vendita online e nella logistica.", "a proteggere dati e sistemi.", "a usare i dati per decidere meglio.",
        "nella ricerca di bandi regionali ed europei.", "a ridurre i consumi energetici.", "ad aprirsi ai mercati esteri.",
        "nel passaggio all'industria 4.0 e all'automazione.", "nella pianificazione finanziaria e nel controllo di gestione.",
        "with online sales and marketplaces.", "on cybersecurity and data protection.",
    ];

    private static readonly (string Code, double Share)[] ExtraLanguages = [("en", 0.45), ("de", 0.10), ("fr", 0.10), ("es", 0.05)];

    private DemoNetwork(IReadOnlyList<HubAnnounced> hubs, IReadOnlyList<ExpertPublished> experts, IReadOnlyList<ExpertAvailabilityChanged> availability)
    {
        Hubs = hubs;
        Experts = experts;
        Availability = availability;
    }

    /// <summary>The founding hubs; a larger network adds simulated ones (<c>sim-0013</c>…) in the same provinces, in turn.</summary>
    public const int MaxHubs = 12;

    public IReadOnlyList<HubAnnounced> Hubs { get; }

    /// <summary>Experts interleaved across hubs (hub 1, hub 2, …, hub 1, …), so any prefix spreads over every hub.</summary>
    public IReadOnlyList<ExpertPublished> Experts { get; }

    /// <summary>One summary per expert; about one in ten has no free slot within its horizon.</summary>
    public IReadOnlyList<ExpertAvailabilityChanged> Availability { get; }

    public int ExpertsWithFreeSlot => Availability.Count(a => a.NextFreeBrainstorming is not null);

    /// <summary>Distinct (hub, competencies, languages) combinations: what the directory's facet count groups by.</summary>
    public int FacetGroups => Experts.Select(e => $"{e.HubId}|{string.Join(',', e.Competencies)}|{string.Join(',', e.Languages)}").Distinct(StringComparer.Ordinal).Count();

    public static DemoNetwork Create(int hubCount, int expertsPerHub, DateTimeOffset now, int seed = 2026)
    {
        if (hubCount < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(hubCount), "at least 1 hub");
        }

        var random = new Random(seed);
        var hubs = Enumerable.Range(0, hubCount)
            .Select(i => i < MaxHubs ? Founding[i] : ($"sim-{i + 1:D4}", Founding[i % MaxHubs].City, Founding[i % MaxHubs].Province))
            .Select((h, i) => Announce(h.Item1, h.Item2, h.Item3, i, now))
            .ToList();
        var experts = new List<ExpertPublished>(hubCount * expertsPerHub);
        var availability = new List<ExpertAvailabilityChanged>(hubCount * expertsPerHub);
        for (var n = 0; n < expertsPerHub; n++)
        {
            foreach (var hub in hubs)
            {
                var expert = Expert(hub.HubId, random, now);
                experts.Add(expert);
                availability.Add(Summary(expert, random, now));
            }
        }

        return new DemoNetwork(hubs, experts, availability);
    }

    /// <summary>A heartbeat per hub promising the next beat within the hour, so every hub stays online during the run.</summary>
    public IEnumerable<HubHeartbeat> Heartbeats(DateTimeOffset now) => Hubs.Select(h => new HubHeartbeat
    {
        HubId = h.HubId,
        EventId = Guid.CreateVersion7(now),
        OccurredAt = now,
        Version = 1,
        Interval = TimeSpan.FromHours(1),
    });

    private static HubAnnounced Announce(string hubId, string city, string provinceCode, int index, DateTimeOffset now)
    {
        var province = Provinces.Find(provinceCode) ?? throw new InvalidOperationException($"unknown province {provinceCode}");
        return new HubAnnounced
        {
            HubId = hubId,
            EventId = Guid.CreateVersion7(now),
            OccurredAt = now,
            Version = 1,
            Name = $"{city} Innovation Hub",
            City = city,
            ProvinceCode = provinceCode,
            Latitude = province.Latitude,
            Longitude = province.Longitude,
            Specialties = [.. Enumerable.Range(index, 3).Select(t => Topics.All[t % Topics.All.Count].Code)],
            Languages = ["it", "en"],
            PublicUrl = $"https://{hubId}.hubs.example",
            ContactEmail = $"info@{hubId}.hubs.example",
        };
    }

    private static ExpertPublished Expert(string hubId, Random random, DateTimeOffset now)
    {
        // In the taxonomy's order, as a form with a list of checkboxes would send them.
        var competencies = Topics.All.Select((topic, index) => (topic.Code, index)).OrderBy(_ => random.Next()).Take(random.Next(1, 4))
            .OrderBy(t => t.index).Select(t => t.Code).ToList();
        var languages = new List<string> { "it" };
        languages.AddRange(ExtraLanguages.Where(l => random.NextDouble() < l.Share).Select(l => l.Code));
        return new ExpertPublished
        {
            HubId = hubId,
            EventId = Guid.CreateVersion7(now),
            OccurredAt = now,
            Version = 1,
            ExpertId = Guid.CreateVersion7(now),
            Name = $"{Pick(FirstNames, random)} {Pick(Surnames, random)}",
            Title = Pick(Titles, random),
            Bio = $"{Pick(BioOpenings, random)} {Pick(BioFocus, random)} Dati dimostrativi: persona inventata.",
            Competencies = competencies,
            Languages = languages,
        };
    }

    private static ExpertAvailabilityChanged Summary(ExpertPublished expert, Random random, DateTimeOffset now)
    {
        var free = random.NextDouble() >= 0.1;
        var next = now.AddMinutes(random.Next(60, 30 * 24 * 60));
        return new ExpertAvailabilityChanged
        {
            HubId = expert.HubId,
            EventId = Guid.CreateVersion7(now),
            OccurredAt = now,
            Version = 1,
            ExpertId = expert.ExpertId,
            NextFreeBrainstorming = free ? next : null,
            NextFreeFollowup = free ? next.AddDays(random.Next(0, 10)) : null,
            FreeBrainstormingSlotsNext14Days = free ? random.Next(1, 200) : 0,
            FreeFollowupSlotsNext14Days = free ? random.Next(1, 150) : 0,
        };
    }

    private static string Pick(string[] items, Random random) => items[random.Next(items.Length)];
}
