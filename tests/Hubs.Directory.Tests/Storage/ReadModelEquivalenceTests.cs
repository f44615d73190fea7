using System.Text.Json;
using Hubs.Contracts.Taxonomy;
using Hubs.Directory.Experts;
using Hubs.Directory.Tests.Infrastructure;
using Hubs.ServiceDefaults.Search;

namespace Hubs.Directory.Tests.Storage;

/// <summary>
/// The in-memory read model answers exactly as the SQL adapter does: a generated directory (accented and repeated names,
/// repeated codes, suspended and unknown hubs, tombstones, missing summaries) and hundreds of generated searches, compared
/// item by item with totals and facets, before and after a round of changes (retirements, republishes, summaries,
/// suspension, readmission, a resync removal) that the read model must pick up.
/// </summary>
public sealed class ReadModelEquivalenceTests : IAsyncLifetime
{
    private static readonly string[] FirstNames = ["Nicolò", "nicola", "Ánna", "Anna", "Zoë", "ada", "Ada", "Bruno", "Élodie", "Luca", "luca"];
    private static readonly string[] Surnames = ["Rossi", "Bianchi", "D'Amico", "Ferrari", "Esposito", "Ràzzoli"];
    private static readonly string[] Titles = ["Consulente", "Esperta di sicurezza", "Ingegnere energetico", "Data scientist"];
    private static readonly string[] Bios = ["Aiuta le piccole imprese.", "Lavora con l'industria 4.0", "Bandi, finanza; export!", "Cyber  security e dati"];
    private static readonly string[] LanguagePool = ["it", "en", "de", "fr"];
    private static readonly string[] Queries = ["ross", "nicolo", "NICOLÒ", "sicurezza", "cyber", "ada", "energ", "consul", "zzz", "a", "d'amico", "luca rossi", "export!", "dati"];
    private static readonly string[] Provinces = ["CO", "MI", "TO", "NA", "RM", "BA", "PA", "CO"];

    private Random _random = new(0);
    private int _textEvery = 3;
    private readonly List<string> _hubs = [];
    private readonly Dictionary<(string Hub, Guid Id), long> _versions = [];
    private ReadModelStores _stores = null!;

    public async Task InitializeAsync() => _stores = await ReadModelStores.CreateAsync();

    public async Task DisposeAsync() => await _stores.DisposeAsync();

    [Theory]
    [InlineData(20261124)]
    [InlineData(17)]
    [InlineData(4242)]
    public async Task Generated_searches_answer_the_same_from_memory_as_from_sql_before_and_after_changes(int seed)
    {
        _random = new Random(seed);
        await GenerateDirectoryAsync();
        var compared = await CompareSearchesAsync(300);

        await ChangeDirectoryAsync();
        compared += await CompareSearchesAsync(300);

        // The generator must have produced searches that find something, or the comparison proves little.
        Assert.True(compared > 200, $"only {compared} of 600 searches found any expert");
    }

    /// <summary>Every search with a text term: the read model answers those from its word postings, not by reading every expert.</summary>
    [Theory]
    [InlineData(20261203)]
    [InlineData(99)]
    public async Task Text_searches_answer_the_same_from_the_word_postings_as_from_sql_before_and_after_changes(int seed)
    {
        _random = new Random(seed);
        _textEvery = 1;
        await GenerateDirectoryAsync();
        var compared = await CompareSearchesAsync(300);

        await ChangeDirectoryAsync();
        compared += await CompareSearchesAsync(300);

        Assert.True(compared > 100, $"only {compared} of 600 text searches found any expert");
    }

    private async Task GenerateDirectoryAsync()
    {
        for (var i = 0; i < Provinces.Length; i++)
        {
            var hub = $"eq{i}-" + Make.HubId();
            _hubs.Add(hub);
            await _stores.Hubs.ApplyAnnouncementAsync(Make.Announced(hub, 1, provinceCode: Provinces[i]));
        }

        // A hub only heard beating (no province) and one the registry never heard of: their experts still list.
        var placeholder = "eqbeat-" + Make.HubId();
        await _stores.Hubs.ApplyHeartbeatAsync(Make.Heartbeat(placeholder, 1, Make.Epoch), Make.Epoch);
        _hubs.Add(placeholder);
        _hubs.Add("eqnone-" + Make.HubId());
        await _stores.Hubs.SetSuspendedAsync(_hubs[3], suspended: true);

        for (var i = 0; i < 600; i++)
        {
            var hub = _hubs[_random.Next(_hubs.Count)];
            await PublishAsync(hub, Guid.NewGuid());
        }
    }

    private async Task ChangeDirectoryAsync()
    {
        var keys = _versions.Keys.ToList();
        foreach (var (hub, id) in keys.Where((_, i) => i % 7 == 0))
        {
            await _stores.Experts.ApplyRetiredAsync(Make.Retired(hub, id, NextVersion(hub, id)));
        }

        foreach (var (hub, id) in keys.Where((_, i) => i % 5 == 1))
        {
            await PublishAsync(hub, id);
        }

        foreach (var (hub, id) in keys.Where((_, i) => i % 3 == 2))
        {
            await _stores.Experts.ApplyAvailabilityAsync(Make.Availability(hub, id, 100 + _random.Next(1000), NextFree()));
        }

        await _stores.Hubs.SetSuspendedAsync(_hubs[3], suspended: false);
        await _stores.Hubs.SetSuspendedAsync(_hubs[5], suspended: true);
        await _stores.Hubs.ApplyAnnouncementAsync(Make.Announced(_hubs[0], 2, provinceCode: "BA"));

        // A snapshot of hub 1 that holds only its first expert: the others, last changed before it, go.
        var hubOne = keys.Where(k => k.Hub == _hubs[1]).ToList();
        Assert.NotEmpty(hubOne);
        var removed = await _stores.Resync.RemoveAbsentExpertsAsync(_hubs[1], [hubOne[0].Id], Make.Epoch.AddYears(1));
        Assert.True(removed > 0);
    }

    private async Task PublishAsync(string hub, Guid id)
    {
        var competencies = Enumerable.Range(0, _random.Next(1, 4)).Select(_ => Topics.All[_random.Next(Topics.All.Count)].Code).ToArray();
        var languages = Enumerable.Range(0, _random.Next(1, 3)).Select(_ => LanguagePool[_random.Next(LanguagePool.Length)]).ToArray();
        var name = $"{FirstNames[_random.Next(FirstNames.Length)]} {Surnames[_random.Next(Surnames.Length)]}";
        var version = NextVersion(hub, id);
        await _stores.Experts.ApplyPublishedAsync(Make.Published(
            hub, id, version, name, Titles[_random.Next(Titles.Length)], Bios[_random.Next(Bios.Length)], competencies, languages));
        if (_random.Next(10) < 7)
        {
            await _stores.Experts.ApplyAvailabilityAsync(Make.Availability(hub, id, version, NextFree()));
        }
    }

    private long NextVersion(string hub, Guid id) => _versions[(hub, id)] = _versions.GetValueOrDefault((hub, id)) + 1;

    private DateTimeOffset? NextFree() =>
        _random.Next(6) == 0 ? null : Make.Epoch.AddHours(_random.Next(24 * 30)).AddTicks(_random.Next(10_000_000));

    private async Task<int> CompareSearchesAsync(int count)
    {
        var found = 0;
        for (var i = 0; i < count; i++)
        {
            var search = NextSearch();
            var expected = Describe(await _stores.Reference.SearchAsync(search));
            var actual = Describe(await _stores.Experts.SearchAsync(search));
            Assert.True(expected == actual, $"search {JsonSerializer.Serialize(search)}\nSQL:    {expected}\nmemory: {actual}");
            found += expected.Contains("\"Total\":0,", StringComparison.Ordinal) ? 0 : 1;

            var topics = search.Topics.Count > 0 ? search.Topics : [Topics.All[i % Topics.All.Count].Code];
            Assert.Equal(Json(await _stores.Reference.ListByTopicsAsync([.. topics])), Json(await _stores.Experts.ListByTopicsAsync([.. topics])));
        }

        Assert.Equal(
            (await _stores.Reference.CountByHubAsync()).OrderBy(c => c.Key, StringComparer.Ordinal),
            (await _stores.Experts.CountByHubAsync()).OrderBy(c => c.Key, StringComparer.Ordinal));
        return found;
    }

    private ExpertSearch NextSearch()
    {
        var regions = new[] { "Lombardia", "Piemonte", "Campania", "Puglia", "Lazio", "Sicilia", "Veneto" };
        return new ExpertSearch
        {
            Topics = [.. Enumerable.Range(0, Pick(3)).Select(_ => Topics.All[_random.Next(Topics.All.Count)].Code).Distinct()],
            HubId = Pick(4) == 0 ? _hubs[_random.Next(_hubs.Count)] : null,
            Language = Pick(4) == 0 ? LanguagePool[_random.Next(LanguagePool.Length)] : null,
            Region = Pick(4) == 0 ? regions[_random.Next(regions.Length)] : null,
            ProvinceCode = Pick(6) == 0 ? Provinces[_random.Next(Provinces.Length)] : null,
            FreeBy = Pick(4) == 0 ? Make.Epoch.AddHours(_random.Next(24 * 30)) : null,
            Terms = SearchText.Terms(Pick(_textEvery) == 0 ? Queries[_random.Next(Queries.Length)] : null),
            Page = 1 + Pick(4),
            PageSize = 1 + _random.Next(50),
        };
    }

    private int Pick(int n) => _random.Next(n);

    private static string Describe(ExpertSearchResult result) =>
        JsonSerializer.Serialize(new { result.Total, result.Facets, Items = result.Items.Select(Json) });

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);
}
