using Hubs.Directory.Experts;
using Hubs.Directory.Registry;
using Hubs.Directory.Statistics;
using Microsoft.Extensions.Options;

namespace Hubs.Directory.Referrals;

/// <summary>
/// Answers a referral request: validates it against the directory, ranks the hubs (<see cref="ReferralRanking"/>) and
/// records the referral anonymously for the statistics.
/// </summary>
public sealed class ReferralDesk(
    IHubRegistry registry,
    IExpertDirectory experts,
    IConsultationFacts consultations,
    IReferralLog log,
    HubLiveness liveness,
    LiveAvailability live,
    TimeProvider clock,
    IOptions<ReferralOptions> options,
    ILogger<ReferralDesk> logger)
{
    public async Task<(ReferralResult? Result, Dictionary<string, string[]> Errors)> ReferAsync(
        ReferralInput input, CancellationToken cancellationToken)
    {
        var hubs = (await registry.ListAsync(cancellationToken)).Where(h => h.IsAnnounced).ToDictionary(h => h.HubId, StringComparer.Ordinal);
        var errors = ReferralValidation.Validate(input, hubs.ContainsKey, out var request);
        if (request is null)
        {
            return (null, errors);
        }

        var now = clock.GetUtcNow();
        var today = NetworkCalendar.Today(clock);
        // Today is left out of the load, so asking again today gives the same ranking (this referral counts from tomorrow).
        var window = new DatePeriod(today.AddDays(-options.Value.LoadWindowDays), today.AddDays(-1));
        var referred = await log.CountFirstRankedByHubAsync(window, cancellationToken);
        var consulted = await consultations.CountByHubAsync(window, cancellationToken);
        var listed = await experts.CountByHubAsync(cancellationToken);
        // What each hub's experts offer, read from the hubs' aggregates rather than expert by expert.
        var matching = (await experts.MatchByHubAsync(request.Topics, request.Language, cancellationToken))
            .Where(m => hubs.ContainsKey(m.Key) && m.Key != request.Referrer?.HubId)
            .ToDictionary(m => m.Key, m => m.Value, StringComparer.Ordinal);

        // Fresh free slots from the hubs that answer within the budget; the others keep their last summaries. A hub that
        // answered is matched again from its experts, with the live slots in place of their summaries.
        var answers = await live.FetchAsync(matching, cancellationToken);
        foreach (var (hubId, answer) in answers)
        {
            var fresh = LiveAvailability.Apply(await experts.ListByTopicsAsync(hubId, request.Topics, cancellationToken), answer, now);
            if (ExpertMatch.Of(request.Topics, request.Language, fresh) is { } match)
            {
                matching[hubId] = match;
            }
            else
            {
                matching.Remove(hubId);
            }
        }

        // A hub that refers a business elsewhere is not proposed to itself.
        var candidates = hubs.Values
            .Where(h => h.HubId != request.Referrer?.HubId)
            .Select(h => new HubCandidate(
                h,
                liveness.Assess(h).Status,
                matching.GetValueOrDefault(h.HubId),
                listed.GetValueOrDefault(h.HubId),
                referred.GetValueOrDefault(h.HubId) + consulted.GetValueOrDefault(h.HubId)));
        var ranked = ReferralRanking.Rank(request, candidates, now, options.Value)
            .Select(h => answers.TryGetValue(h.HubId, out var answer)
                ? h with { SlotSource = SlotSources.Live, FreeSlots = [.. answer.Slots.Where(s => s.Start > now).Take(ReferralRanking.ExpertsShown).Select(s => new OfferedSlot(s.ExpertId, s.Start, s.End))] }
                : h)
            .ToList();

        var referralId = Guid.CreateVersion7(now);
        await log.RecordAsync(new ReferralRecord
        {
            ReferralId = referralId,
            RequestedOn = today,
            ProvinceCode = request.ProvinceCode,
            Topics = request.Topics,
            TopHubId = ranked.Count > 0 ? ranked[0].HubId : null,
            RankedHubIds = [.. ranked.Select(h => h.HubId)],
            ReferrerKind = request.Referrer?.Kind,
            ReferrerHubId = request.Referrer?.HubId,
        }, cancellationToken);
        logger.LogInformation("Referral {ReferralId} from {ProvinceCode} ranked {HubCount} hubs, first {TopHubId}",
            referralId, request.ProvinceCode, ranked.Count, ranked.Count > 0 ? ranked[0].HubId : null);

        return (new ReferralResult(referralId, ranked), errors);
    }
}
