using System.Globalization;
using Hubs.Contracts.Geography;
using Hubs.Contracts.Taxonomy;
using Hubs.Directory.Registry;

namespace Hubs.Directory.Export;

/// <summary>
/// Maps the directory to HSDS 3.0: a hub is an organization with one physical location; each topic with at least one
/// active expert at a hub is a service there; our topics are the <c>hubs-topics</c> taxonomy, attached by attributes.
/// Only announced, not suspended hubs are exported. Nobody's name, title, bio or contact appears: experts are people.
/// </summary>
public static class OpenReferralExport
{
    public const string TaxonomyName = "hubs-topics";
    public const string TaxonomyVersion = "1";

    public static HsdsExport Build(IReadOnlyList<HubRecord> hubs, OfferCatalog catalog, DateTimeOffset? modifiedAfter, DateTimeOffset generatedAt)
    {
        var terms = Topics.All.ToDictionary(t => t.Code, Term, StringComparer.Ordinal);
        var offersByHub = catalog.Offers
            .Where(o => terms.ContainsKey(o.Topic)) // a code newer than this build's taxonomy would point at no term
            .ToLookup(o => o.HubId, StringComparer.Ordinal);

        var organizations = new List<HsdsOrganization>();
        var services = new List<HsdsService>();
        foreach (var hub in hubs.Where(h => h.IsAnnounced && !h.Suspended).OrderBy(h => h.HubId, StringComparer.Ordinal))
        {
            // Changes are dated per hub: over-reporting a hub's services is safe for a change feed, missing one is not.
            var changedAt = Latest(hub.UpdatedAt, catalog.ExpertsChangedAt.GetValueOrDefault(hub.HubId));
            if (modifiedAfter is { } since && changedAt < since)
            {
                continue;
            }

            var location = Location(hub);
            var hubServices = offersByHub[hub.HubId]
                .OrderBy(o => TopicOrder(o.Topic))
                .Select(o => Service(hub, o, terms[o.Topic], location, changedAt))
                .ToList();
            organizations.Add(Organization(hub, location, hubServices, terms));
            services.AddRange(hubServices);
        }

        return new HsdsExport
        {
            GeneratedAt = generatedAt,
            ModifiedAfter = modifiedAfter,
            Organizations = HsdsPages.Whole(organizations),
            Services = HsdsPages.Whole(services),
            Taxonomies = HsdsPages.Whole<HsdsTaxonomy>([Taxonomy()]),
            TaxonomyTerms = HsdsPages.Whole<HsdsTaxonomyTerm>([.. terms.Values]),
        };
    }

    public static HsdsTaxonomy Taxonomy() => new()
    {
        Id = HsdsIds.Taxonomy(TaxonomyName),
        Name = TaxonomyName,
        Description = "Argomenti delle consulenze della rete dei poli di innovazione. Consultation topics of the innovation hubs' network.",
        Version = TaxonomyVersion,
    };

    private static HsdsTaxonomyTerm Term(Topic topic) => new()
    {
        Id = HsdsIds.TaxonomyTerm(topic.Code),
        Code = topic.Code,
        Name = topic.LabelIt,
        Description = $"Consulenze su: {topic.LabelIt}. Consultations on: {topic.LabelEn}.",
        Taxonomy = TaxonomyName,
        TaxonomyId = HsdsIds.Taxonomy(TaxonomyName),
        Language = "it",
    };

    private static HsdsOrganization Organization(
        HubRecord hub, HsdsLocation location, IReadOnlyList<HsdsService> services, Dictionary<string, HsdsTaxonomyTerm> terms)
    {
        var id = HsdsIds.Organization(hub.HubId);
        return new HsdsOrganization
        {
            Id = id,
            Name = Name(hub),
            Description = Description(hub),
            Email = string.IsNullOrWhiteSpace(hub.ContactEmail) ? null : hub.ContactEmail,
            Website = Website(hub),
            OrganizationIdentifiers =
            [
                new HsdsOrganizationIdentifier
                {
                    Id = HsdsIds.For("organization-identifier", hub.HubId),
                    OrganizationId = id,
                    IdentifierType = "Hubs network hub id",
                    Identifier = hub.HubId,
                },
            ],
            Locations = [location],
            Attributes =
            [
                .. hub.Specialties.Where(terms.ContainsKey).Distinct(StringComparer.Ordinal).OrderBy(TopicOrder).Select(code => new HsdsAttributeEntry
                {
                    Id = HsdsIds.For("attribute", $"{hub.HubId}/specialty/{code}"),
                    LinkId = id,
                    TaxonomyTermId = terms[code].Id,
                    LinkType = "specialty",
                    LinkEntity = "organization",
                    TaxonomyTerm = terms[code],
                }),
            ],
            Services = [.. services.Select(s => new HsdsServiceBrief { Id = s.Id, Name = s.Name, AlternateName = s.AlternateName, Status = s.Status })],
        };
    }

    private static HsdsService Service(HubRecord hub, TopicOffer offer, HsdsTaxonomyTerm term, HsdsLocation location, DateTimeOffset changedAt)
    {
        var topic = Topics.Find(offer.Topic)!;
        var id = HsdsIds.Service(hub.HubId, offer.Topic);
        var name = Name(hub);
        return new HsdsService
        {
            Id = id,
            OrganizationId = location.OrganizationId,
            Name = $"Consulenza: {topic.LabelIt}",
            AlternateName = $"Consultation: {topic.LabelEn}",
            Description =
                $"Consulenze gratuite one-to-one su «{topic.LabelIt}» con gli esperti di {name}: un primo incontro di 45 minuti "
                + "(brainstorming) in videochiamata e, se serve, un approfondimento tecnico di 60 minuti. "
                + $"Free one-to-one consultations on \"{topic.LabelEn}\" with the experts of {name}: a first 45-minute brainstorming "
                + "video call and, if needed, a 60-minute technical follow-up.",
            Url = Website(hub),
            Status = "active",
            ApplicationProcess = "Prenotazione online di un incontro sul sito del polo. Book a meeting online on the hub's site.",
            FeesDescription = "Gratuito. Free of charge.",
            LastModified = changedAt,
            Languages = [.. offer.Languages.Order(StringComparer.Ordinal).Select(code => Language(code, serviceId: id, locationId: null))],
            Attributes =
            [
                new HsdsAttributeEntry
                {
                    Id = HsdsIds.For("attribute", $"{hub.HubId}/topic/{offer.Topic}"),
                    LinkId = id,
                    TaxonomyTermId = term.Id,
                    LinkType = "topic",
                    LinkEntity = "service",
                    TaxonomyTerm = term,
                },
            ],
            ServiceAtLocations =
            [
                new HsdsServiceAtLocation
                {
                    Id = HsdsIds.For("service-at-location", $"{hub.HubId}/{offer.Topic}"),
                    ServiceId = id,
                    LocationId = location.Id,
                    Location = location,
                },
            ],
            Organization = new HsdsOrganizationBrief
            {
                Id = location.OrganizationId,
                Name = name,
                Description = Description(hub),
                Website = Website(hub),
            },
        };
    }

    private static HsdsLocation Location(HubRecord hub)
    {
        var id = HsdsIds.Location(hub.HubId);
        var province = Provinces.Find(hub.ProvinceCode);
        var city = hub.City ?? "";
        var place = province is null
            ? $"{city} ({hub.ProvinceCode}), Italia. {city}, Italy."
            : $"{city}, provincia di {province.Name} ({province.Code}), {province.Region}, Italia. {city}, province of {province.Name}, {province.Region}, Italy.";
        return new HsdsLocation
        {
            Id = id,
            LocationType = "physical",
            OrganizationId = HsdsIds.Organization(hub.HubId),
            Name = $"{Name(hub)}, {city}",
            Description = place,
            Latitude = hub.Latitude ?? 0,
            Longitude = hub.Longitude ?? 0,
            ExternalIdentifier = hub.ProvinceCode ?? "",
            ExternalIdentifierType = "Italian province code (sigla)",
            Languages = [.. hub.Languages.Distinct(StringComparer.Ordinal).Select(code => Language(code, serviceId: null, locationId: id))],
        };
    }

    private static HsdsLanguage Language(string code, Guid? serviceId, Guid? locationId) => new()
    {
        Id = HsdsIds.For("language", $"{serviceId ?? locationId}/{code}"),
        ServiceId = serviceId,
        LocationId = locationId,
        Name = LanguageName(code),
        Code = code,
    };

    private static string LanguageName(string code)
    {
        try
        {
            return CultureInfo.GetCultureInfo(code).EnglishName;
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }

    private static string Name(HubRecord hub) => hub.Name ?? hub.HubId;

    private static string Description(HubRecord hub)
    {
        var name = Name(hub);
        var city = hub.City ?? "";
        return $"{name}: polo di innovazione della rete a {city}. Consulenze gratuite one-to-one per piccole imprese, start-up, "
            + "artigiani e commercianti: un primo incontro di 45 minuti e un approfondimento di 60 minuti. "
            + $"{name}: innovation hub of the network in {city}. Free one-to-one consultations for small businesses, start-ups, "
            + "craftspeople and shops: a first 45-minute meeting and a 60-minute follow-up.";
    }

    // HSDS types it as a URI: a value that is not an absolute http(s) URL is left out rather than exported malformed.
    private static string? Website(HubRecord hub) =>
        Uri.TryCreate(hub.PublicUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.AbsoluteUri
            : null;

    private static DateTimeOffset Latest(DateTimeOffset? a, DateTimeOffset b) => a is { } x && x > b ? x : b;

    private static int TopicOrder(string code)
    {
        for (var i = 0; i < Topics.All.Count; i++)
        {
            if (Topics.All[i].Code == code)
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}
