using System.Collections.Frozen;

namespace Hubs.Directory.Referrals;

/// <summary>
/// Names of the languages businesses in Italy most often ask for, in Italian and English, for explanations. Written
/// out rather than taken from the culture data, so that the sentence is the same on every machine; any other
/// language shows as its code.
/// </summary>
public static class LanguageNames
{
    private static readonly FrozenDictionary<string, (string It, string En)> Names = new Dictionary<string, (string, string)>
    {
        ["it"] = ("italiano", "Italian"),
        ["en"] = ("inglese", "English"),
        ["de"] = ("tedesco", "German"),
        ["fr"] = ("francese", "French"),
        ["es"] = ("spagnolo", "Spanish"),
        ["pt"] = ("portoghese", "Portuguese"),
        ["ro"] = ("rumeno", "Romanian"),
        ["sq"] = ("albanese", "Albanian"),
        ["ar"] = ("arabo", "Arabic"),
        ["zh"] = ("cinese", "Chinese"),
        ["uk"] = ("ucraino", "Ukrainian"),
        ["ru"] = ("russo", "Russian"),
        ["sl"] = ("sloveno", "Slovenian"),
        ["hi"] = ("hindi", "Hindi"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static string Italian(string code) => Names.TryGetValue(code, out var n) ? n.It : code;

    public static string English(string code) => Names.TryGetValue(code, out var n) ? n.En : code;
}
