using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Hubs.Benchmarks.Bookings;
using Hubs.Benchmarks.Measurement;
using Hubs.Benchmarks.Rig;
using Hubs.Testing;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Hubs.Benchmarks.Mail;

/// <summary>
/// One hub node (Release build) sending its mail to a real SMTP server on loopback in this process (the SmtpServer
/// library). (a) Latency: bookings one at a time, each timed from the POST until its confirmation reaches the server,
/// against the POST's own answer time in the same run. (b) Throughput: bookings queued while the server is down, then
/// the server started: mails/s until all arrived, against the same server's acceptance rate for the same number of
/// pre-built messages sent by a bare MailKit client over one connection.
/// </summary>
internal static class MailBenchmark
{
    private const string HubId = "lomazzo";

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var options = new Arguments(args);
        var bookings = options.Number("--bookings", 100);
        var backlog = options.Number("--backlog", 200);

        await using var smtp = new LoopbackSmtpServer();
        await smtp.StartAsync();
        await using var rig = await BenchmarkRig.StartAsync(options.Number("--broker-port", 6100));
        var environment = rig.ServiceEnvironment($"hub-{HubId}.db");
        environment["Hub__Id"] = HubId;
        environment["Mail__Smtp__Host"] = "127.0.0.1";
        environment["Mail__Smtp__Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture);
        environment["Mail__Smtp__Security"] = "None";
        environment["Mail__FromAddress"] = "prenotazioni@lomazzo.hubs.test";
        environment["Mail__StaffAddress"] = "staff@lomazzo.hubs.test";
        environment["Mail__FirstBackoff"] = "00:00:00.200";
        environment["Mail__MaxBackoff"] = "00:00:01";
        var node = await rig.StartServiceAsync($"hub-{HubId}", "services", "Hubs.HubNode", environment);
        using var http = new HttpClient { BaseAddress = node.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new("Bearer", Hubs.ServiceDefaults.Security.TokenIssuer.Staff(rig.Auth, HubId));

        var experts = await BookableExperts.CreateAsync(http, HubId, 10, cancellationToken);
        var plan = await SlotPlan.LoadAsync(http, HubId, experts, 60, cancellationToken);
        Console.WriteLine($"{plan.Remaining} distinct slots; warming up…");
        await BookAndWaitAsync(http, smtp, plan, "warm-0", cancellationToken);

        Console.WriteLine($"Measuring: {bookings} bookings one at a time, POST → confirmation at the SMTP server…");
        var toServer = new Latencies();
        var answered = new Latencies();
        for (var i = 0; i < bookings; i++)
        {
            var (answer, delivered) = await BookAndWaitAsync(http, smtp, plan, $"latency-{i}", cancellationToken);
            answered.Add(answer);
            toServer.Add(delivered);
        }

        Console.WriteLine($"Measuring: {backlog} bookings queued while the server is down, then the server back…");
        await smtp.StopAsync();
        var before = smtp.Received.Count;
        for (var i = 0; i < backlog; i++)
        {
            await BookAsync(http, plan, $"backlog-{i}", cancellationToken);
        }

        var expected = before + (backlog * 2);
        var drained = Stopwatch.StartNew();
        await smtp.StartAsync();
        await smtp.WaitForAsync(r => r.Count >= expected, TimeSpan.FromMinutes(10), $"{backlog * 2} queued mails");
        drained.Stop();
        var senderRate = backlog * 2 / drained.Elapsed.TotalSeconds;

        var serverRate = await RawAcceptanceRateAsync(smtp, backlog * 2, cancellationToken);
        var duplicates = smtp.Received.Count - smtp.Received.Select(r => r.Message.MessageId).Distinct().Count();

        var report = new Report($"Mail from one hub node to a real SMTP server on loopback ({bookings} bookings, {backlog} queued)");
        report.Ratio("booking → confirmation at the server, p50", toServer.P50, "ms", "POST booking answered, p50", answered.P50);
        report.Ratio("booking → confirmation at the server, p99", toServer.P99, "ms", "POST booking answered, p99", answered.P99);
        report.Ratio($"sender: queued mails delivered/s ({backlog * 2})", senderRate, "/s", "server's own acceptance/s (bare MailKit, one connection)", serverRate);
        report.Note("mails received / distinct Message-IDs", $"{smtp.Received.Count} / {smtp.Received.Count - duplicates}");
        report.Print();
        return duplicates == 0 ? 0 : 1;
    }

    private static async Task<string> BookAsync(HttpClient http, SlotPlan plan, string tag, CancellationToken cancellationToken)
    {
        if (!plan.TryTake(out var slot))
        {
            throw new InvalidOperationException("No slot left to book: fewer bookings, or more experts.");
        }

        using var response = await http.PostAsJsonAsync($"/api/hubs/{HubId}/bookings", BookingRequests.Booking(slot.ExpertId, slot.Start, tag), cancellationToken);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"Booking {tag}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }

        return $"bench-{tag}@example.it";
    }

    private static async Task<(double Answer, double Delivered)> BookAndWaitAsync(HttpClient http, LoopbackSmtpServer smtp, SlotPlan plan, string tag, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var email = await BookAsync(http, plan, tag, cancellationToken);
        var answer = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        while (!smtp.Received.Any(r => r.Recipients.Contains(email, StringComparer.OrdinalIgnoreCase)))
        {
            await Task.Delay(1, cancellationToken);
        }

        return (answer, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    /// <summary>The server's own pace: <paramref name="count"/> small messages over one connection, as fast as it accepts them.</summary>
    private static async Task<double> RawAcceptanceRateAsync(LoopbackSmtpServer smtp, int count, CancellationToken cancellationToken)
    {
        var messages = Enumerable.Range(0, count).Select(i =>
        {
            var message = new MimeMessage { Subject = $"raw {i}" };
            message.From.Add(MailboxAddress.Parse("raw@bench.hubs.test"));
            message.To.Add(MailboxAddress.Parse($"raw-{i}@bench.hubs.test"));
            message.Body = new TextPart("plain") { Text = new string('x', 4000) };
            return message;
        }).ToList();
        using var client = new SmtpClient();
        await client.ConnectAsync("127.0.0.1", smtp.Port, SecureSocketOptions.None, cancellationToken);
        var clock = Stopwatch.StartNew();
        foreach (var message in messages)
        {
            await client.SendAsync(message, cancellationToken);
        }

        clock.Stop();
        await client.DisconnectAsync(true, cancellationToken);
        return count / clock.Elapsed.TotalSeconds;
    }
}
