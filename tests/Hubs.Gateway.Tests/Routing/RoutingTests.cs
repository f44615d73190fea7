using System.Net;
using System.Net.Http.Json;
using System.Text;
using Hubs.Gateway.Tests.Infrastructure;

namespace Hubs.Gateway.Tests.Routing;

public sealed class RoutingTests(RoutingFederation fixture) : IClassFixture<RoutingFederation>
{
    private readonly TestFederation _federation = fixture.Federation;

    private static string Marker() => Guid.NewGuid().ToString("N");

    private UpstreamCall[] CallsWith(string upstream, string marker) =>
        [.. _federation.Upstreams[upstream].Calls.Where(c => c.Query.Contains(marker, StringComparison.Ordinal) || c.Path.Contains(marker, StringComparison.Ordinal))];

    [Fact]
    public async Task A_hub_call_reaches_that_hub_with_path_and_query_unchanged()
    {
        var marker = Marker();

        using var response = await _federation.Client.GetAsync($"/api/hubs/alpha/experts?topic=cybersecurity&marker={marker}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<UpstreamCall>();
        Assert.Equal("alpha", answer!.Upstream);
        Assert.Equal("/api/hubs/alpha/experts", answer.Path);
        Assert.Equal($"?topic=cybersecurity&marker={marker}", answer.Query);
        Assert.Single(CallsWith("alpha", marker));
        Assert.Empty(CallsWith("beta", marker));
    }

    [Fact]
    public async Task A_hub_id_in_any_letter_case_reaches_that_hub_under_its_registered_id()
    {
        var marker = Marker();

        var answer = await _federation.Client.GetFromJsonAsync<UpstreamCall>($"/api/hubs/ALPHA/experts/{marker}?topic=AI&marker={marker}");
        var bare = await _federation.Client.GetFromJsonAsync<UpstreamCall>($"/api/hubs/Beta?marker={marker}");

        Assert.Equal(("alpha", $"/api/hubs/alpha/experts/{marker}", $"?topic=AI&marker={marker}"), (answer!.Upstream, answer.Path, answer.Query));
        Assert.Equal(("beta", "/api/hubs/beta"), (bare!.Upstream, bare.Path));
    }

    [Fact]
    public async Task Another_hub_call_reaches_the_other_hub()
    {
        var marker = Marker();

        var answer = await _federation.Client.GetFromJsonAsync<UpstreamCall>($"/api/hubs/beta/slots/{marker}?kind=brainstorming");

        Assert.Equal("beta", answer!.Upstream);
        Assert.Equal($"/api/hubs/beta/slots/{marker}", answer.Path);
        Assert.Equal("?kind=brainstorming", answer.Query);
        Assert.Empty(CallsWith("alpha", marker));
    }

    [Fact]
    public async Task Directory_calls_reach_the_directory()
    {
        var marker = Marker();

        var answer = await _federation.Client.GetFromJsonAsync<UpstreamCall>($"/api/directory/experts?q=x&marker={marker}");

        Assert.Equal("directory", answer!.Upstream);
        Assert.Equal("/api/directory/experts", answer.Path);
        Assert.Equal($"?q=x&marker={marker}", answer.Query);
    }

    [Fact]
    public async Task Practice_calls_reach_the_exchange_with_or_without_a_trailing_path()
    {
        var marker = Marker();

        var bare = await _federation.Client.GetFromJsonAsync<UpstreamCall>($"/api/practices?marker={marker}");
        var deeper = await _federation.Client.GetFromJsonAsync<UpstreamCall>($"/api/practices/{marker}");

        Assert.Equal(("exchange", "/api/practices"), (bare!.Upstream, bare.Path));
        Assert.Equal(("exchange", $"/api/practices/{marker}"), (deeper!.Upstream, deeper.Path));
    }

    [Fact]
    public async Task A_post_is_forwarded_with_its_method_body_and_content_type()
    {
        var marker = Marker();
        var json = $$"""{"name":"Giulia","marker":"{{marker}}"}""";

        using var response = await _federation.Client.PostAsync(
            "/api/hubs/alpha/experts", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var received = Assert.Single(_federation.Upstreams["alpha"].Calls, c => c.Body.Contains(marker, StringComparison.Ordinal));
        Assert.Equal("POST", received.Method);
        Assert.Equal("/api/hubs/alpha/experts", received.Path);
        Assert.Equal(json, received.Body);
        Assert.StartsWith("application/json", received.ContentType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_hub_gets_a_404_problem_naming_it_and_nothing_is_forwarded()
    {
        var marker = Marker();

        using var response = await _federation.Client.GetAsync($"/api/hubs/nowhere/experts?marker={marker}");
        using var post = await _federation.Client.PostAsync($"/api/hubs/nowhere?marker={marker}", new StringContent("{}", Encoding.UTF8, "application/json"));

        var problem = await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Contains("nowhere", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        await ProblemAssertions.AssertProblemAsync(post, HttpStatusCode.NotFound);
        Assert.All(_federation.Upstreams.Keys, upstream => Assert.Empty(CallsWith(upstream, marker)));
        Assert.DoesNotContain(_federation.Upstreams.Values.SelectMany(u => u.Calls), c => c.Path.Contains("nowhere", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_upstream_error_passes_through_as_the_upstream_wrote_it()
    {
        using var response = await _federation.Client.GetAsync($"/api/hubs/alpha/{Upstream.EmptyNotFoundSegment}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/alive")]
    public async Task The_gateway_answers_its_own_probes_without_forwarding_them(string path)
    {
        using var response = await _federation.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(_federation.Upstreams.Values.SelectMany(u => u.Calls), c => c.Path == path);
    }
}
