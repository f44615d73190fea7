using Hubs.Contracts.Senders;
using MassTransit;

namespace Hubs.Contracts.Commands;

/// <summary>
/// A warm referral: a business that consented is referred to hub <see cref="ToHubId"/>, by the staff of another hub after
/// a meeting (<see cref="FromHubId"/>) or by the directory when the business accepted one of its ranked hubs (null).
/// <para>
/// It carries personal data by design — the consented intake (company, e-mail, VAT number, the need in the business's
/// words) — so it is never published: it is <b>sent</b> to the receiving hub's own queue <c>hub-{ToHubId}</c> and travels
/// nowhere else. The receiving hub stores it once per <see cref="ReferralId"/> (redeliveries change nothing) and answers
/// with <see cref="Events.ReferralStatusChanged"/>, which carries no personal data.
/// </para>
/// </summary>
[PublishedBy(MessageSender.NamedHub, MessageSender.Directory, HubProperty = nameof(ReferBusiness.FromHubId), SentOnly = true)]
[MessageUrn("hubs:refer-business:v1")]
public sealed record ReferBusiness
{
    /// <summary>The referral's identity at both ends and in the directory; the receiving hub deduplicates by it.</summary>
    public required Guid ReferralId { get; init; }

    /// <summary>The message's own identity (also its MassTransit MessageId).</summary>
    public required Guid EventId { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The referring hub; null when the directory forwards a business's own acceptance of a ranked hub.</summary>
    public string? FromHubId { get; init; }

    /// <summary>The hub the business is referred to: the only hub whose queue receives this message.</summary>
    public required string ToHubId { get; init; }

    public required ReferralIntake Intake { get; init; }

    /// <summary>A note from the referring hub's staff to the receiving hub (at most <see cref="ReferralLimits.MaxNoteLength"/>); null from the directory.</summary>
    public string? Note { get; init; }
}
