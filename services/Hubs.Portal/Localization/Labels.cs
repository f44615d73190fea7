using System.Globalization;
using Hubs.Contracts.Geography;
using Hubs.Contracts.Taxonomy;

namespace Hubs.Portal.Localization;

/// <summary>The network's codes (topics, provinces) as people read them, in the page's language.</summary>
public static class Labels
{
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string Topic(string code) => Topics.Find(code) is { } topic ? (IsEnglish ? topic.LabelEn : topic.LabelIt) : code;

    public static string Province(string code) => Provinces.Find(code) is { } province ? $"{province.Name} ({province.Code})" : code;

    /// <summary>The directory's explanation in the page's language.</summary>
    public static string Pick(string italian, string english) => IsEnglish ? english : italian;
}
