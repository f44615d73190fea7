using Hubs.HubNode.Bookings;

namespace Hubs.HubNode.Cases;

/// <summary>
/// A case as the hub's staff see it: who it is for, and its meetings in time order (brainstorming, then follow-ups),
/// each with its status and outcome. <see cref="FollowupBookable"/> says whether the business may book a follow-up now.
/// </summary>
public sealed record CaseResponse(
    Guid Id,
    DateTimeOffset OpenedAt,
    string CompanyName,
    string Email,
    bool FollowupBookable,
    IReadOnlyList<BookingResponse> Timeline)
{
    public static CaseResponse From(ConsultationCase c) => new(
        c.Id,
        c.OpenedAt.ToDateTimeOffset(),
        c.Meetings.Count > 0 ? c.Meetings[0].Intake.CompanyName : "",
        c.BusinessEmail,
        c.FollowupBookable,
        [.. c.Meetings.Select(m => BookingResponse.From(m, staffView: true))]);
}
