using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Hubs.Exchange.Practices;

namespace Hubs.Exchange.Feed;

/// <summary>The Atom 1.0 document of the newest practices: one entry per practice, its body as escaped HTML content.</summary>
public static class PracticeFeed
{
    public const string Path = "/api/practices/feed.atom";
    public const string MediaType = "application/atom+xml";
    public const int Size = 50;

    // A practice's identity is (hub, practice id): a stable IRI that does not depend on the host the feed was fetched from.
    public static string EntryId(string hubId, Guid practiceId) => $"urn:hubs:practice:{hubId}:{practiceId:D}";

    public static byte[] Write(IReadOnlyList<PracticeRecord> practices)
    {
        var feed = new SyndicationFeed(
            "Hubs network — best practices",
            "Practices published by the network's innovation hubs, most recently updated first.",
            null,
            "urn:hubs:practices",
            practices.Count > 0 ? practices.Max(p => p.UpdatedAt) : DateTimeOffset.UnixEpoch)
        {
            Items = [.. practices.Select(Entry)],
        };
        feed.Authors.Add(new SyndicationPerson { Name = "Hubs network" });
        feed.Links.Add(SyndicationLink.CreateSelfLink(new Uri(Path, UriKind.Relative), MediaType));

        using var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), Indent = true };
        using (var writer = XmlWriter.Create(buffer, settings))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }

        return buffer.ToArray();
    }

    private static SyndicationItem Entry(PracticeRecord practice)
    {
        var item = new SyndicationItem
        {
            Id = EntryId(practice.HubId, practice.PracticeId),
            Title = new TextSyndicationContent(FeedText.Clean(practice.Title)),
            Summary = new TextSyndicationContent(FeedText.Clean(practice.Summary)),
            Content = new TextSyndicationContent(FeedText.Clean(practice.BodyHtml), TextSyndicationContentKind.Html),
            PublishDate = practice.PublishedAt,
            LastUpdatedTime = practice.UpdatedAt,
        };
        item.Authors.Add(new SyndicationPerson { Name = FeedText.Clean(practice.HubName ?? practice.HubId) });
        item.Links.Add(SyndicationLink.CreateAlternateLink(
            new Uri($"/api/practices/{Uri.EscapeDataString(practice.HubId)}/{practice.PracticeId:D}", UriKind.Relative), "application/json"));
        foreach (var topic in practice.Topics)
        {
            item.Categories.Add(new SyndicationCategory(FeedText.Clean(topic)));
        }

        return item;
    }
}
