using Hubs.HubNode.Intake;

namespace Hubs.HubNode.Tests.Intake;

public sealed class ContactEmailTests
{
    [Theory]
    [InlineData("info@bar-sport.it", "info@bar-sport.it")]
    [InlineData("Mario.Rossi@Example.COM", "mario.rossi@example.com")]
    [InlineData("  anna+hub@studio.example.org ", "anna+hub@studio.example.org")]
    [InlineData("o'brien@pasticceria.it", "o'brien@pasticceria.it")]
    [InlineData("info@caffè.it", "info@caffè.it")]
    public void Plain_addresses_are_accepted_and_lower_cased(string input, string expected)
    {
        Assert.True(ContactEmail.TryNormalize(input, out var email));
        Assert.Equal(expected, email);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("mario")]
    [InlineData("mario@")]
    [InlineData("@example.com")]
    [InlineData("mario@localhost")]
    [InlineData("mario@example")]
    [InlineData("mario@@example.com")]
    [InlineData("mario rossi@example.com")]
    [InlineData("Mario <mario@example.com>")]
    [InlineData("mario@example.com, anna@example.com")]
    [InlineData("mario@-example.com")]
    [InlineData("mario@example..com")]
    [InlineData("mario@[127.0.0.1]")]
    [InlineData("mario@127.0.0.1")]
    [InlineData("\"mario\"@example.com")]
    [InlineData("mario@example.com\nBcc: x@example.com")]
    [InlineData("mario\u0000@example.com")]
    public void Anything_that_is_not_one_bare_address_is_rejected(string? input) => Assert.False(ContactEmail.TryNormalize(input, out _));

    [Fact]
    public void Over_long_addresses_are_rejected()
    {
        Assert.False(ContactEmail.TryNormalize(new string('a', 65) + "@example.com", out _));
        Assert.False(ContactEmail.TryNormalize("a@" + string.Join('.', Enumerable.Repeat(new string('d', 60), 5)) + ".it", out _));
    }
}
