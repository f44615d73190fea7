using System.Collections.Concurrent;
using System.Text.Json;
using Dapper;
using Hubs.Directory.Registry;
using Hubs.Directory.Storage.Sqlite;
using Hubs.ServiceDefaults.Storage;
using Microsoft.Data.Sqlite;

namespace Hubs.Directory.Storage.ReadModel;

/// <summary>
/// The listed experts and the hubs in memory, so searches and referrals are answered without scanning SQLite
/// (decision 0017). SQLite stays the store of record: every write, once committed, marks what it changed; a read first
/// reloads what is marked, by primary key, then answers from memory. So every answer reflects every write that
/// completed before the read began. Assumes one directory process per store file (decision 0016).
/// </summary>
public sealed class DirectoryReadModel(SqliteDatabase database) : IDisposable
{
    // Enough keys per statement to amortise it, few enough that a refresh never holds a connection for long.
    private const int KeysPerRead = 500;

    private const string ExpertColumns = $"{SqliteExpertDirectory.Columns}, e.search_text AS SearchText, e.sort_name AS SortName";

    private const string ExpertFrom = """
        experts AS e
        LEFT JOIN expert_availability AS a ON a.hub_id = e.hub_id AND a.expert_id = e.expert_id
        """;

    private readonly ConcurrentDictionary<ExpertKey, byte> _dirtyExperts = new();
    private readonly ConcurrentDictionary<string, byte> _dirtyHubExperts = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _refresh = new(1, 1);

    // Touched only while holding _refresh.
    private readonly Dictionary<ExpertKey, ListedExpert> _byKey = [];
    private readonly SortedSet<ListedExpert> _ordered = new(ListedOrder.Instance);
    private readonly FacetCodes _codes = new();
    private readonly FacetCodes _words = new();
    private readonly Dictionary<string, HashSet<ListedExpert>> _ofHub = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HubAggregate> _aggregates = new(StringComparer.Ordinal);
    private readonly HashSet<string> _hubsTouched = new(StringComparer.Ordinal);

    private int _hubsDirty;
    private long _marked;
    private long _applied = -1;
    private DirectoryView? _view;

    /// <summary>An expert's profile, tombstone or summary was committed.</summary>
    public void ExpertChanged(string hubId, Guid expertId)
    {
        _dirtyExperts[new ExpertKey(hubId, StoredValues.Id(expertId))] = 0;
        Interlocked.Increment(ref _marked);
    }

    /// <summary>Experts of <paramref name="hubId"/> were removed by keys not known here (a resync).</summary>
    public void HubExpertsChanged(string hubId)
    {
        _dirtyHubExperts[hubId] = 0;
        Interlocked.Increment(ref _marked);
    }

    /// <summary>A hub's profile, heartbeat or membership was committed.</summary>
    public void HubsChanged()
    {
        Volatile.Write(ref _hubsDirty, 1);
        Interlocked.Increment(ref _marked);
    }

    /// <summary>The directory with every change marked before this call applied; loads everything on first use.</summary>
    internal async ValueTask<DirectoryView> ReadAsync(CancellationToken cancellationToken = default)
    {
        var wanted = Interlocked.Read(ref _marked);
        if (Interlocked.Read(ref _applied) >= wanted && Volatile.Read(ref _view) is { } current)
        {
            return current;
        }

        await _refresh.WaitAsync(cancellationToken);
        try
        {
            // Another reader's refresh may have covered this one's changes while it waited.
            if (Interlocked.Read(ref _applied) >= wanted && _view is { } fresh)
            {
                return fresh;
            }

            // Marks counted here were made after their commit, so the reads below, which start after the marks are
            // taken, see those commits. Marks made later stay for the next refresh. The refresh serves every reader
            // waiting for it: one reader giving up must not cancel it for the others.
            var upTo = Interlocked.Read(ref _marked);
            var view = _view is null
                ? await LoadAllAsync(CancellationToken.None)
                : await RefreshAsync(_view, CancellationToken.None);
            Volatile.Write(ref _view, view);
            Interlocked.Exchange(ref _applied, upTo);
            return view;
        }
        finally
        {
            _refresh.Release();
        }
    }

    private async Task<DirectoryView> LoadAllAsync(CancellationToken cancellationToken)
    {
        Volatile.Write(ref _hubsDirty, 0);
        _dirtyExperts.Clear();
        _dirtyHubExperts.Clear();

        await using var connection = await database.OpenAsync(cancellationToken);
        var hubs = await LoadHubsAsync(connection, cancellationToken);
        var rows = await connection.QueryAsync<ExpertRow>(new CommandDefinition(
            $"SELECT {ExpertColumns} FROM {ExpertFrom} WHERE e.retired = 0", cancellationToken: cancellationToken));
        _byKey.Clear();
        _ordered.Clear();
        _ofHub.Clear();
        _aggregates.Clear();
        foreach (var row in rows)
        {
            Add(ListedExpert.From(row, _codes, _words));
        }

        return new DirectoryView([.. _ordered], hubs, _codes, _words, Aggregates());
    }

    private async Task<DirectoryView> RefreshAsync(DirectoryView view, CancellationToken cancellationToken)
    {
        var hubsChanged = Interlocked.Exchange(ref _hubsDirty, 0) == 1;
        var hubsWide = Drain(_dirtyHubExperts);
        var keys = Drain(_dirtyExperts);
        try
        {
            return await ReloadAsync(view, hubsChanged, hubsWide, keys, cancellationToken);
        }
        catch
        {
            // The store could not be read: what was drained is marked again, so the next read reloads it (what was
            // already applied to the sets is reloaded over).
            if (hubsChanged)
            {
                Volatile.Write(ref _hubsDirty, 1);
            }

            hubsWide.ForEach(hubId => _dirtyHubExperts[hubId] = 0);
            keys.ForEach(key => _dirtyExperts[key] = 0);
            throw;
        }
    }

    private async Task<DirectoryView> ReloadAsync(
        DirectoryView view, bool hubsChanged, List<string> hubsWide, List<ExpertKey> keys, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        if (hubsChanged)
        {
            view = new DirectoryView(view.Listed, await LoadHubsAsync(connection, cancellationToken), _codes, _words, view.ByHub);
        }

        if (hubsWide.Count == 0 && keys.Count == 0)
        {
            return view;
        }

        foreach (var hubId in hubsWide)
        {
            foreach (var key in _ofHub.GetValueOrDefault(hubId)?.Select(e => e.Key).ToList() ?? [])
            {
                Remove(key);
            }

            var rows = await connection.QueryAsync<ExpertRow>(new CommandDefinition(
                $"SELECT {ExpertColumns} FROM {ExpertFrom} WHERE e.hub_id = @hubId AND e.retired = 0",
                new { hubId }, cancellationToken: cancellationToken));
            foreach (var row in rows)
            {
                Remove(new ExpertKey(row.HubId, row.ExpertId));
                Add(ListedExpert.From(row, _codes, _words));
            }
        }

        foreach (var batch in keys.Chunk(KeysPerRead))
        {
            // CROSS JOIN keeps the key list as the outer loop, so each key is one primary-key lookup.
            var rows = await connection.QueryAsync<ExpertRow>(new CommandDefinition(
                $"""
                SELECT {ExpertColumns} FROM json_each(@keys) AS k
                CROSS JOIN experts AS e ON e.hub_id = json_extract(k.value, '$[0]') AND e.expert_id = json_extract(k.value, '$[1]')
                LEFT JOIN expert_availability AS a ON a.hub_id = e.hub_id AND a.expert_id = e.expert_id
                """,
                new { keys = JsonSerializer.Serialize(batch.Select(k => new[] { k.HubId, k.ExpertId })) },
                cancellationToken: cancellationToken));
            foreach (var key in batch)
            {
                Remove(key);
            }

            // A key without a row (never published, or removed) or with a tombstone simply stays out.
            foreach (var row in rows.Where(r => r.Retired == 0))
            {
                Add(ListedExpert.From(row, _codes, _words));
            }
        }

        return new DirectoryView([.. _ordered], view.Hubs, _codes, _words, Aggregates());
    }

    private static async Task<HubRecord[]> LoadHubsAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync<HubRow>(new CommandDefinition(
            $"SELECT {SqliteHubRegistry.Columns} FROM hubs ORDER BY hub_id", cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToRecord())];
    }

    private static List<T> Drain<T>(ConcurrentDictionary<T, byte> dirty) where T : notnull
    {
        var drained = new List<T>();
        foreach (var key in dirty.Keys)
        {
            if (dirty.TryRemove(key, out _))
            {
                drained.Add(key);
            }
        }

        return drained;
    }

    /// <summary>
    /// The aggregates with those of the hubs whose experts changed since the last call made again: a hub's aggregate is
    /// remade only when one of its own experts changed, so a change at one hub costs that hub, not the network.
    /// </summary>
    private Dictionary<string, HubAggregate> Aggregates()
    {
        foreach (var hubId in _hubsTouched)
        {
            if (_ofHub.TryGetValue(hubId, out var experts) && experts.Count > 0)
            {
                _aggregates[hubId] = new HubAggregate([.. experts]);
            }
            else
            {
                _ofHub.Remove(hubId);
                _aggregates.Remove(hubId);
            }
        }

        _hubsTouched.Clear();
        return new Dictionary<string, HubAggregate>(_aggregates, StringComparer.Ordinal);
    }

    private void Add(ListedExpert expert)
    {
        _byKey[expert.Key] = expert;
        _ordered.Add(expert);
        if (!_ofHub.TryGetValue(expert.HubId, out var experts))
        {
            _ofHub[expert.HubId] = experts = [];
        }

        experts.Add(expert);
        _hubsTouched.Add(expert.HubId);
    }

    private void Remove(ExpertKey key)
    {
        if (_byKey.Remove(key, out var old))
        {
            _ordered.Remove(old);
            _ofHub[old.HubId].Remove(old);
            _hubsTouched.Add(old.HubId);
        }
    }

    public void Dispose() => _refresh.Dispose();
}
