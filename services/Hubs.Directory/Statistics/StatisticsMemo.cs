using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Hubs.Directory.Statistics;

/// <summary>
/// The last statistics answer per period and day, kept while nothing the figures count has changed (decision 0029):
/// watchers polling an unchanged network get their 304 from a lookup instead of the statistics queries. Every store
/// write the figures read from calls <see cref="Changed"/>; an answer older than <see cref="MaxAge"/> is computed again
/// all the same, so a write that forgot to say so shows within that time.
/// </summary>
public sealed class StatisticsMemo(TimeProvider clock, IOptions<DirectoryOptions> options)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(60);

    // A handful of periods are watched at once; past this many the memo starts over rather than grow.
    private const int MaxPeriods = 64;

    private readonly ConcurrentDictionary<(DatePeriod Period, DateOnly Today), Answer> _answers = new();
    private long _generation;

    /// <summary>Something the figures count was written.</summary>
    public void Changed() => Interlocked.Increment(ref _generation);

    /// <summary>The answer for the period on <paramref name="today"/>: the kept one, or <paramref name="compute"/>'s, then kept.</summary>
    public async Task<(byte[] Body, string Tag)> GetAsync(DatePeriod period, DateOnly today, Func<Task<byte[]>> compute)
    {
        // Read before computing: a write during the computation makes the kept answer out of date at once, never hidden.
        var generation = Interlocked.Read(ref _generation);
        var now = clock.GetUtcNow();
        if (options.Value.KeepStatistics && _answers.TryGetValue((period, today), out var kept) && kept.Generation == generation && now - kept.At < MaxAge)
        {
            return (kept.Body, kept.Tag);
        }

        var body = await compute();
        var answer = new Answer(generation, now, body, Hubs.ServiceDefaults.Http.EntityTags.Of(body));
        if (_answers.Count >= MaxPeriods)
        {
            _answers.Clear();
        }

        _answers[(period, today)] = answer;
        return (answer.Body, answer.Tag);
    }

    private sealed record Answer(long Generation, DateTimeOffset At, byte[] Body, string Tag);
}
