using Hubs.HubNode.Hubs;
using Microsoft.Extensions.Options;
using MimeKit;
using NodaTime;

namespace Hubs.HubNode.Mail;

/// <summary>
/// Turns a rendered template into the MIME message the queue keeps: from the hub, HTML with a plain-text part, an
/// optional calendar invite, and a Message-ID fixed now, so every retry of this mail is recognisably the same mail.
/// </summary>
public sealed class MailComposer(MailTemplates templates, IOptions<MailOptions> options, IOptions<HubOptions> hub)
{
    public QueuedMail Compose(MailDraft draft)
    {
        var id = Guid.CreateVersion7(draft.DecidedAt.ToDateTimeOffset());
        var messageId = $"{id:N}.{draft.Kind}@{Domain()}";
        var rendered = templates.Render(draft.Kind, draft.Language, WithHub(draft.Values));

        var message = new MimeMessage { MessageId = messageId, Subject = rendered.Subject, Date = draft.DecidedAt.ToDateTimeOffset() };
        message.From.Add(new MailboxAddress(SenderName(), options.Value.FromAddress ?? $"bookings@{Domain()}"));
        message.To.Add(MailboxAddress.Parse(draft.Recipient));
        if (!string.IsNullOrWhiteSpace(hub.Value.ContactEmail))
        {
            message.ReplyTo.Add(MailboxAddress.Parse(hub.Value.ContactEmail));
        }

        // RFC 3834: an automatic message; well-behaved responders do not answer it.
        message.Headers.Add("Auto-Submitted", "auto-generated");

        var body = new BodyBuilder { TextBody = rendered.Text, HtmlBody = rendered.Html };
        if (draft.Invite is { } invite)
        {
            var calendar = new ContentType("text", "calendar") { Charset = "utf-8" };
            calendar.Parameters.Add("method", invite.Method);
            body.Attachments.Add("invite.ics", System.Text.Encoding.UTF8.GetBytes(invite.Ics), calendar);
        }

        message.Body = body.ToMessageBody();

        // A Content- header belongs to the body entity in MIME (MimeKit moves it there anyway).
        message.Body.Headers.Add(HeaderId.ContentLanguage, draft.Language);
        using var buffer = new MemoryStream();
        message.WriteTo(FormatOptions.Default, buffer);
        return new QueuedMail(id, messageId, draft.Kind, draft.BookingId, draft.Recipient, draft.DecidedAt, draft.DueAt ?? draft.DecidedAt, buffer.ToArray(), draft.ExpiresAt);
    }

    private string SenderName() =>
        !string.IsNullOrWhiteSpace(options.Value.FromName) ? options.Value.FromName
        : !string.IsNullOrWhiteSpace(hub.Value.Name) ? hub.Value.Name
        : hub.Value.Id;

    private Dictionary<string, string> WithHub(IReadOnlyDictionary<string, string> values)
    {
        var all = new Dictionary<string, string>(values, StringComparer.Ordinal)
        {
            ["hub_name"] = string.IsNullOrWhiteSpace(hub.Value.Name) ? hub.Value.Id : hub.Value.Name,
            ["hub_city"] = hub.Value.City ?? "",
            ["hub_contact"] = hub.Value.ContactEmail ?? options.Value.FromAddress ?? "",
            ["hub_url"] = hub.Value.PublicUrl ?? "",
            ["logo_url"] = options.Value.LogoUrl ?? "",
        };
        return all;
    }

    private string Domain()
    {
        var from = options.Value.FromAddress;
        var at = from?.LastIndexOf('@') ?? -1;
        return at > 0 ? from![(at + 1)..] : $"{hub.Value.Id}.hubs.local";
    }
}

/// <summary>What a mail says before it is composed: its kind, language, recipient, values, invite and due time.</summary>
public sealed record MailDraft(
    string Kind,
    string Language,
    string Recipient,
    IReadOnlyDictionary<string, string> Values,
    Instant DecidedAt,
    Guid? BookingId = null,
    MailInvite? Invite = null,
    Instant? DueAt = null,
    Instant? ExpiresAt = null);

/// <summary>A calendar invite to attach (<c>REQUEST</c> or <c>CANCEL</c>).</summary>
public sealed record MailInvite(string Method, string Ics);
