using Hubs.Directory.Experts;
using Hubs.Directory.HubAccess;
using Microsoft.Extensions.Options;

namespace Hubs.Directory.Referrals;

/// <summary>
/// The optional live part of a referral: the candidate hubs are asked at once for their free brainstormings
/// (<see cref="HubLiveClient"/>), and whatever arrives within <see cref="HubLiveOptions.Budget"/> replaces the stored
/// summaries of the experts it covers. A hub that fails, is slow or has its circuit open simply keeps its summaries;
/// the referral never waits longer than the budget. Hubs the directory has no way to reach are not asked.
/// </summary>
public sealed class LiveAvailability(IServiceProvider services, IOptions<HubLiveOptions> options, ILogger<LiveAvailability> logger)
{
    public const string Brainstorming = "brainstorming";

    /// <summary>The answers per hub id, for the hubs that answered in time.</summary>
    /// <param name="matching">By hub id, what its experts offer the request: each hub is asked about the first requested topic one of them covers.</param>
    public async Task<IReadOnlyDictionary<string, LiveAnswer>> FetchAsync(
        IReadOnlyDictionary<string, ExpertMatch> matching, CancellationToken cancellationToken)
    {
        // A typed client per referral: its handler comes from the factory's pool (the desk itself lives for the process).
        var client = services.GetRequiredService<HubLiveClient>();
        var asked = matching
            .Where(m => client.CanReach(m.Key) && m.Value.Covered.Count > 0)
            .Select(m => (HubId: m.Key, Topic: m.Value.Covered[0]))
            .ToList();
        if (asked.Count == 0)
        {
            return new Dictionary<string, LiveAnswer>();
        }

        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(options.Value.Budget);
        var answers = await Task.WhenAll(asked.Select(async h =>
        {
            try
            {
                var slots = await client.FreeSlotsAsync(h.HubId, Brainstorming, h.Topic, budget.Token);
                return (h.HubId, Answer: new LiveAnswer(h.Topic, [.. slots.OrderBy(s => s.Start).ThenBy(s => s.ExpertId)]));
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                // Expected for a slow or dead hub: its summaries stand in.
                logger.LogInformation("Hub {HubId} gave no live slots for a referral ({Reason}); using its summaries", h.HubId, ex.GetType().Name);
                return (h.HubId, Answer: (LiveAnswer?)null);
            }
        }));
        return answers.Where(a => a.Answer is not null).ToDictionary(a => a.HubId, a => a.Answer!, StringComparer.Ordinal);
    }

    /// <summary>
    /// One hub's matching experts with its live answer applied: an expert covering the topic the hub was asked about takes
    /// its earliest live slot as its next free brainstorming (none if the hub offered none); the others keep their summaries.
    /// </summary>
    public static IEnumerable<ExpertRecord> Apply(IEnumerable<ExpertRecord> experts, LiveAnswer answer, DateTimeOffset now) =>
        experts.Select(e => e.Competencies.Contains(answer.Topic, StringComparer.Ordinal) ? Fresh(e, answer, now) : e);

    private static ExpertRecord Fresh(ExpertRecord expert, LiveAnswer answer, DateTimeOffset now)
    {
        var first = answer.Slots.FirstOrDefault(s => s.ExpertId == expert.ExpertId)?.Start;
        var summary = expert.Availability ?? new AvailabilitySummary
        {
            Version = 0,
            FreeBrainstormingSlotsNext14Days = 0,
            FreeFollowupSlotsNext14Days = 0,
            SummarisedAt = now,
        };
        return expert with { Availability = summary with { NextFreeBrainstorming = first } };
    }
}
