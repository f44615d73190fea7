using System.Collections.Frozen;

namespace Hubs.Contracts.Taxonomy;

/// <summary>The network's topic taxonomy. Codes travel in events and URLs; labels are for people.</summary>
public static class Topics
{
    public static readonly Topic Ecommerce = new("ecommerce", "E-commerce e vendite online", "E-commerce and online sales");
    public static readonly Topic DigitalMarketing = new("digital-marketing", "Marketing digitale", "Digital marketing");
    public static readonly Topic Grants = new("grants", "Bandi e finanza agevolata", "Grants and public funding");
    public static readonly Topic Industry40 = new("industry-4-0", "Industria 4.0 e automazione", "Industry 4.0 and automation");
    public static readonly Topic Cybersecurity = new("cybersecurity", "Sicurezza informatica", "Cybersecurity");
    public static readonly Topic AiData = new("ai-data", "Intelligenza artificiale e dati", "AI and data");
    public static readonly Topic Energy = new("energy", "Energia e sostenibilità", "Energy and sustainability");
    public static readonly Topic Internationalisation = new("internationalisation", "Internazionalizzazione", "Internationalisation");
    public static readonly Topic OrganisationFinance = new("organisation-finance", "Organizzazione e finanza d'impresa", "Organisation and finance");

    public static IReadOnlyList<Topic> All { get; } =
    [
        Ecommerce, DigitalMarketing, Grants, Industry40, Cybersecurity, AiData, Energy, Internationalisation, OrganisationFinance,
    ];

    private static readonly FrozenDictionary<string, Topic> ByCode = All.ToFrozenDictionary(t => t.Code, StringComparer.Ordinal);

    public static bool IsKnown(string? code) => code is not null && ByCode.ContainsKey(code);

    public static Topic? Find(string? code) => code is not null && ByCode.TryGetValue(code, out var topic) ? topic : null;
}
