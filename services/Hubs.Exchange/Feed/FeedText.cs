using System.Text;
using System.Xml;

namespace Hubs.Exchange.Feed;

/// <summary>
/// Text made writable as XML 1.0: characters XML cannot carry (most control characters, lone surrogates, U+FFFE/U+FFFF)
/// are dropped. Hubs validate their text, but the feed must not fail because one hub did not.
/// </summary>
public static class FeedText
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        StringBuilder? cleaned = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (pair)
            {
                cleaned?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            if (XmlConvert.IsXmlChar(c))
            {
                cleaned?.Append(c);
                continue;
            }

            cleaned ??= new StringBuilder(text.Length).Append(text, 0, i);
        }

        return cleaned?.ToString() ?? text;
    }
}
