using Hubs.Contracts.Commands;
using Hubs.Contracts.Events;
using Hubs.HubNode.Intake;
using Hubs.HubNode.Messaging;
using Hubs.ServiceDefaults.Outbox;
using NodaTime;

namespace Hubs.HubNode.Referrals;

/// <summary>The messages of a warm referral: the intake sent to one hub's queue, and the anonymous status published to the network.</summary>
public static class ReferralEvents
{
    /// <summary>The address of a hub's own queue: a referral goes there and nowhere else.</summary>
    // The exchange MassTransit binds to the hub's quorum queue: a "queue:" address would redeclare the queue as a
    // classic one, which RabbitMQ refuses (406 inequivalent x-queue-type) once the hub's node has created it.
    public static Uri QueueOf(string hubId) => new($"exchange:{HubEndpoint.QueueName(hubId)}");

    public static OutboxMessage Refer(Guid referralId, string fromHubId, string toHubId, BusinessIntake intake, string consentVersion, string? note, Instant at)
    {
        var message = new ReferBusiness
        {
            ReferralId = referralId,
            EventId = Guid.CreateVersion7(at.ToDateTimeOffset()),
            OccurredAt = at.ToDateTimeOffset(),
            FromHubId = fromHubId,
            ToHubId = toHubId,
            Intake = new ReferralIntake
            {
                CompanyName = intake.CompanyName,
                VatNumber = intake.VatNumber,
                AtecoSection = intake.AtecoSection,
                SizeClass = intake.SizeClass,
                ProvinceCode = intake.ProvinceCode,
                Topics = intake.Topics,
                Need = intake.Need,
                Email = intake.Email,
                ConsentVersion = consentVersion,
                ConsentAt = at.ToDateTimeOffset(),
            },
            Note = note,
        };
        return OutboxMessage.SendTo(QueueOf(toHubId), message, message.EventId, message.OccurredAt);
    }

    /// <summary>The referral's state as the network may see it: ids, hubs, status and version — no intake, no note.</summary>
    public static OutboxMessage StatusChanged(string hubId, IncomingReferral referral, Instant at) => OutboxMessage.For(new ReferralStatusChanged
    {
        HubId = hubId,
        EventId = Guid.CreateVersion7(at.ToDateTimeOffset()),
        OccurredAt = at.ToDateTimeOffset(),
        Version = referral.Version,
        ReferralId = referral.ReferralId,
        FromHubId = referral.FromHubId,
        ToHubId = hubId,
        Status = referral.Status,
    });
}
