using Hubs.Contracts.Validation;

namespace Hubs.HubNode.Tests.Intake;

public sealed class PartitaIvaTests
{
    [Theory]
    [InlineData("12345678903")]
    [InlineData("00743110157")]
    [InlineData("00159560366")]
    [InlineData("01114601006")]
    [InlineData("07643520567")]
    [InlineData("00488410010")]
    public void Numbers_with_the_right_check_digit_are_valid(string number) => Assert.True(PartitaIva.IsValid(number));

    [Theory]
    [InlineData("12345678901")] // check digit off by two
    [InlineData("12345678904")]
    [InlineData("00743110158")]
    [InlineData("02230480967")]
    [InlineData("00000000000")] // passes the checksum, never issued
    [InlineData("1234567890")] // 10 digits
    [InlineData("123456789030")] // 12 digits
    [InlineData("1234567890A")]
    [InlineData("١٢٣٤٥٦٧٨٩٠٣")] // Arabic-Indic digits are digits, but not ASCII ones
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_invalid(string? number) => Assert.False(PartitaIva.IsValid(number));

    [Theory]
    [InlineData("IT12345678903", "12345678903")]
    [InlineData("it 123 456 789 03", "12345678903")]
    [InlineData(" 00743110157 ", "00743110157")]
    public void Spaces_and_the_IT_prefix_are_dropped(string input, string expected)
    {
        Assert.True(PartitaIva.TryNormalize(input, out var digits));
        Assert.Equal(expected, digits);
    }

    [Theory]
    [InlineData("IT1234567890")]
    [InlineData("FR12345678903")]
    [InlineData("12345-678903")]
    public void Normalising_does_not_rescue_a_wrong_number(string input) => Assert.False(PartitaIva.TryNormalize(input, out _));

    [Fact]
    public void Every_single_digit_change_is_caught()
    {
        // The Luhn-style digit detects every single-digit error: the property that makes the check worth having.
        const string valid = "00743110157";
        for (var position = 0; position < valid.Length; position++)
        {
            for (var digit = '0'; digit <= '9'; digit++)
            {
                if (digit == valid[position])
                {
                    continue;
                }

                var typo = string.Concat(valid.AsSpan(0, position), digit.ToString(), valid.AsSpan(position + 1));
                Assert.False(PartitaIva.IsValid(typo), typo);
            }
        }
    }
}
