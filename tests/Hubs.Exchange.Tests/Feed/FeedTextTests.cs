using System.Xml;
using Hubs.Exchange.Feed;

namespace Hubs.Exchange.Tests.Feed;

public sealed class FeedTextTests
{
    // Cases in code, not attributes: attribute strings cannot hold lone surrogates, which are the point here.
    private static readonly (string Text, string Expected)[] Cases =
    [
        ("plain text", "plain text"),
        ("tab\tnew\nline\r", "tab\tnew\nline\r"),
        ("bell\u0007 nul\u0000 esc\u001b", "bell nul esc"),
        ("lone \ud800 high", "lone  high"),
        ("lone \udc00 low", "lone  low"),
        ("pair \ud83d\ude00 kept", "pair \ud83d\ude00 kept"),
        ("swapped \udc00\ud800", "swapped "),
        ("high at the end \ud800", "high at the end "),
        ("non-characters \ufffe\uffff", "non-characters "),
        ("", ""),
    ];

    [Fact]
    public void Only_characters_xml_can_carry_are_kept()
    {
        foreach (var (text, expected) in Cases)
        {
            var cleaned = FeedText.Clean(text);

            Assert.Equal(expected, cleaned);
            using var writer = XmlWriter.Create(new StringWriter());
            writer.WriteElementString("x", cleaned);
        }
    }
}
