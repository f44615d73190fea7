using System.Collections.Frozen;
using Hubs.Contracts.Federation;
using Hubs.Contracts.Taxonomy;
using Hubs.HubNode.Profile;

namespace Hubs.HubNode.Demo;

/// <summary>
/// Profiles of the twelve founding hubs (city-centre coordinates), so a local federation needs nothing but
/// <c>Hub:Id</c>. A configured value always wins over the catalog.
/// </summary>
public static class DemoHubs
{
    private static readonly FrozenDictionary<string, DemoHub> ById = new DemoHub[]
    {
        new(HubIds.Lomazzo, "ComoNext Innovation Hub", "Lomazzo", "CO", 45.6986, 9.0364,
            [Topics.Industry40.Code, Topics.Ecommerce.Code, Topics.DigitalMarketing.Code, Topics.Grants.Code, Topics.AiData.Code],
            "https://www.comonext.it"),
        new(HubIds.Ivrea, "Ivrea Innovation Hub", "Ivrea", "TO", 45.4667, 7.8760,
            [Topics.AiData.Code, Topics.Cybersecurity.Code, Topics.Industry40.Code]),
        new(HubIds.Novara, "Novara Innovation Hub", "Novara", "NO", 45.4469, 8.6222,
            [Topics.Ecommerce.Code, Topics.OrganisationFinance.Code, Topics.Energy.Code]),
        new(HubIds.Caserta, "Caserta Innovation Hub", "Caserta", "CE", 41.0745, 14.3324,
            [Topics.Ecommerce.Code, Topics.DigitalMarketing.Code, Topics.Internationalisation.Code, Topics.Grants.Code]),
        new(HubIds.Trento, "Trento Innovation Hub", "Trento", "TN", 46.0679, 11.1211,
            [Topics.Energy.Code, Topics.AiData.Code, Topics.Industry40.Code]),
        new(HubIds.Padova, "Padova Innovation Hub", "Padova", "PD", 45.4064, 11.8768,
            [Topics.Industry40.Code, Topics.Internationalisation.Code, Topics.OrganisationFinance.Code]),
        new(HubIds.Bologna, "Bologna Innovation Hub", "Bologna", "BO", 44.4949, 11.3426,
            [Topics.Industry40.Code, Topics.AiData.Code, Topics.Energy.Code]),
        new(HubIds.Pisa, "Pisa Innovation Hub", "Pisa", "PI", 43.7228, 10.4017,
            [Topics.AiData.Code, Topics.Cybersecurity.Code, Topics.DigitalMarketing.Code]),
        new(HubIds.Ancona, "Ancona Innovation Hub", "Ancona", "AN", 43.6158, 13.5189,
            [Topics.Internationalisation.Code, Topics.Ecommerce.Code, Topics.Industry40.Code]),
        new(HubIds.Bari, "Bari Innovation Hub", "Bari", "BA", 41.1171, 16.8719,
            [Topics.Ecommerce.Code, Topics.Grants.Code, Topics.Energy.Code]),
        new(HubIds.Catania, "Catania Innovation Hub", "Catania", "CT", 37.5079, 15.0830,
            [Topics.AiData.Code, Topics.Ecommerce.Code, Topics.Grants.Code]),
        new(HubIds.Cagliari, "Cagliari Innovation Hub", "Cagliari", "CA", 39.2238, 9.1217,
            [Topics.Energy.Code, Topics.DigitalMarketing.Code, Topics.Grants.Code]),
    }.ToFrozenDictionary(h => h.Id, StringComparer.Ordinal);

    private static readonly string[] DefaultLanguages = ["it", "en"];

    public static IReadOnlyCollection<DemoHub> All => ById.Values;

    public static DemoHub? Find(string? hubId) => hubId is not null && ById.TryGetValue(hubId, out var hub) ? hub : null;

    /// <summary>Fills what the configuration left out from the catalog, when the hub's name, city or province is missing.</summary>
    public static void FillGaps(HubOptions options)
    {
        var incomplete = string.IsNullOrWhiteSpace(options.Name) || string.IsNullOrWhiteSpace(options.City) || string.IsNullOrWhiteSpace(options.Province);
        if (!incomplete || Find(options.Id) is not { } hub)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(options.Name))
        {
            options.Name = hub.Name;
        }

        if (string.IsNullOrWhiteSpace(options.City))
        {
            options.City = hub.City;
        }

        if (string.IsNullOrWhiteSpace(options.Province))
        {
            options.Province = hub.Province;
        }

        options.Latitude ??= hub.Latitude;
        options.Longitude ??= hub.Longitude;
        if (options.Specialties.Count == 0)
        {
            options.Specialties.AddRange(hub.Specialties);
        }

        if (options.Languages.Count == 0)
        {
            options.Languages.AddRange(DefaultLanguages);
        }

        options.PublicUrl ??= hub.PublicUrl;
    }
}
