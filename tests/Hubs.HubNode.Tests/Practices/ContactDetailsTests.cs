using Hubs.Contracts.Practices;

namespace Hubs.HubNode.Tests.Practices;

/// <summary>The contact-details rule practices are held to: what it catches and what ordinary practice text it leaves alone.</summary>
public sealed class ContactDetailsTests
{
    [Theory]
    [InlineData("Chiamate 031 123 4567")]
    [InlineData("tel. +39 031 1234567")]
    [InlineData("Cell 333-1234567")]
    [InlineData("+41 91 123 45 67")]
    [InlineData("0039 02 12345678")]
    [InlineData("(+39) 333 123 4567")]
    [InlineData("P.IVA 01234567890")]
    [InlineData("tel:0312345678")]
    [InlineData("02/1234567")]
    public void Phone_and_vat_numbers_are_found(string text) => Assert.True(ContactDetails.ContainsPhoneNumber(text), text);

    [Theory]
    [InlineData("Budget € 300.000.000")]
    [InlineData("PR FESR 2021-2027")]
    [InlineData("dal 03/04/2025 al 05/06/2026")]
    [InlineData("aumento del +30% in 12 mesi")]
    [InlineData("https://example.org/0312345678")]
    [InlineData("https://example.org/?id=0312345678")]
    [InlineData("Azione 1.1.4")]
    [InlineData("50 imprese, 120 ore, 2021 2022 2023")]
    [InlineData("ISO 9001:2015")]
    [InlineData("1.234.567 euro")]
    public void Amounts_years_dates_and_url_paths_are_not_phone_numbers(string text) => Assert.False(ContactDetails.ContainsPhoneNumber(text), text);

    [Theory]
    [InlineData("write to mario.rossi@example.it now", true)]
    [InlineData("info@hub.example.org", true)]
    [InlineData("follow @ComoNext and #insiemeperleimprese", false)]
    [InlineData("a @ b . it", false)]
    public void E_mail_addresses_are_found(string text, bool found) => Assert.Equal(found, ContactDetails.ContainsEmailAddress(text));

    [Theory]
    [InlineData("https://hub.example.org/practices/1", true)]
    [InlineData("http://example.org", true)]
    [InlineData("HTTPS://EXAMPLE.ORG/A", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("java\tscript:alert(1)", false)]
    [InlineData("data:text/html,<script>alert(1)</script>", false)]
    [InlineData("//example.org/x", false)]
    [InlineData("https://user@example.org", false)]
    [InlineData("mailto:a@b.it", false)]
    [InlineData("", false)]
    public void Only_absolute_http_links_are_allowed(string link, bool allowed) => Assert.Equal(allowed, PracticeLinks.IsAllowed(link));
}
