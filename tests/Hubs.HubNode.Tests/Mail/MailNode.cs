using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hubs.HubNode.Tests.Support;
using Hubs.Testing;
using Ical.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MimeKit;
using NodaTime;

namespace Hubs.HubNode.Tests.Mail;

/// <summary>
/// A booking node sending its mail to a real SMTP server on loopback (<see cref="LoopbackSmtpServer"/>), polling its
/// queue every 100 ms and retrying within half a second, with every log line it writes kept for the privacy checks.
/// </summary>
public sealed class MailNode : IAsyncDisposable
{
    public const string StaffAddress = "staff@hub.example.org";
    public const string PortalUrl = "https://portal.example.org";

    private MailNode(LoopbackSmtpServer smtp, BookingNode node, LogLines logs)
    {
        Smtp = smtp;
        Node = node;
        Logs = logs;
    }

    public LoopbackSmtpServer Smtp { get; }

    public BookingNode Node { get; }

    public LogLines Logs { get; }

    /// <param name="smtpRunning">False: the server is down when the node starts (start it with <c>Smtp.StartAsync()</c>).</param>
    public static async Task<MailNode> StartAsync(Instant? now = null, bool smtpRunning = true, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var smtp = new LoopbackSmtpServer();
        if (smtpRunning)
        {
            await smtp.StartAsync();
        }

        var settings = Settings(smtp.Port);
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var logs = new LogLines();
        var node = new BookingNode(now, settings, services: s => s.AddSingleton<ILoggerProvider>(logs));
        return new MailNode(smtp, node, logs);
    }

    public static Dictionary<string, string?> Settings(int smtpPort) => new()
    {
        ["Mail:Smtp:Host"] = "127.0.0.1",
        ["Mail:Smtp:Port"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mail:Smtp:Security"] = "None",
        ["Mail:Smtp:Timeout"] = "00:00:05",
        ["Mail:FromAddress"] = "prenotazioni@hub.example.org",
        ["Mail:StaffAddress"] = StaffAddress,
        ["Mail:PortalUrl"] = PortalUrl,
        ["Mail:PollInterval"] = "00:00:00.100",
        ["Mail:FirstBackoff"] = "00:00:00.100",
        ["Mail:MaxBackoff"] = "00:00:00.500",
    };

    /// <summary>The mails received for <paramref name="address"/> of one kind.</summary>
    public IReadOnlyList<ReceivedMail> To(string address, string kind) =>
        [.. Smtp.Received.Where(r => r.Recipients.Contains(address, StringComparer.OrdinalIgnoreCase) && KindOf(r) == kind)];

    public Task<IReadOnlyList<ReceivedMail>> WaitForAsync(string address, string kind, int count = 1) =>
        Smtp.WaitForAsync(all => all.Count(r => r.Recipients.Contains(address, StringComparer.OrdinalIgnoreCase) && KindOf(r) == kind) >= count,
            what: $"{count} {kind} mail(s)");

    /// <summary>The hub's Message-IDs read <c>{id}.{kind}@{domain}</c>.</summary>
    public static string KindOf(ReceivedMail mail)
    {
        var local = (mail.Message.MessageId ?? "").Split('@')[0];
        return local[(local.IndexOf('.', StringComparison.Ordinal) + 1)..];
    }

    /// <summary>The attached invite, parsed by Ical.Net.</summary>
    public static (Calendar Calendar, string Method, string Text) Invite(ReceivedMail mail)
    {
        var part = mail.Message.Attachments.OfType<MimePart>().Single(a => a.ContentType.IsMimeType("text", "calendar"));
        using var stream = new MemoryStream();
        part.Content!.DecodeTo(stream);
        var text = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        return (Calendar.Load(text)!, part.ContentType.Parameters["method"] ?? "", text);
    }

    /// <summary>The mail deliveries of a booking as its hub's staff see them.</summary>
    public async Task<JsonElement> DeliveriesAsync(Guid bookingId)
    {
        var response = await Node.Staff.GetAsync(BookingNode.Path($"bookings/{bookingId}/mail"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async ValueTask DisposeAsync()
    {
        await Node.DisposeAsync();
        await Smtp.DisposeAsync();
    }

    /// <summary>Every log line the node writes, formatted, with its exception.</summary>
    public sealed class LogLines : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> _lines = new();

        public IReadOnlyCollection<string> All => [.. _lines];

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
        }
    }
}
