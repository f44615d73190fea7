using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dapper;
using Hubs.HubNode.Tests.Support;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace Hubs.HubNode.Tests.Bookings;

/// <summary>Every bad booking request is a problem response with a clear reason; nothing is stored and no event written.</summary>
public sealed class BookingRejectionTests(RejectionNodeFixture fixture) : IClassFixture<RejectionNodeFixture>
{
    private const string ExpertId = "{expert}";
    private static readonly Instant Free = BookingNode.March(5, 10);

    public static TheoryData<string, string> BadBodies() => new()
    {
        { Json(Intake("email", "mario.rossi")), "intake.email" },
        { Json(Intake("email", "Mario <mario@example.com>")), "intake.email" },
        { Json(Intake("email", "")), "intake.email" },
        { Json(Intake("vatNumber", "12345678901")), "intake.vatNumber" },
        { Json(Intake("vatNumber", "IT0074311015")), "intake.vatNumber" },
        { Json(Intake("consent", false)), "intake.consent" },
        { Json(Intake("consent", null)), "intake.consent" },
        { Json(Intake("consentVersion", null)), "intake.consentVersion" },
        { Json(Intake("need", new string('n', 2001))), "intake.need" },
        { Json(Intake("need", null)), "intake.need" },
        { Json(Intake("companyName", new string('c', 201))), "intake.companyName" },
        { Json(Intake("companyName", null)), "intake.companyName" },
        { Json(Intake("atecoSection", "X")), "intake.atecoSection" },
        { Json(Intake("sizeClass", "huge")), "intake.sizeClass" },
        { Json(Intake("provinceCode", "ZZ")), "intake.provinceCode" },
        { Json(Intake("topics", Array.Empty<string>())), "intake.topics" },
        { Json(Intake("topics", new[] { "ecommerce", "alchemy" })), "intake.topics[1]" },
        { Json(Intake("consent", "yes")), "intake.consent" },
        { Json(Intake("topics", "ecommerce")), "intake.topics" },
        { Json(Top("intake", null)), "intake" },
        { Json(Top("intake", "everything")), "intake" },
        { Json(Top("expertId", null)), "expertId" },
        { Json(Top("expertId", "anna")), "expertId" },
        { Json(Top("start", null)), "start" },
        { Json(Top("start", "2026-03-05T10:00:00")), "start" },
        { Json(Top("start", "5 March 2026 10:00")), "start" },
        { Json(Top("start", 1772701200)), "start" },
        { Json(Top("kind", null)), "kind" },
        { Json(Top("kind", "coffee")), "kind" },
        { Json(Top("kind", "0")), "kind" },
        { Json(Top("caseId", Guid.NewGuid().ToString())), "caseId" },
        { Json(Top("kind", "followup")), "caseId" },
        { """{"expertId": "x", "start": """, "start" }, // cut inside a value: the error points at it
        { "not json", "body" },
        { "", "body" },
        { "null", "body" },
        { "[]", "body" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task A_malformed_booking_is_a_400_naming_the_field(string body, string field)
    {
        var response = await Unchanged(() => Post(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = problem.RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), $"errors has no '{field}': {errors}");
    }

    public static TheoryData<string, HttpStatusCode, string> BadSlots() => new()
    {
        { BookingBodies.Start(BookingNode.March(2, 8)), HttpStatusCode.UnprocessableEntity, "slot-in-past" },
        { "2020-01-01T10:00:00Z", HttpStatusCode.UnprocessableEntity, "slot-in-past" },
        { BookingBodies.Start(BookingNode.March(7, 10)), HttpStatusCode.Conflict, "slot-not-offered" }, // Saturday
        { BookingBodies.Start(BookingNode.March(5, 8)), HttpStatusCode.Conflict, "slot-not-offered" }, // before opening
        { BookingBodies.Start(BookingNode.March(5, 16, 30)), HttpStatusCode.Conflict, "slot-not-offered" }, // would end after 17:00
        { BookingBodies.Start(BookingNode.March(5, 10, 5)), HttpStatusCode.Conflict, "slot-not-offered" }, // off the grid
        { BookingBodies.Start(BookingNode.March(2, 15)), HttpStatusCode.Conflict, "slot-not-offered" }, // inside 24 h notice
        { BookingBodies.Start(BookingNode.Rome(2026, 6, 1, 10)), HttpStatusCode.Conflict, "slot-not-offered" }, // beyond 60 days
        { BookingBodies.Start(BookingNode.March(4, 10)), HttpStatusCode.Conflict, "slot-taken" }, // the same slot
        { BookingBodies.Start(BookingNode.March(4, 10, 30)), HttpStatusCode.Conflict, "slot-taken" }, // overlapping
        { BookingBodies.Start(BookingNode.March(4, 9, 15)), HttpStatusCode.Conflict, "slot-taken" }, // ends inside the buffer before
    };

    [Theory]
    [MemberData(nameof(BadSlots))]
    public async Task A_slot_that_is_not_free_is_refused_with_the_reason(string start, HttpStatusCode status, string reason)
    {
        var body = BookingBodies.Valid(fixture.Expert, Free);
        body["start"] = start;

        var response = await Unchanged(() => fixture.Node.BookAsync(body));

        await AssertProblem(response, status, reason);
    }

    [Fact]
    public async Task An_unknown_or_retired_expert_is_404()
    {
        await AssertProblem(await Unchanged(() => fixture.Node.BookAsync(BookingBodies.Valid(Guid.CreateVersion7(), Free))), HttpStatusCode.NotFound, "expert-not-found");
        await AssertProblem(await Unchanged(() => fixture.Node.BookAsync(BookingBodies.Valid(fixture.Retired, Free))), HttpStatusCode.NotFound, "expert-not-found");
    }

    [Fact]
    public async Task An_expert_without_opening_hours_offers_no_slot() =>
        await AssertProblem(await Unchanged(() => fixture.Node.BookAsync(BookingBodies.Valid(fixture.WithoutHours, Free))), HttpStatusCode.Conflict, "slot-not-offered");

    [Fact]
    public async Task A_body_that_is_not_json_is_415()
    {
        var response = await Unchanged(() => fixture.Node.Client.PostAsync(BookingNode.Path("bookings"),
            new StringContent(Json(BookingBodies.Valid(fixture.Expert, Free)), Encoding.UTF8, "text/plain")));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_booking_sent_to_another_hub_is_400_on_hubId()
    {
        var response = await Unchanged(() => fixture.Node.Client.PostAsJsonAsync("/api/hubs/lomazzo/bookings", BookingBodies.Valid(fixture.Expert, Free)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("hubId", out _));
    }

    [Theory]
    [InlineData("bookings/not-a-guid")]
    [InlineData("bookings/00000000-0000-7000-8000-000000000000")]
    [InlineData("bookings/00000000-0000-7000-8000-000000000000/invite.ics")]
    public async Task Unknown_bookings_are_404_problems(string path)
    {
        var response = await Unchanged(() => fixture.Node.Staff.GetAsync(BookingNode.Path(path)));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("{\"start\": 5}")]
    [InlineData("{}")]
    public async Task A_malformed_reschedule_is_400_and_changes_nothing(string body)
    {
        var response = await Unchanged(() => fixture.Node.Client.SendAsync(new HttpRequestMessage(HttpMethod.Post, BookingNode.Path($"bookings/{fixture.Booked.Id}/reschedule"))
        {
            Headers = { { "X-Manage-Token", fixture.Booked.ManageToken } },
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<HttpResponseMessage> Unchanged(Func<Task<HttpResponseMessage>> request)
    {
        var before = await Counts();
        var response = await request();
        Assert.Equal(before, await Counts());
        return response;
    }

    private async Task<(long Bookings, long Cases, long Cells, long Outbox, string Versions)> Counts()
    {
        await using var connection = new SqliteConnection($"Data Source={fixture.Node.DatabasePath};Mode=ReadOnly;Pooling=False");
        return (
            await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM bookings"),
            await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM cases"),
            await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM booking_cells"),
            await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox"),
            await connection.ExecuteScalarAsync<string>("SELECT group_concat(id || ':' || version || ':' || start_at) FROM bookings") ?? "");
    }

    private Task<HttpResponseMessage> Post(string body) =>
        fixture.Node.Client.PostAsync(BookingNode.Path("bookings"),
            new StringContent(body.Replace(ExpertId, fixture.Expert.ToString(), StringComparison.Ordinal), Encoding.UTF8, "application/json"));

    private static async Task AssertProblem(HttpResponseMessage response, HttpStatusCode status, string reason)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(reason, problem.RootElement.GetProperty("reason").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("detail").GetString()));
    }

    // Bodies are built with a placeholder expert id, filled in per request, so theory data stays static.
    private static Dictionary<string, object?> Body()
    {
        var body = BookingBodies.Valid(Guid.Empty, Free);
        body["expertId"] = ExpertId;
        return body;
    }

    private static Dictionary<string, object?> Top(string field, object? value)
    {
        var body = Body();
        if (value is null)
        {
            body.Remove(field);
        }
        else
        {
            body[field] = value;
        }

        return body;
    }

    private static Dictionary<string, object?> Intake(string field, object? value)
    {
        var body = Body();
        var intake = (Dictionary<string, object?>)body["intake"]!;
        if (value is null)
        {
            intake.Remove(field);
        }
        else
        {
            intake[field] = value;
        }

        return body;
    }

    private static string Json(object body) => JsonSerializer.Serialize(body);
}
