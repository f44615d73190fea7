using Hubs.HubNode.Mail;
using Hubs.HubNode.Tests.Support;

namespace Hubs.HubNode.Tests.Mail;

/// <summary>A hub's own template files replace the built-in ones without a rebuild; a broken one falls back, and says so.</summary>
public sealed class MailTemplateTests : IDisposable
{
    private readonly DirectoryInfo _templates = Directory.CreateTempSubdirectory("hubs-mail-templates-");

    [Fact]
    public async Task The_hubs_own_template_is_used_and_a_broken_one_falls_back_to_the_built_in_with_a_warning()
    {
        await File.WriteAllTextAsync(Path.Combine(_templates.FullName, "confirmation.it.md"),
            "Ci vediamo il {{ when }}!\nCiao da {{ hub_name }}, ecco il link: <{{ video_link }}>\n");
        await File.WriteAllTextAsync(Path.Combine(_templates.FullName, "layout.html"),
            "<html><body><img src=\"{{ logo_url }}\" alt=\"logo\">{{ body | raw }}</body></html>");
        await File.WriteAllTextAsync(Path.Combine(_templates.FullName, "update.it.md"), "Spostato {% if when %} senza fine\n");

        await using var mail = await MailNode.StartAsync(extra: new Dictionary<string, string?>
        {
            ["Mail:TemplateDirectory"] = _templates.FullName,
            ["Mail:LogoUrl"] = "https://hub.example.org/logo.png",
        });
        var email = BookingBodies.NewEmail();
        var booking = await mail.Node.BookOkAsync(BookingBodies.Valid(await mail.Node.ExpertAsync(), BookingNode.March(4, 10), email: email));

        var confirmation = (await mail.WaitForAsync(email, MailKinds.Confirmation)).Single(r => MailNode.KindOf(r) == MailKinds.Confirmation);
        Assert.Equal("Ci vediamo il mercoledì 4 marzo 2026, ore 10:00!", confirmation.Message.Subject);
        Assert.Contains("Ciao da Test Valley Hub", confirmation.Message.TextBody, StringComparison.Ordinal);
        Assert.Contains("<img src=\"https://hub.example.org/logo.png\"", confirmation.Message.HtmlBody, StringComparison.Ordinal);

        await mail.Node.SendAsync(HttpMethod.Post, BookingNode.Path($"bookings/{booking.Id}/reschedule"), booking.ManageToken,
            new { start = BookingBodies.Start(BookingNode.March(5, 10)) });
        var update = (await mail.WaitForAsync(email, MailKinds.Update)).Single(r => MailNode.KindOf(r) == MailKinds.Update);
        Assert.StartsWith("Incontro spostato", update.Message.Subject, StringComparison.Ordinal);
        Assert.Contains(mail.Logs.All, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("update.it.md", StringComparison.Ordinal));
    }

    public void Dispose() => _templates.Delete(recursive: true);
}
