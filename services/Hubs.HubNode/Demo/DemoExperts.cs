using System.Text;
using Hubs.Contracts.Events;
using Hubs.Contracts.Taxonomy;
using Hubs.HubNode.Experts;

namespace Hubs.HubNode.Demo;

/// <summary>
/// Invented experts for local runs and demos, unmistakably marked as such (" (demo)" in the name, a bio that says so).
/// Deterministic per hub id, so a hub gets the same people on every machine and different people from other hubs.
/// </summary>
public static class DemoExperts
{
    public const string NameSuffix = " (demo)";
    public const string BioPrefix = "Demo data — invented person.";

    private static readonly string[] FirstNames =
    [
        "Giulia", "Marco", "Chiara", "Luca", "Francesca", "Matteo", "Sara", "Alessandro", "Elena", "Davide",
        "Martina", "Simone", "Valentina", "Andrea", "Federica", "Paolo", "Silvia", "Stefano", "Laura", "Giorgio",
    ];

    private static readonly string[] LastNames =
    [
        "Rossi", "Bianchi", "Colombo", "Ferri", "Galli", "Conti", "Marino", "Greco", "Bruno", "Rinaldi",
        "Lombardi", "Moretti", "Barbieri", "Fontana", "Santoro", "Mariani", "Caruso", "Ferraro", "Pellegrini", "Testa",
    ];

    private static readonly Dictionary<string, string> TitleByTopic = new(StringComparer.Ordinal)
    {
        [Topics.Ecommerce.Code] = "Consulente e-commerce",
        [Topics.DigitalMarketing.Code] = "Consulente di marketing digitale",
        [Topics.Grants.Code] = "Consulente bandi e finanza agevolata",
        [Topics.Industry40.Code] = "Consulente Industria 4.0",
        [Topics.Cybersecurity.Code] = "Consulente di sicurezza informatica",
        [Topics.AiData.Code] = "Data scientist",
        [Topics.Energy.Code] = "Consulente energia e sostenibilità",
        [Topics.Internationalisation.Code] = "Consulente export e internazionalizzazione",
        [Topics.OrganisationFinance.Code] = "Consulente di organizzazione e finanza d'impresa",
    };

    private static readonly string[] ThirdLanguages = ["de", "fr", "es"];

    /// <summary>Three to five experts for <paramref name="hubId"/>, their main topics taken in turn from <paramref name="specialties"/>.</summary>
    public static IReadOnlyList<ExpertProfile> For(string hubId, IReadOnlyList<string> specialties)
    {
#pragma warning disable CA5394 // Not security: a seeded generator is the point, so every machine invents the same people.
        var random = new Random(StableSeed(hubId));
        var topics = specialties.Where(Topics.IsKnown).DefaultIfEmpty(Topics.Ecommerce.Code).ToArray();
        var firstNames = FirstNames.OrderBy(_ => random.Next()).ToArray();
        var lastNames = LastNames.OrderBy(_ => random.Next()).ToArray();
        var count = 3 + random.Next(3);

        var experts = new List<ExpertProfile>(count);
        for (var i = 0; i < count; i++)
        {
            var main = Topics.Find(topics[i % topics.Length])!;
            var other = Topics.All[random.Next(Topics.All.Count)];
            IReadOnlyList<Topic> competencies = other == main || random.Next(2) == 0 ? [main] : [main, other];

            var languages = new List<string> { "it" };
            if (random.Next(5) > 0)
            {
                languages.Add("en");
            }

            if (random.Next(10) < 3)
            {
                languages.Add(ThirdLanguages[random.Next(ThirdLanguages.Length)]);
            }

            var helpsWith = string.Join("; ", competencies.Select(t => t.LabelEn));
            experts.Add(new ExpertProfile
            {
                Name = $"{firstNames[i]} {lastNames[i]}{NameSuffix}",
                Title = TitleByTopic[main.Code],
                Bio = $"{BioPrefix} An example profile for trying the network: helps small businesses with: {helpsWith}.",
                Competencies = [.. competencies.Select(t => t.Code)],
                Languages = languages,
            });
        }
#pragma warning restore CA5394

        return experts;
    }

    // string.GetHashCode is randomised per process; FNV-1a is the same everywhere.
    private static int StableSeed(string text)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        return unchecked((int)hash);
    }
}
