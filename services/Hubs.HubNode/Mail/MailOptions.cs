using System.ComponentModel.DataAnnotations;
using MailKit.Security;

namespace Hubs.HubNode.Mail;

/// <summary>
/// Section <c>Mail</c>: the SMTP server this hub sends through, who the mail is from, and when reminders go. Without
/// <see cref="SmtpOptions.Host"/> the hub sends no mail (and decides none), which is what a hub without a mail server
/// wants; a warning says so at start.
/// </summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>The hub's sender address (required when a host is set).</summary>
    [EmailAddress]
    public string? FromAddress { get; set; }

    /// <summary>The sender's display name; the hub's name when unset.</summary>
    [MaxLength(200)]
    public string? FromName { get; set; }

    /// <summary>Where notices for the hub's staff go (new booking, cancellation, incoming referral); none when unset.</summary>
    [EmailAddress]
    public string? StaffAddress { get; set; }

    /// <summary>The language of the notices to staff (<c>it</c> or <c>en</c>).</summary>
    public string StaffLanguage { get; set; } = "it";

    /// <summary>The portal's public base URL: manage links (<c>/manage/{hubId}/{bookingId}?token=…</c>) and staff links point there.</summary>
    [Url]
    public string? PortalUrl { get; set; }

    /// <summary>How long before a meeting each reminder goes; none is sent for a meeting booked closer than that.</summary>
    public List<TimeSpan> Reminders { get; set; } = [TimeSpan.FromHours(24), TimeSpan.FromHours(1)];

    /// <summary>A folder whose files replace the built-in templates of the same name (wording, logo); read on every mail.</summary>
    public string? TemplateDirectory { get; set; }

    /// <summary>An absolute URL of the hub's logo, shown at the top of every HTML mail.</summary>
    [Url]
    public string? LogoUrl { get; set; }

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Wait after the first failure (the server unreachable, or a temporary refusal); doubles up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan FirstBackoff { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Temporary refusals (4xx) of one mail before it is recorded as undeliverable.</summary>
    [Range(1, 1000)]
    public int MaxAttempts { get; set; } = 20;

    [Range(1, 1000)]
    public int BatchSize { get; set; } = 50;

    public bool Enabled => !string.IsNullOrWhiteSpace(Smtp.Host);
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    /// <summary><c>Auto</c>, <c>None</c>, <c>StartTls</c>, <c>StartTlsWhenAvailable</c> or <c>SslOnConnect</c>.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTls;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
