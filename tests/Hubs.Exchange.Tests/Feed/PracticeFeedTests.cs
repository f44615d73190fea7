using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using Hubs.Exchange.Tests.Infrastructure;

namespace Hubs.Exchange.Tests.Feed;

/// <summary><c>GET /api/practices/feed.atom</c>: well-formed Atom 1.0, text escaped, the newest 50 only.</summary>
public sealed class PracticeFeedTests(ExchangeApp app) : IClassFixture<ExchangeApp>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private async Task<XDocument> FeedAsync()
    {
        var response = await app.Client.GetAsync("/api/practices/feed.atom");
        response.EnsureSuccessStatusCode();
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        // Readable by a syndication client as well as a plain XML parser.
        using (var reader = XmlReader.Create(new MemoryStream(bytes)))
        {
            Assert.NotNull(SyndicationFeed.Load(reader));
        }

        return XDocument.Load(new MemoryStream(bytes));
    }

    [Fact]
    public async Task The_feed_is_atom_with_titles_and_bodies_escaped()
    {
        var hub = Make.HubId();
        var practice = Guid.CreateVersion7();
        const string title = "Caffè <b>bold</b> & \"quoted\" 'x' ]]>";
        await app.PublishAndConsumeAsync(Make.Announced(hub, 1, name: "Hub <Ivrea> & Co"));
        await app.PublishAndConsumeAsync(PracticeEvents.Published(hub, practice, 1, title: title,
            body: "<script>alert(1)</script> and [x](javascript:alert(1)) and **ok**") with
        {
            // Characters XML cannot carry, as a careless hub might send them: dropped from the feed, never a 500.
            Summary = "Bell \u0007 and a lone \ud800 surrogate",
            OccurredAt = Make.Epoch.AddYears(50),
        });

        var feed = await FeedAsync();
        Assert.Equal(Atom + "feed", feed.Root!.Name);
        Assert.Equal("urn:hubs:practices", feed.Root.Element(Atom + "id")!.Value);
        Assert.NotNull(feed.Root.Element(Atom + "updated"));

        var entry = feed.Root.Elements(Atom + "entry").Single(e => e.Element(Atom + "id")!.Value == $"urn:hubs:practice:{hub}:{practice}");
        Assert.Equal(title, entry.Element(Atom + "title")!.Value);
        // The bus's JSON already turns the lone surrogate into U+FFFD; the bell is the feed's to drop.
        Assert.Equal("Bell  and a lone \uFFFD surrogate", entry.Element(Atom + "summary")!.Value);
        Assert.Equal("Hub <Ivrea> & Co", entry.Element(Atom + "author")!.Element(Atom + "name")!.Value);
        Assert.Equal($"/api/practices/{hub}/{practice}", entry.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "alternate").Attribute("href")!.Value);
        Assert.Equal("ecommerce", entry.Element(Atom + "category")!.Attribute("term")!.Value);
        Assert.NotNull(entry.Element(Atom + "published"));
        Assert.NotNull(entry.Element(Atom + "updated"));

        var content = entry.Element(Atom + "content")!;
        Assert.Equal("html", content.Attribute("type")!.Value);
        Assert.Equal("<p>&lt;script&gt;alert(1)&lt;/script&gt; and x and <strong>ok</strong></p>\n", content.Value);

        var raw = feed.ToString();
        Assert.DoesNotContain("<b>bold", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_feed_holds_the_newest_50_newest_first_and_no_withdrawn_practice()
    {
        var hub = Make.HubId();
        var practices = Enumerable.Range(0, 55).Select(_ => Guid.CreateVersion7()).ToArray();
        for (var i = 0; i < practices.Length; i++)
        {
            await app.PublishAndConsumeAsync(PracticeEvents.Published(hub, practices[i], 1, title: $"Feed {i}") with { OccurredAt = Make.Epoch.AddYears(100).AddMinutes(i) });
        }

        await app.PublishAndConsumeAsync(PracticeEvents.Withdrawn(hub, practices[54], 2));

        var ids = (await FeedAsync()).Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value).ToList();
        Assert.Equal(50, ids.Count);
        Assert.Equal(
            practices[4..54].Reverse().Select(p => $"urn:hubs:practice:{hub}:{p}"),
            ids);
    }
}
