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
    private static readonly string[] Queries = ["ross", "nicolo", "NICOLÒ", "sicurezza", "cyber", "ada", "energ", "consul", "zzz", "a", "d'amico", "luca rossi", "export!", "dati"];
    private Random _random = new(0);
    private int _textEvery = 3;
    private GeneratedDirectory _directory = null!;
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
        _directory = new GeneratedDirectory(_stores, _random);
        await _directory.GenerateAsync();
        var compared = await CompareSearchesAsync(300);

        await _directory.ChangeAsync();
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
        _directory = new GeneratedDirectory(_stores, _random);
        await _directory.GenerateAsync();
        var compared = await CompareSearchesAsync(300);

        await _directory.ChangeAsync();
        compared += await CompareSearchesAsync(300);

        Assert.True(compared > 100, $"only {compared} of 600 text searches found any expert");
    }

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
            HubId = Pick(4) == 0 ? _directory.Hubs[_random.Next(_directory.Hubs.Count)] : null,
            Language = Pick(4) == 0 ? GeneratedDirectory.LanguagePool[_random.Next(GeneratedDirectory.LanguagePool.Length)] : null,
            Region = Pick(4) == 0 ? regions[_random.Next(regions.Length)] : null,
            ProvinceCode = Pick(6) == 0 ? GeneratedDirectory.Provinces[_random.Next(GeneratedDirectory.Provinces.Length)] : null,
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
