using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hubs.Exchange.Tests.Infrastructure;

namespace Hubs.Exchange.Tests.Practices;

/// <summary>PracticePublished/PracticeWithdrawn on the (in-memory) bus, read back through the API: version-gated, history kept, withdrawal hides.</summary>
public sealed class PracticeProjectionTests(ExchangeApp app) : IClassFixture<ExchangeApp>
{
    private readonly string _hub = Make.HubId();
    private readonly Guid _practice = Guid.CreateVersion7();

    private string PracticePath => $"/api/practices/{_hub}/{_practice}";

    private async Task<JsonElement> ListedAsync() =>
        (await Json.ReadAsync(await app.Client.GetAsync($"/api/practices?hub={_hub}"))).GetProperty("items");

    [Fact]
    public async Task A_published_practice_is_listed_and_served_with_safe_html()
    {
        await app.PublishAndConsumeAsync(Make.Announced(_hub, 1, name: "Ivrea Hub"));
        await app.PublishAndConsumeAsync(PracticeEvents.Published(_hub, _practice, 1, title: "Vetrine online"));

        var item = (await ListedAsync()).EnumerateArray().Single();
        Assert.Equal(_practice, item.GetProperty("practiceId").GetGuid());
        Assert.Equal("Vetrine online", item.GetProperty("title").GetString());
        Assert.Equal("Ivrea Hub", item.GetProperty("hubName").GetString());
        Assert.False(item.TryGetProperty("bodyMarkdown", out _));

        var practice = await app.Client.GetFromJsonAsync<JsonElement>(PracticePath);
        Assert.Equal(1, practice.GetProperty("version").GetInt64());
        Assert.Equal("<h2 id=\"version-1\">Version 1</h2>\n<p>A <strong>bold</strong> step and a <a href=\"https://example.org/v1\" rel=\"nofollow noopener noreferrer ugc\">link</a>.</p>\n",
            practice.GetProperty("bodyHtml").GetString());
        Assert.Equal(["https://example.org/practice"], practice.GetProperty("links").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal("PR FESR 2021-2027", practice.GetProperty("grantCallReference").GetString());
        Assert.Equal(Make.Epoch.AddHours(1), practice.GetProperty("publishedAt").GetDateTimeOffset());
        Assert.Equal(0, practice.GetProperty("adoptions").GetInt64());
    }

    [Fact]
    public async Task Script_in_the_markdown_comes_out_inert()
    {
        await app.PublishAndConsumeAsync(PracticeEvents.Published(_hub, _practice, 1,
            body: "<script>alert(1)</script>\n\n[x](javascript:alert(1)) <img src=x onerror=alert(1)>"));

        var html = (await app.Client.GetFromJsonAsync<JsonElement>(PracticePath)).GetProperty("bodyHtml").GetString();

        Assert.Equal("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n<p>x &lt;img src=x onerror=alert(1)&gt;</p>\n", html);
    }

    [Fact]
    public async Task A_newer_version_replaces_an_older_or_duplicate_one_is_history_only()
    {
        var v2 = PracticeEvents.Published(_hub, _practice, 2, title: "Two");
        await app.PublishAndConsumeAsync(v2);
        await app.PublishAndConsumeAsync(PracticeEvents.Published(_hub, _practice, 1, title: "One"));
        await app.PublishAndConsumeAsync(v2 with { EventId = Guid.NewGuid(), Title = "Two again" });

        var practice = await app.Client.GetFromJsonAsync<JsonElement>(PracticePath);
        Assert.Equal("Two", practice.GetProperty("title").GetString());
        Assert.Equal(2, practice.GetProperty("version").GetInt64());
        // The late version 1 still says when the practice was first published.
        Assert.Equal(Make.Epoch.AddHours(1), practice.GetProperty("publishedAt").GetDateTimeOffset());
        Assert.Equal(Make.Epoch.AddHours(2), practice.GetProperty("updatedAt").GetDateTimeOffset());

        var versions = await app.Client.GetFromJsonAsync<JsonElement>($"{PracticePath}/versions");
        Assert.Equal([2L, 1L], versions.EnumerateArray().Select(v => v.GetProperty("version").GetInt64()));
        Assert.Equal([true, false], versions.EnumerateArray().Select(v => v.GetProperty("current").GetBoolean()));
        Assert.Equal(["Two", "One"], versions.EnumerateArray().Select(v => v.GetProperty("title").GetString()));

        var one = await app.Client.GetFromJsonAsync<JsonElement>($"{PracticePath}/versions/1");
        Assert.Equal("One", one.GetProperty("title").GetString());
        Assert.False(one.GetProperty("current").GetBoolean());
        Assert.Contains("https://example.org/v1", one.GetProperty("bodyHtml").GetString(), StringComparison.Ordinal);

        await app.PublishAndConsumeAsync(PracticeEvents.Published(_hub, _practice, 3, title: "Three"));
        Assert.Equal("Three", (await app.Client.GetFromJsonAsync<JsonElement>(PracticePath)).GetProperty("title").GetString());
        Assert.Equal(3, (await app.Client.GetFromJsonAsync<JsonElement>($"{PracticePath}/versions")).GetArrayLength());
        await Json.AssertProblem(await app.Client.GetAsync($"{PracticePath}/versions/9"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_withdrawn_practice_is_hidden_everywhere_and_an_older_publish_does_not_revive_it()
    {
        await app.PublishAndConsumeAsync(PracticeEvents.Published(_hub, _practice, 1));
        await app.PublishAndConsumeAsync(PracticeEvents.Published(_hub, _practice, 2));
        await app.PublishAndConsumeAsync(PracticeEvents.Withdrawn(_hub, _practice, 3));
        await app.PublishAndConsumeAsync(PracticeEvents.Published(_hub, _practice, 2) with { EventId = Guid.NewGuid() });

        Assert.Equal(0, (await ListedAsync()).GetArrayLength());
        foreach (var path in new[] { PracticePath, $"{PracticePath}/versions", $"{PracticePath}/versions/1", $"{PracticePath}/adoptions", $"{PracticePath}/endorsements" })
        {
            await Json.AssertProblem(await app.Client.GetAsync(path), HttpStatusCode.NotFound);
        }

        var feed = await app.Client.GetStringAsync("/api/practices/feed.atom");
        Assert.DoesNotContain(_practice.ToString(), feed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_withdrawal_that_arrives_first_wins_over_the_publishes_it_followed()
    {
        await app.PublishAndConsumeAsync(PracticeEvents.Withdrawn(_hub, _practice, 2));
        await app.PublishAndConsumeAsync(PracticeEvents.Published(_hub, _practice, 1));

        await Json.AssertProblem(await app.Client.GetAsync(PracticePath), HttpStatusCode.NotFound);
        Assert.Equal(0, (await ListedAsync()).GetArrayLength());
    }

    public static TheoryData<string> Malformed() =>
    [
        "version 0", "empty title", "javascript link", "relative link", "e-mail in body", "phone in summary", "unknown language",
        "no topics", "body too long", "bad hub id", "empty practice id", "null links",
    ];

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task A_malformed_or_personal_event_is_dropped(string flaw)
    {
        var e = PracticeEvents.Published(_hub, _practice, 1);
        e = flaw switch
        {
            "version 0" => e with { Version = 0 },
            "empty title" => e with { Title = "  " },
            "javascript link" => e with { Links = ["javascript:alert(1)"] },
            "relative link" => e with { Links = ["/elsewhere"] },
            "e-mail in body" => e with { BodyMarkdown = "Write to anna.bianchi@example.org" },
            "phone in summary" => e with { Summary = "Call +39 333 123 4567" },
            "unknown language" => e with { Language = "xx" },
            "no topics" => e with { Topics = [] },
            "body too long" => e with { BodyMarkdown = new string('b', 20_001) },
            "bad hub id" => e with { HubId = "Not A Hub" },
            "empty practice id" => e with { PracticeId = Guid.Empty },
            "null links" => e with { Links = null! },
            _ => throw new ArgumentOutOfRangeException(nameof(flaw)),
        };

        await app.PublishAndConsumeAsync(e);

        await Json.AssertProblem(await app.Client.GetAsync(PracticePath), HttpStatusCode.NotFound);
    }
}
