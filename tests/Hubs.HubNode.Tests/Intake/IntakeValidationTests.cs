using Hubs.HubNode.Intake;

namespace Hubs.HubNode.Tests.Intake;

public sealed class IntakeValidationTests
{
    public static IntakeInput Valid() => new()
    {
        CompanyName = "Bar Sport di Rossi",
        VatNumber = "12345678903",
        AtecoSection = "I",
        SizeClass = "micro",
        ProvinceCode = "CO",
        Topics = ["ecommerce"],
        Need = "Vendere online i nostri prodotti.",
        Email = "Info@BarSport.it",
        Consent = true,
        ConsentVersion = "2026-01",
    };

    [Fact]
    public void A_complete_intake_is_normalised()
    {
        var input = Valid();
        input.AtecoSection = "i";
        input.SizeClass = "Start-Up";
        input.ProvinceCode = "co";
        input.Topics = ["ecommerce", "grants", "ecommerce"];
        input.VatNumber = "IT 12345678903";

        var intake = Validate(input, out var errors);

        Assert.Empty(errors);
        Assert.NotNull(intake);
        Assert.Equal("I", intake.AtecoSection);
        Assert.Equal("startup", intake.SizeClass);
        Assert.Equal("CO", intake.ProvinceCode);
        Assert.Equal(["ecommerce", "grants"], intake.Topics);
        Assert.Equal("12345678903", intake.VatNumber);
        Assert.Equal("info@barsport.it", intake.Email);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void The_vat_number_is_optional(string? vat)
    {
        var input = Valid();
        input.VatNumber = vat;
        var intake = Validate(input, out var errors);
        Assert.Empty(errors);
        Assert.Null(intake!.VatNumber);
    }

    [Theory]
    [InlineData("micro")]
    [InlineData("small")]
    [InlineData("medium")]
    [InlineData("startup")]
    [InlineData("MEDIUM")]
    public void Every_size_class_is_accepted(string size)
    {
        var input = Valid();
        input.SizeClass = size;
        Assert.NotNull(Validate(input, out _));
    }

    [Theory]
    [InlineData("A")]
    [InlineData("C")]
    [InlineData("U")]
    [InlineData("u")]
    public void Every_ateco_section_letter_is_accepted(string section)
    {
        var input = Valid();
        input.AtecoSection = section;
        Assert.NotNull(Validate(input, out _));
    }

    public static TheoryData<string, Action<IntakeInput>> Invalid() => new()
    {
        { "intake.companyName", i => i.CompanyName = null },
        { "intake.companyName", i => i.CompanyName = "  " },
        { "intake.companyName", i => i.CompanyName = new string('c', 201) },
        { "intake.companyName", i => i.CompanyName = "Bar\u0007Sport" },
        { "intake.vatNumber", i => i.VatNumber = "12345678901" },
        { "intake.vatNumber", i => i.VatNumber = "123" },
        { "intake.atecoSection", i => i.AtecoSection = "V" },
        { "intake.atecoSection", i => i.AtecoSection = "Z" },
        { "intake.atecoSection", i => i.AtecoSection = "AB" },
        { "intake.atecoSection", i => i.AtecoSection = "56.10" },
        { "intake.atecoSection", i => i.AtecoSection = null },
        { "intake.sizeClass", i => i.SizeClass = "large" },
        { "intake.sizeClass", i => i.SizeClass = null },
        { "intake.provinceCode", i => i.ProvinceCode = "XX" },
        { "intake.provinceCode", i => i.ProvinceCode = "Como" },
        { "intake.provinceCode", i => i.ProvinceCode = null },
        { "intake.topics", i => i.Topics = null },
        { "intake.topics", i => i.Topics = [] },
        { "intake.topics[1]", i => i.Topics = ["ecommerce", "blockchain"] },
        { "intake.topics[0]", i => i.Topics = [null] },
        { "intake.topics", i => i.Topics = [.. Enumerable.Repeat<string?>("ecommerce", 11)] },
        { "intake.need", i => i.Need = null },
        { "intake.need", i => i.Need = new string('n', 2001) },
        { "intake.email", i => i.Email = null },
        { "intake.email", i => i.Email = "not-an-address" },
        { "intake.email", i => i.Email = "Mario <mario@example.com>" },
        { "intake.consent", i => i.Consent = null },
        { "intake.consent", i => i.Consent = false },
        { "intake.consentVersion", i => i.ConsentVersion = null },
        { "intake.consentVersion", i => i.ConsentVersion = new string('v', 51) },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Each_wrong_field_is_reported_by_its_path(string field, Action<IntakeInput> spoil)
    {
        var input = Valid();
        spoil(input);
        var intake = Validate(input, out var errors);
        Assert.Null(intake);
        Assert.True(errors.ContainsKey(field), $"expected an error on {field}, got {string.Join(", ", errors.Keys)}");
        Assert.Single(errors);
    }

    [Fact]
    public void Need_keeps_line_breaks_and_accepts_exactly_2000_characters()
    {
        var input = Valid();
        input.Need = "Riga uno\r\nRiga due\t" + new string('n', 2000 - 19);
        Assert.NotNull(Validate(input, out var errors));
        Assert.Empty(errors);
    }

    [Fact]
    public void Errors_never_echo_the_vat_number_or_the_email()
    {
        var input = Valid();
        input.VatNumber = "98765432100";
        input.Email = "secret-address-at-nowhere";
        Validate(input, out var errors);
        var messages = string.Join(" ", errors.Values.SelectMany(v => v));
        Assert.DoesNotContain("98765432100", messages, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-address", messages, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_intake_is_reported_as_such()
    {
        var errors = new Dictionary<string, string[]>();
        Assert.Null(IntakeValidation.Validate(null, "intake", errors));
        Assert.True(errors.ContainsKey("intake"));
    }

    private static BusinessIntake? Validate(IntakeInput input, out Dictionary<string, string[]> errors)
    {
        errors = [];
        return IntakeValidation.Validate(input, "intake", errors);
    }
}
