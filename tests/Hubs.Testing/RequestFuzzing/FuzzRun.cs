using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CsCheck;

namespace Hubs.Testing.RequestFuzzing;

/// <summary>
/// Sends generated requests one after another and checks every answer: never a 5xx, and every 4xx an
/// application/problem+json without a stack trace or exception type name. The whole sequence follows from one seed,
/// printed in the summary line; <c>HUBS_FUZZ_SEED=&lt;seed&gt;</c> replays it, <c>HUBS_FUZZ_REQUESTS</c> scales the count.
/// </summary>
public sealed partial class FuzzRun(FuzzTarget target, IReadOnlyList<FuzzEndpoint> endpoints)
{
    public const string SeedVariable = "HUBS_FUZZ_SEED";
    public const string RequestsVariable = "HUBS_FUZZ_REQUESTS";

    private readonly List<string> _failures = [];
    private readonly Dictionary<string, int> _failureKinds = [];
    private readonly Dictionary<string, int> _perEndpoint = [];
    private readonly SortedDictionary<int, int> _statuses = [];
    private readonly HashSet<string> _touched = new(StringComparer.Ordinal);

    /// <summary>The run's seed: from <see cref="SeedVariable"/>, or a fresh one (always printed).</summary>
    public string Seed { get; } = Environment.GetEnvironmentVariable(SeedVariable) is { Length: > 0 } given
        ? given
        : new PCG((uint)Random.Shared.Next(), (ulong)Random.Shared.NextInt64()).ToString();

    public IReadOnlyList<string> Failures => _failures;

    public int FailureCount { get; private set; }

    public int Sent { get; private set; }

    public int ServerErrors { get; private set; }

    /// <summary>Successful (2xx) answers to writes by endpoint key: what a store may have changed.</summary>
    public Dictionary<string, int> Writes { get; } = [];

    /// <summary>Ids and route values a successful write named: rows mentioning them may have changed. A test adds what
    /// its service changes alongside (the case of a booking).</summary>
    public ISet<string> Touched => _touched;

    public IReadOnlyDictionary<string, int> PerEndpoint => _perEndpoint;

    /// <summary>Seed bodies given for no endpoint of the service: a typo there would leave an endpoint with a sampled body only.</summary>
    public IEnumerable<string> SeedsForNoEndpoint => target.Bodies.Keys.Except(endpoints.Select(e => e.Key), StringComparer.Ordinal);

    /// <summary>The requests per service for one CI run, unless <see cref="RequestsVariable"/> says otherwise (a factor, e.g. 0.1 or 10).</summary>
    public static int Count(int perRun) =>
        double.TryParse(Environment.GetEnvironmentVariable(RequestsVariable), NumberStyles.Float, CultureInfo.InvariantCulture, out var factor) && factor > 0
            ? Math.Max(1, (int)(perRun * factor))
            : perRun;

    public async Task RunAsync(HttpClient client, int count)
    {
        client.DefaultRequestHeaders.Authorization = null;
        var gen = new RequestGenerator(endpoints, target).Requests;
        var pcg = PCG.Parse(Seed);
        for (var i = 0; i < count; i++)
        {
            var request = gen.Generate(pcg, null, out _);
            try
            {
                await SendAsync(client, request, i);
            }
            catch (Exception e)
            {
                // A fault of the harness itself still names the seed and the request, so it can be replayed.
                throw new InvalidOperationException($"Fuzzing stopped at #{i} of seed {Seed}: {request.Describe()}", e);
            }
        }
    }

    /// <summary>The line CI prints per service.</summary>
    public string Summary() =>
        string.Create(CultureInfo.InvariantCulture,
            $"FUZZ {target.Service}: {Sent:N0} requests over {endpoints.Count} endpoints, {ServerErrors} server errors, {FailureCount - ServerErrors} other failures, seed {Seed} (statuses {string.Join(' ', _statuses.Select(s => $"{(s.Key == 0 ? "refused-by-host" : s.Key)}×{s.Value}"))})");

    /// <summary>The failures, the first of each kind (endpoint and status) with the request that caused it, and how to replay the run.</summary>
    public string Report() =>
        $"{Summary()}\nReplay: {SeedVariable}={Seed} dotnet test <this test project> -c Release --filter RequestFuzz\n" + string.Join('\n', _failures.Take(40));

    private void Fail(FuzzRequest request, string kind, string failure)
    {
        // Only the first few of each kind: one broken endpoint would hide the others.
        var key = $"{request.Endpoint.Key} {kind}";
        _failureKinds[key] = _failureKinds.GetValueOrDefault(key) + 1;
        FailureCount++;
        if (_failureKinds[key] <= 2)
        {
            _failures.Add(failure);
        }
    }

    private async Task SendAsync(HttpClient client, FuzzRequest request, int index)
    {
        // A burst sends the same request several times at once: a check-then-write race shows as a 500 (a unique key
        // hit) or as two successes where one was allowed, which the store checks afterwards catch.
        var answers = await Task.WhenAll(Enumerable.Range(0, request.Copies).Select(_ => AnswerAsync(client, request)));
        foreach (var answer in answers)
        {
            Check(request, answer, index);
        }
    }

    /// <summary>What came back: a status (0: refused by the host before the app), its body, or the error that came instead.</summary>
    private sealed record Answer(int Status, string Body, string? MediaType, Exception? Error = null);

    private async Task<Answer> AnswerAsync(HttpClient client, FuzzRequest request)
    {
        try
        {
            using var response = await SendOnceOrTwiceAsync(client, request);
            var status = (int)response.StatusCode;
            var body = await response.Content.ReadAsStringAsync();
            var media = response.Content.Headers.ContentType?.MediaType;
            return target.OnRealSocket && status is 400 or 414 or 431 && body.Length == 0 && media is null
                ? new Answer(0, "", null)
                : new Answer(status, body, media);
        }
        catch (InvalidOperationException e) when (e.Message.Contains("null characters", StringComparison.Ordinal))
        {
            // The test host refuses a %00 in the path before the app sees it, as Kestrel does with a 400.
            return new Answer(0, "", null);
        }
        catch (HttpRequestException) when (request.Body.Bytes?.Length > target.MaxBodyBytes)
        {
            return new Answer(0, "", null);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return new Answer(-1, "", null, e);
        }
    }

    private void Check(FuzzRequest request, Answer answer, int index)
    {
        Sent++;
        _perEndpoint[request.Endpoint.Key] = _perEndpoint.GetValueOrDefault(request.Endpoint.Key) + 1;
        var (status, body, media, error) = answer;
        if (error is not null)
        {
            Fail(request, "no answer", $"#{index} no answer ({error.GetType().Name}: {error.Message} {error.InnerException?.Message}) to {request.Describe()}");
            return;
        }

        _statuses[status] = _statuses.GetValueOrDefault(status) + 1;
        if (status == 0)
        {
            return;
        }

        if (status >= 500)
        {
            ServerErrors++;
            Fail(request, status.ToString(CultureInfo.InvariantCulture), $"#{index} {status} for {request.Describe()} → {Shorten(body)}");
            return;
        }

        if (status >= 400)
        {
            if (media != "application/problem+json")
            {
                Fail(request, $"{status} {media}", $"#{index} {status} as {media ?? "no content type"}, not a problem, for {request.Describe()} → {Shorten(body)}");
            }
            else if (Leak().IsMatch(body))
            {
                Fail(request, "leak", $"#{index} {status} problem names an exception or a stack frame, for {request.Describe()} → {Shorten(body)}");
            }
        }

        if (status is 200 or 201 && request.Method == "POST" && target.Created is { } created && media == "application/json")
        {
            using var json = System.Text.Json.JsonDocument.Parse(body);
            created(request.Endpoint, json.RootElement);
        }

        if (status is >= 200 and < 300 && request.Method is not ("GET" or "HEAD"))
        {
            Writes[$"{request.Method} {request.Endpoint.Pattern}"] = Writes.GetValueOrDefault($"{request.Method} {request.Endpoint.Pattern}") + 1;
            // Not the hub a route is scoped to: it is in every row of that hub and would explain any change.
            for (var i = 0; i < request.RouteValues.Count; i++)
            {
                if (request.Endpoint.RouteParameters[i].Name != "hubId")
                {
                    _touched.Add(Uri.UnescapeDataString(request.RouteValues[i]));
                }
            }

            if (request.Body.Bytes is { } bytes)
            {
                foreach (var id in BodyIds(bytes))
                {
                    _touched.Add(id);
                }
            }
        }
    }

    private IEnumerable<string> BodyIds(byte[] bytes)
    {
        if (target.BodyFieldsThatTouch is not { } fields)
        {
            return Guids().Matches(Encoding.UTF8.GetString(bytes)).Select(m => m.Value);
        }

        try
        {
            // Services read past a byte-order mark; System.Text.Json does not.
            var text = bytes.AsSpan().StartsWith((byte[])[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes;
            using var json = System.Text.Json.JsonDocument.Parse(text, new System.Text.Json.JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = System.Text.Json.JsonCommentHandling.Skip });
            return json.RootElement.ValueKind != System.Text.Json.JsonValueKind.Object
                ? []
                : [.. json.RootElement.EnumerateObject()
                    .Where(p => fields.Contains(p.Name) && p.Value.ValueKind == System.Text.Json.JsonValueKind.String)
                    .Select(p => p.Value.GetString()!)];
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException)
        {
            // Accepted yet unreadable here (invalid UTF-8 in a name the service skipped): every id in it may have been acted on.
            return Guids().Matches(Encoding.UTF8.GetString(bytes)).Select(m => m.Value);
        }
    }

    // A pooled connection the server has just closed (after refusing an oversized upload) fails the next request
    // before it is sent; once more on a fresh connection tells that apart from a server that does not answer.
    private async Task<HttpResponseMessage> SendOnceOrTwiceAsync(HttpClient client, FuzzRequest request)
    {
        try
        {
            using var first = Message(client, request);
            return await client.SendAsync(first);
        }
        catch (HttpRequestException) when (target.OnRealSocket)
        {
            using var second = Message(client, request);
            return await client.SendAsync(second);
        }
    }

    private HttpRequestMessage Message(HttpClient client, FuzzRequest request)
    {
        var baseAddress = client.BaseAddress ?? new Uri("http://localhost/");
        if (!Uri.TryCreate(baseAddress, request.PathAndQuery, out var uri))
        {
            uri = new Uri(baseAddress, Uri.EscapeDataString(request.PathAndQuery));
        }

        var message = new HttpRequestMessage(new HttpMethod(request.Method), uri)
        {
            Headers = { Authorization = FuzzCallers.Header(request.Caller, target.HubId, target.OtherHubId) },
        };
        foreach (var (name, value) in request.Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        if (request.Body.Bytes is { } bytes)
        {
            var content = new ByteArrayContent(bytes);
            if (request.Body.ContentType is { } type)
            {
                content.Headers.TryAddWithoutValidation("Content-Type", type);
            }

            message.Content = content;
        }

        return message;
    }

    private static string Shorten(string text) => text.Length <= 500 ? text : text[..500] + "…";

    // What only an unhandled exception writes: a type name, a stack frame, a source line.
    [GeneratedRegex(@"Exception\b|\bat [A-Z][\w.]+\(|\.cs:line \d|StackTrace|System\.[A-Z]\w+\.", RegexOptions.CultureInvariant)]
    private static partial Regex Leak();

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", RegexOptions.CultureInvariant)]
    private static partial Regex Guids();
}
