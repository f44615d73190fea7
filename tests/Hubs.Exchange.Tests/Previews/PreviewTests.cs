using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hubs.Contracts.Practices;
using Hubs.Exchange.Tests.Infrastructure;
using Hubs.Testing;

namespace Hubs.Exchange.Tests.Previews;

/// <summary>The preview staff see while writing a practice is the exchange's own rendering: same safety, nothing stored.</summary>
public sealed class PreviewTests(ExchangeApp app) : IClassFixture<ExchangeApp>
{
    private const string Preview = "/api/practices/preview";

    private async Task<HttpResponseMessage> PostAsStaffAsync(object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Preview) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = TestAuth.Bearer(TestAuth.Staff("lomazzo"));
        return await app.Client.SendAsync(request);
    }

    [Fact]
    public async Task Markdown_comes_back_as_the_exchanges_safe_html()
    {
        var markdown = "## Vetrina online\n\nCon **quattro negozi**: [guida](https://example.org/guida).\n\n<script>alert(1)</script>\n\n[clic](javascript:alert(1))";

        using var response = await PostAsStaffAsync(new { bodyMarkdown = markdown });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("bodyHtml").GetString()!;
        Assert.Equal(Hubs.Exchange.Practices.PracticeMarkdown.ToHtml(markdown), html);
        Assert.Contains("<strong>quattro negozi</strong>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.org/guida\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_or_too_long_body_is_a_problem_naming_the_field()
    {
        foreach (var body in new[] { "  ", new string('a', PracticeLimits.MaxBodyLength + 1) })
        {
            using var response = await PostAsStaffAsync(new { bodyMarkdown = body });
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("bodyMarkdown", out _));
        }
    }

    [Fact]
    public async Task Only_hub_staff_may_preview()
    {
        using var anonymous = new HttpRequestMessage(HttpMethod.Post, Preview) { Content = JsonContent.Create(new { bodyMarkdown = "x" }) };
        anonymous.Headers.Authorization = null;
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = null;
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(anonymous)).StatusCode);

        using var coordinator = await app.Client.PostAsJsonAsync(Preview, new { bodyMarkdown = "x" });
        Assert.Equal(HttpStatusCode.Forbidden, coordinator.StatusCode);
    }
}
