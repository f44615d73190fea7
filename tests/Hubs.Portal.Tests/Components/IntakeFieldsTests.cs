using Bunit;
using Hubs.Portal.Components.Businesses;
using Hubs.Portal.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Hubs.Portal.Tests.Components;

public sealed class IntakeFieldsTests() : PortalContext("en-GB")
{
    [Fact]
    public void A_wrong_check_digit_is_caught_before_sending_and_shown_under_its_field_in_the_page_language()
    {
        var input = Typed();
        input.VatNumber = "01234567890"; // the right check digit is 7
        var errors = input.Check(Services.GetRequiredService<IStringLocalizer<Text>>());

        var fields = Render<IntakeFields>(p => p.Add(f => f.Input, input).Add(f => f.Errors, errors).Add(f => f.ConsentVersion, "2026-12").Add(f => f.ConsentText, "Notice"));

        Assert.Equal(["vatNumber"], errors.Keys);
        var vat = fields.Find("#vatNumber");
        Assert.Equal("01234567890", vat.GetAttribute("value"));
        Assert.Equal("true", vat.GetAttribute("aria-invalid"));
        Assert.Contains("vatNumber-error", vat.GetAttribute("aria-describedby"), StringComparison.Ordinal);
        Assert.StartsWith("The Partita IVA must have 11 digits", fields.Find("#vatNumber-error").TextContent, StringComparison.Ordinal);
        // What was typed elsewhere is kept.
        Assert.Equal("Bar Centrale", fields.Find("#companyName").GetAttribute("value"));
    }

    [Theory]
    [InlineData("01234567897")]
    [InlineData("IT 01234567897")]
    [InlineData("")]
    public void A_valid_or_absent_Partita_IVA_passes(string vat)
    {
        var input = Typed();
        input.VatNumber = vat;

        Assert.Empty(input.Check(Services.GetRequiredService<IStringLocalizer<Text>>()));
    }

    [Fact]
    public void The_consent_text_and_its_version_are_shown_and_the_version_is_sent_back()
    {
        var fields = Render<IntakeFields>(p => p.Add(f => f.Input, Typed()).Add(f => f.ConsentVersion, "2026-12-01").Add(f => f.ConsentText, "The hub keeps your data."));

        Assert.Contains("The hub keeps your data.", fields.Find("#consent-text").TextContent, StringComparison.Ordinal);
        Assert.Contains("2026-12-01", fields.Find("#consent-text").TextContent, StringComparison.Ordinal);
        Assert.Equal("2026-12-01", fields.Find("input[name=consentVersion]").GetAttribute("value"));
        Assert.Contains("consent-text", fields.Find("#consent").GetAttribute("aria-describedby"), StringComparison.Ordinal);
    }

    private static IntakeInput Typed() => new()
    {
        CompanyName = "Bar Centrale",
        AtecoSection = "I",
        SizeClass = "micro",
        ProvinceCode = "CO",
        Topics = ["ecommerce"],
        Need = "Online orders.",
        Email = "owner@example.org",
        Consent = true,
    };
}
