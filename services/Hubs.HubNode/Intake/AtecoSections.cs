namespace Hubs.HubNode.Intake;

/// <summary>The sections of the ATECO classification of economic activities: one letter, A (agriculture) to U (extraterritorial bodies).</summary>
public static class AtecoSections
{
    /// <summary>The section as its upper-case letter, accepting either case; false for anything else.</summary>
    public static bool TryNormalize(string? text, out string section)
    {
        section = "";
        if (text is not { Length: 1 } || !char.IsAsciiLetter(text[0]))
        {
            return false;
        }

        var letter = char.ToUpperInvariant(text[0]);
        if (letter > 'U')
        {
            return false;
        }

        section = letter.ToString();
        return true;
    }
}
