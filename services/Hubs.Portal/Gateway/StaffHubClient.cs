using System.Globalization;

namespace Hubs.Portal.Gateway;

/// <summary>
/// One hub node through the gateway, for its staff: the day's bookings, a meeting and its case, outcomes, experts and
/// referrals. Every call carries the signed-in person's access token (<see cref="Auth.UserAccessToken"/>): the node
/// decides, as for any client, whether this person is staff of that hub.
/// </summary>
public sealed class StaffHubClient(HttpClient http)
{
    /// <summary>The bookings starting on <paramref name="day"/> (yyyy-MM-dd, the hub's zone), of one expert or all.</summary>
    public async Task<IReadOnlyList<StaffBooking>> BookingsAsync(string hubId, string day, Guid? expert, CancellationToken cancellationToken)
    {
        var query = GatewayCalls.Query(("day", day), ("expert", expert?.ToString()));
        var result = await GatewayCalls.SendAsync<List<StaffBooking>>(http, GatewayCalls.Get($"{Hub(hubId)}/bookings?{query}"), "a hub's bookings", cancellationToken);
        return result.Value ?? [];
    }

    public Task<ApiResult<StaffBooking>> BookingAsync(string hubId, Guid bookingId, CancellationToken cancellationToken) =>
        GatewayCalls.SendAsync<StaffBooking>(http, GatewayCalls.Get($"{Hub(hubId)}/bookings/{bookingId}"), "a booking", cancellationToken);

    /// <summary>The booking's mails: sent, waiting, or refused by the server (an address the business should correct).</summary>
    public Task<ApiResult<StaffBookingMail>> MailAsync(string hubId, Guid bookingId, CancellationToken cancellationToken) =>
        GatewayCalls.SendAsync<StaffBookingMail>(http, GatewayCalls.Get($"{Hub(hubId)}/bookings/{bookingId}/mail"), "a booking's mail", cancellationToken);

    public Task<ApiResult<StaffCase>> CaseAsync(string hubId, Guid caseId, CancellationToken cancellationToken) =>
        GatewayCalls.SendAsync<StaffCase>(http, GatewayCalls.Get($"{Hub(hubId)}/cases/{caseId}"), "a case", cancellationToken);

    public Task<ApiResult<StaffBooking>> RecordOutcomeAsync(string hubId, Guid bookingId, OutcomeRecord outcome, CancellationToken cancellationToken) =>
        GatewayCalls.SendAsync<StaffBooking>(http, GatewayCalls.Post($"{Hub(hubId)}/bookings/{bookingId}/outcome", outcome), "an outcome", cancellationToken);

    public Task<ApiResult<StaffBooking>> CancelAsync(string hubId, Guid bookingId, CancellationToken cancellationToken) =>
        GatewayCalls.SendAsync<StaffBooking>(http, GatewayCalls.Post($"{Hub(hubId)}/bookings/{bookingId}/cancel", null), "a cancellation", cancellationToken);

    public Task<ApiResult<StaffBooking>> RescheduleAsync(string hubId, Guid bookingId, DateTimeOffset start, CancellationToken cancellationToken) =>
        GatewayCalls.SendAsync<StaffBooking>(
            http,
            GatewayCalls.Post($"{Hub(hubId)}/bookings/{bookingId}/reschedule", new { start = start.ToString("O", CultureInfo.InvariantCulture) }),
            "a reschedule",
            cancellationToken);

    public async Task<IReadOnlyList<StaffExpert>> ExpertsAsync(string hubId, CancellationToken cancellationToken) =>
        (await GatewayCalls.SendAsync<List<StaffExpert>>(http, GatewayCalls.Get($"{Hub(hubId)}/experts"), "a hub's experts", cancellationToken)).Value ?? [];

    public Task<ApiResult<StaffExpert>> ExpertAsync(string hubId, Guid expertId, CancellationToken cancellationToken) =>
        GatewayCalls.SendAsync<StaffExpert>(http, GatewayCalls.Get($"{Hub(hubId)}/experts/{expertId}"), "an expert", cancellationToken);

    public Task<ApiResult<StaffExpert>> CreateExpertAsync(string hubId, ExpertProfile profile, CancellationToken cancellationToken) =>
        GatewayCalls.SendAsync<StaffExpert>(http, GatewayCalls.Post($"{Hub(hubId)}/experts", profile), "a new expert", cancellationToken);

    /// <summary>Replaces the profile if it is still at <paramref name="version"/>; 412 when someone else changed it since.</summary>
    public Task<ApiResult<StaffExpert>> UpdateExpertAsync(string hubId, Guid expertId, long version, ExpertProfile profile, CancellationToken cancellationToken) =>
        GatewayCalls.SendAsync<StaffExpert>(http, GatewayCalls.Put($"{Hub(hubId)}/experts/{expertId}", profile).IfMatch(version), "an expert's change", cancellationToken);

    public Task<ApiResult<string>> RetireExpertAsync(string hubId, Guid expertId, long version, CancellationToken cancellationToken) =>
        GatewayCalls.SendAsync<string>(http, new HttpRequestMessage(HttpMethod.Delete, $"{Hub(hubId)}/experts/{expertId}").IfMatch(version), "an expert's retirement", cancellationToken);

    public async Task<IReadOnlyList<IncomingReferralView>> IncomingReferralsAsync(string hubId, CancellationToken cancellationToken) =>
        (await GatewayCalls.SendAsync<List<IncomingReferralView>>(http, GatewayCalls.Get($"{Hub(hubId)}/referrals/incoming"), "a hub's referrals", cancellationToken)).Value ?? [];

    public async Task<IReadOnlyList<OutgoingReferralView>> OutgoingReferralsAsync(string hubId, CancellationToken cancellationToken) =>
        (await GatewayCalls.SendAsync<List<OutgoingReferralView>>(http, GatewayCalls.Get($"{Hub(hubId)}/referrals/outgoing"), "a hub's referrals", cancellationToken)).Value ?? [];

    public Task<ApiResult<StaffBooking>> BookReferralAsync(string hubId, Guid referralId, ReferralSlot slot, CancellationToken cancellationToken) =>
        GatewayCalls.SendAsync<StaffBooking>(http, GatewayCalls.Post($"{Hub(hubId)}/referrals/{referralId}/book", slot), "a referral's booking", cancellationToken);

    /// <summary>Declines an open referral; the reason stays at the hub (the network hears only "declined").</summary>
    public Task<ApiResult<IncomingReferralView>> DeclineReferralAsync(string hubId, Guid referralId, string reason, CancellationToken cancellationToken) =>
        GatewayCalls.SendAsync<IncomingReferralView>(http, GatewayCalls.Post($"{Hub(hubId)}/referrals/{referralId}/decline", new { reason }), "a referral's decline", cancellationToken);

    /// <summary>An expert's availability (404 until it has any).</summary>
    public Task<ApiResult<AvailabilityView>> AvailabilityAsync(string hubId, Guid expertId, CancellationToken cancellationToken) =>
        GatewayCalls.SendAsync<AvailabilityView>(http, GatewayCalls.Get($"{Hub(hubId)}/experts/{expertId}/availability"), "an expert's availability", cancellationToken);

    /// <summary>Replaces the availability if still at <paramref name="version"/> (none yet: null); 412 when someone else changed it.</summary>
    public Task<ApiResult<AvailabilityView>> SetAvailabilityAsync(string hubId, Guid expertId, long? version, AvailabilityRulesBody rules, CancellationToken cancellationToken)
    {
        var request = GatewayCalls.Put($"{Hub(hubId)}/experts/{expertId}/availability", rules);
        return GatewayCalls.SendAsync<AvailabilityView>(http, version is { } v ? request.IfMatch(v) : request, "an expert's availability", cancellationToken);
    }

    /// <summary>The slots <paramref name="rules"/> would offer in the next two weeks, without saving them.</summary>
    public Task<ApiResult<List<PreviewSlot>>> PreviewAvailabilityAsync(string hubId, Guid expertId, AvailabilityRulesBody rules, CancellationToken cancellationToken) =>
        GatewayCalls.SendAsync<List<PreviewSlot>>(http, GatewayCalls.Post($"{Hub(hubId)}/experts/{expertId}/availability/preview", rules), "a preview of slots", cancellationToken);

    /// <summary>The hub's published practices (withdrawn ones are gone from the list), most recently changed first.</summary>
    public async Task<IReadOnlyList<StaffPractice>> PracticesAsync(string hubId, CancellationToken cancellationToken) =>
        (await GatewayCalls.SendAsync<List<StaffPractice>>(http, GatewayCalls.Get($"{Hub(hubId)}/practices"), "a hub's practices", cancellationToken)).Value ?? [];

    public Task<ApiResult<StaffPractice>> PracticeAsync(string hubId, Guid practiceId, CancellationToken cancellationToken) =>
        GatewayCalls.SendAsync<StaffPractice>(http, GatewayCalls.Get($"{Hub(hubId)}/practices/{practiceId}"), "a practice", cancellationToken);

    public Task<ApiResult<StaffPractice>> PublishPracticeAsync(string hubId, PracticeContent content, CancellationToken cancellationToken) =>
        GatewayCalls.SendAsync<StaffPractice>(http, GatewayCalls.Post($"{Hub(hubId)}/practices", content), "a new practice", cancellationToken);

    /// <summary>Publishes <paramref name="content"/> as the practice's next version if it is still at <paramref name="version"/>; 412 otherwise.</summary>
    public Task<ApiResult<StaffPractice>> RevisePracticeAsync(string hubId, Guid practiceId, long version, PracticeContent content, CancellationToken cancellationToken) =>
        GatewayCalls.SendAsync<StaffPractice>(http, GatewayCalls.Put($"{Hub(hubId)}/practices/{practiceId}", content).IfMatch(version), "a practice's new version", cancellationToken);

    public Task<ApiResult<string>> WithdrawPracticeAsync(string hubId, Guid practiceId, long version, CancellationToken cancellationToken) =>
        GatewayCalls.SendAsync<string>(http, new HttpRequestMessage(HttpMethod.Delete, $"{Hub(hubId)}/practices/{practiceId}").IfMatch(version), "a practice's withdrawal", cancellationToken);

    private static string Hub(string hubId) => $"api/hubs/{Uri.EscapeDataString(hubId)}";
}
