using System.Net;
using System.Net.Http.Json;
using System.Text;
using Hubs.HubNode.Tests.Support;
using Microsoft.AspNetCore.Mvc;
using NodaTime;

namespace Hubs.HubNode.Tests.Availability;

public sealed class AvailabilityRejectionTests
{
    [Theory]
    [InlineData("""{"weekly":[{"day":"funday","start":"09:00","end":"12:00"}]}""", "weekly[0].day")]
    [InlineData("""{"weekly":[{"start":"09:00","end":"12:00"}]}""", "weekly[0].day")]
    [InlineData("""{"weekly":[{"day":"monday","start":"12:00","end":"09:00"}]}""", "weekly[0].end")]
    [InlineData("""{"weekly":[{"day":"monday","start":"09:00","end":"09:00"}]}""", "weekly[0].end")]
    [InlineData("""{"weekly":[{"day":"monday","start":"09:00","end":"00:00"}]}""", "weekly[0].end")]
    [InlineData("""{"weekly":[{"day":"monday","start":"9am","end":"12:00"}]}""", "weekly[0].start")]
    [InlineData("""{"weekly":[{"day":"monday","start":"25:00","end":"26:00"}]}""", "weekly[0].start")]
    [InlineData("""{"weekly":[{"day":"monday","start":"24:00","end":"24:00"}]}""", "weekly[0].start")]
    [InlineData("""{"weekly":[{"day":"monday","start":"09:00","end":"24:01"}]}""", "weekly[0].end")]
    [InlineData("""{"weekly":[{"day":"monday","start":"09:00"}]}""", "weekly[0].end")]
    [InlineData("""{"weekly":[{"day":"monday","start":"09:00","end":"12:00"},{"day":"tuesday","start":"09:00","end":"12:00"},{"day":"monday","start":"11:00","end":"13:00"}]}""", "weekly[2]")]
    [InlineData("""{"weekly":[{"day":"monday","start":"11:00","end":"13:00"},{"day":"monday","start":"09:00","end":"17:00"}]}""", "weekly[0]")]
    [InlineData("""{"weekly":[null]}""", "weekly[0]")]
    [InlineData("""{"weekly":{"day":"monday"}}""", "weekly")]
    [InlineData("""{"weekly":[{"day":1,"start":"09:00","end":"12:00"}]}""", "weekly[0].day")]
    [InlineData("""{"exceptions":[{"from":"2026-13-01"}]}""", "exceptions[0].from")]
    [InlineData("""{"exceptions":[{"to":"2026-12-01"}]}""", "exceptions[0].from")]
    [InlineData("""{"exceptions":[{"from":"2026-12-24","to":"2026-12-01"}]}""", "exceptions[0].to")]
    [InlineData("""{"exceptions":[{"from":"2026-12-24","to":"24/12/2026"}]}""", "exceptions[0].to")]
    [InlineData("""{"exceptions":[{"from":"2026-12-24","start":"09:00"}]}""", "exceptions[0].end")]
    [InlineData("""{"exceptions":[{"from":"2026-12-24","end":"09:00"}]}""", "exceptions[0].start")]
    [InlineData("""{"exceptions":[{"from":"1999-12-24"}]}""", "exceptions[0].from")]
    [InlineData("""{"exceptions":[{"from":"9999-12-31"}]}""", "exceptions[0].from")]
    [InlineData("""{"extraOpenings":[{"start":"10:00","end":"12:00"}]}""", "extraOpenings[0].date")]
    [InlineData("""{"extraOpenings":[{"date":"2026-12-20","start":"10:00","end":"09:00"}]}""", "extraOpenings[0].end")]
    [InlineData("""{"extraOpenings":[{"date":"2026-12-20","start":"10:00:00","end":"12:00"}]}""", "extraOpenings[0].start")]
    [InlineData("""{"bufferMinutes":-5}""", "bufferMinutes")]
    [InlineData("""{"bufferMinutes":241}""", "bufferMinutes")]
    [InlineData("""{"bufferMinutes":"fifteen"}""", "bufferMinutes")]
    [InlineData("""{"bufferMinutes":1e30}""", "bufferMinutes")]
    [InlineData("""{"minimumNoticeHours":-1}""", "minimumNoticeHours")]
    [InlineData("""{"horizonDays":366}""", "horizonDays")]
    [InlineData("""{"horizonDays":0}""", "horizonDays")]
    [InlineData("""{"stepMinutes":7}""", "stepMinutes")]
    [InlineData("""{"stepMinutes":0}""", "stepMinutes")]
    [InlineData("""{"timeZone":"Mars/Olympus"}""", "timeZone")]
    [InlineData("""{"timeZone":""}""", "timeZone")]
    [InlineData("null", "body")]
    [InlineData("[]", "body")]
    public async Task A_bad_availability_is_a_400_naming_the_field_and_stores_nothing(string json, string field)
    {
        await using var node = new ClockedNode(Instant.FromUtc(2026, 3, 1, 8, 0));
        var expert = await node.CreateExpertAsync();
        var outbox = await StoreFile.OutboxCountAsync(node.DatabasePath);

        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        var response = await node.Client.PutAsync(ClockedNode.Path($"experts/{expert.Id}/availability"), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>();
        Assert.True(problem!.Errors.ContainsKey(field), $"expected an error on {field}, got {string.Join(", ", problem.Errors.Keys)}");
        Assert.Equal(HttpStatusCode.NotFound, (await node.Client.GetAsync(ClockedNode.Path($"experts/{expert.Id}/availability"))).StatusCode);
        Assert.Equal(outbox, await StoreFile.OutboxCountAsync(node.DatabasePath));
    }

    [Theory]
    [InlineData("{\"weekly\": [")]
    [InlineData("{\"weekly\": [{\"day\": \"monday\", ")]
    [InlineData("not json at all")]
    [InlineData("")]
    public async Task Malformed_json_is_a_400_problem(string json)
    {
        await using var node = new ClockedNode(Instant.FromUtc(2026, 3, 1, 8, 0));
        var expert = await node.CreateExpertAsync();

        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        var response = await node.Client.PutAsync(ClockedNode.Path($"experts/{expert.Id}/availability"), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Several_errors_are_reported_together()
    {
        await using var node = new ClockedNode(Instant.FromUtc(2026, 3, 1, 8, 0));
        var expert = await node.CreateExpertAsync();

        var response = await node.Client.PutAsJsonAsync(ClockedNode.Path($"experts/{expert.Id}/availability"), new
        {
            weekly = new[] { new { day = "monday", start = "10:00", end = "09:00" } },
            bufferMinutes = -1,
            horizonDays = 400,
        });

        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>();
        Assert.Equal(["bufferMinutes", "horizonDays", "weekly[0].end"], problem!.Errors.Keys.Order(StringComparer.Ordinal));
    }
}
