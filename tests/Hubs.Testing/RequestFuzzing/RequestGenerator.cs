using System.Globalization;
using CsCheck;

namespace Hubs.Testing.RequestFuzzing;

/// <summary>
/// CsCheck generators of requests to a service's endpoints: known and hostile route values, query strings of right and
/// wrong names, types and ranges, seed bodies mutated (types, nulls, missing and extra fields, huge numbers, deep
/// nesting, invalid UTF-8, truncation, wrong content types) and every kind of caller.
/// </summary>
public sealed class RequestGenerator(IReadOnlyList<FuzzEndpoint> endpoints, FuzzTarget target)
{
    // Already valid in a URL: sent as they are, so encoded slashes, dot segments and bad escapes reach routing.
    private static readonly string[] RawNasties =
    [
        "", " ", "%20", "%2F", "a%2Fb", "%252F", "..", ".", "%2e%2e", "%00", "%0d%0a", "%FF", "%C0%AF", "%E0%A4%A", "%",
        "null", "undefined", "-1", "0", "9223372036854775808", "1e309", "NaN", "true", "%7B%7D", "%3Cscript%3E",
        "'%20OR%201=1--", "%E2%80%AE", "%F0%9F%99%82", "con", "~", "*", "a;b", "a,b",
    ];

    private static readonly string[] ContentTypes =
    [
        "text/plain", "application/xml", "application/x-www-form-urlencoded", "application/json; charset=iso-8859-1",
        "multipart/form-data; boundary=x", "application/merge-patch+json", "application/problem+json", "*/*", "json", ";;;",
    ];

    private readonly IReadOnlyList<FuzzEndpoint> _endpoints = endpoints;

    public Gen<FuzzRequest> Requests => Gen.Int[0, _endpoints.Count - 1].SelectMany(i => For(_endpoints[i]));

    public Gen<FuzzRequest> For(FuzzEndpoint endpoint) =>
        from method in Gen.Frequency((48, Gen.Const(endpoint.Method)), (2, Gen.OneOf("GET", "POST", "PUT", "DELETE", "PATCH")))
        from caller in Callers(endpoint)
        from route in RouteValues(endpoint)
        from query in Query(endpoint)
        from headers in Headers(endpoint)
        from body in Body(endpoint)
        from copies in Gen.Frequency((96, Gen.Const(1)), (4, Gen.Const(4)))
        select new FuzzRequest(endpoint, method, Path(endpoint, route) + query, caller, headers, body, route, copies);

    // Mostly the caller the policy admits, so the handler sees the request; the rest must be turned away cleanly.
    private static Gen<FuzzCaller> Callers(FuzzEndpoint endpoint)
    {
        var admitted = FuzzCallers.All.Where(c => FuzzCallers.Admitted(endpoint.Policy, c)).ToArray();
        var others = FuzzCallers.All.Except(admitted).ToArray();
        return admitted.Length == 0
            ? Gen.OneOf(FuzzCallers.All)
            : Gen.Frequency((75, Gen.OneOf(admitted)), (25, Gen.OneOf(others)));
    }

    private Gen<string[]> RouteValues(FuzzEndpoint endpoint)
    {
        var gen = Gen.Const(Array.Empty<string>());
        foreach (var parameter in endpoint.RouteParameters)
        {
            var value = RouteValue(endpoint, parameter);
            gen = gen.SelectMany(values => value.Select(v => (string[])[.. values, v]));
        }

        return gen;
    }

    private Gen<string> RouteValue(FuzzEndpoint endpoint, RouteParameter parameter)
    {
        var hasKnown = target.Known(endpoint, parameter.Name).Count > 0;
        var known = Known(endpoint, parameter.Name).Select(Uri.EscapeDataString);
        if (parameter.CatchAll)
        {
            var tails = new[] { "", "experts", "experts/x", "bookings/" + Guid.Empty, "..%2F..%2Fadmin", "a/b/c/d/e/f", "%2e%2e/%2e%2e/etc/passwd", "slots?x=1" };
            return Gen.Frequency((3, Gen.OneOf(tails)), (hasKnown ? 2 : 0, known), (1, Hostile()));
        }

        var fresh = parameter.Constraint is "guid" ? Gen.Guid.Select(g => g.ToString()) : Gen.Const("x");
        return !hasKnown
            ? Gen.Frequency((5, fresh), (5, Hostile()))
            : Gen.Frequency((70, known), (10, fresh), (20, Hostile()));
    }

    /// <summary>Route or query values no one should send: garbage, unicode, very long, encoded slashes, wrong types.</summary>
    private Gen<string> Hostile() => Gen.Frequency(
        (6, Gen.OneOf(RawNasties)),
        (2, Gen.Guid.Select(g => g.ToString("N"))),
        (1, Gen.Guid.Select(g => g.ToString("B").ToUpperInvariant())),
        (2, Gen.Int.Select(i => i.ToString(CultureInfo.InvariantCulture))),
        (1, Gen.Long.Select(l => l.ToString(CultureInfo.InvariantCulture) + "0")),
        (1, Gen.Double.Select(d => d.ToString("R", CultureInfo.InvariantCulture))),
        (3, Gen.String[Gen.Char, 1, 40].Select(Uri.EscapeDataString)),
        (1, Gen.Int[200, target.MaxValueLength].Select(n => new string('a', n))),
        (1, Gen.Int[20, target.MaxValueLength / 9].Select(n => Uri.EscapeDataString(new string('é', n)))));

    private Gen<string> Query(FuzzEndpoint endpoint)
    {
        var gen = Gen.Const(new List<string>());
        foreach (var parameter in endpoint.QueryParameters)
        {
            var value = QueryValue(endpoint, parameter);
            var name = Uri.EscapeDataString(parameter.Name);
            gen = gen.SelectMany(pairs => Gen.Frequency(
                (45, Gen.Const(pairs)),
                (45, value.Select(v => (List<string>)[.. pairs, $"{name}={v}"])),
                (5, Gen.Select(value, value, (a, b) => (List<string>)[.. pairs, $"{name}={a}", $"{name}={b}"])),
                (5, value.Select(v => (List<string>)[.. pairs, $"{name.ToUpperInvariant()}={v}"]))));
        }

        var extra = Gen.Frequency(
            (85, Gen.Const((string?)null)),
            (10, Hostile().Select(v => (string?)$"unknown={v}")),
            (5, Gen.OneOf<string?>("=", "&&", "a", "a=1=2", "%=%", "x[]=1&x[]=2", "token=", "page=0")));
        return Gen.Select(gen, extra, (pairs, more) =>
        {
            if (more is not null)
            {
                pairs.Add(more);
            }

            return pairs.Count == 0 ? "" : "?" + string.Join('&', pairs);
        });
    }

    private Gen<string> QueryValue(FuzzEndpoint endpoint, QueryParameter parameter)
    {
        var hasKnown = target.Known(endpoint, parameter.Name).Count > 0;
        var known = Known(endpoint, parameter.Name).Select(Uri.EscapeDataString);
        var typed = parameter.Type switch
        {
            var t when t == typeof(int) || t == typeof(long) || t == typeof(short) => Gen.Frequency((4, Gen.Int[0, 100]), (1, Gen.Int)).Select(i => i.ToString(CultureInfo.InvariantCulture)),
            var t when t == typeof(double) || t == typeof(decimal) || t == typeof(float) => Gen.Double[-200, 200].Select(d => d.ToString("R", CultureInfo.InvariantCulture)),
            var t when t == typeof(bool) => Gen.OneOf("true", "false"),
            var t when t == typeof(Guid) => Gen.Guid.Select(g => g.ToString()),
            var t when t == typeof(DateOnly) || t.Name == "LocalDate" => Gen.Int[-30, 120].Select(d => new DateOnly(2026, 3, 2).AddDays(d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            var t when t == typeof(DateTimeOffset) || t == typeof(DateTime) => Gen.Int[-30, 120].Select(d => Uri.EscapeDataString(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero).AddDays(d).ToString("O", CultureInfo.InvariantCulture))),
            _ => Gen.OneOf("x", "it", "ecommerce", "cybersecurity", "lomazzo", "2026-03-05", "1"),
        };
        var valid = !hasKnown ? typed : Gen.Frequency((3, known), (1, typed));
        return Gen.Frequency((60, valid), (40, Hostile()));
    }

    // Headers any client may send, hostile values included: proxies, CORS, negotiation, encodings, overrides (ASCII:
    // a real client refuses to send anything else).
    private static readonly KeyValuePair<string, string>[] StrayHeaders =
    [
        new("X-Forwarded-For", "not-an-address"), new("X-Forwarded-For", "1.2.3.4, ::1, 999.999.999.999, , unknown"),
        new("X-Forwarded-For", new string('9', 3000)), new("X-Forwarded-Proto", "gopher"), new("X-Forwarded-Host", "evil.example.org"),
        new("Forwarded", "for=\"[::1\";proto=;by"), new("X-Real-IP", "::ffff:127.0.0.1"), new("Origin", "https://evil.example.org"),
        new("Origin", "null"), new("Access-Control-Request-Method", "DELETE"), new("Accept", "application/xml"),
        new("Accept", "*/*;q=abc"), new("Accept-Language", ";;q=2,*-*-*"), new("Accept-Charset", "utf-7"), new("Accept-Encoding", "br;q=-1, gzip"),
        new("Content-Encoding", "gzip"), new("Content-Encoding", "br, deflate"), new("If-None-Match", "\"x\", W/"),
        new("If-Modified-Since", "yesterday"), new("Range", "bytes=99999999999-1"), new("X-HTTP-Method-Override", "DELETE"),
        new("Cookie", "a=b; ;;=; " + new string('c', 1000)), new("X-Request-Id", "%00%0d%0a"), new("traceparent", "00-zz-zz-zz"),
        new("baggage", "=,=,="), new("Idempotency-Key", new string('k', 2000)), new("X-Manage-Token", "!!"),
    ];

    private Gen<List<KeyValuePair<string, string>>> Headers(FuzzEndpoint endpoint)
    {
        var gen = Gen.Frequency(
            (80, Gen.Const(new List<KeyValuePair<string, string>>())),
            (20, Gen.Int[0, StrayHeaders.Length - 1].Array[1, 3].Select(picks => picks.Select(i => StrayHeaders[i]).ToList())));
        foreach (var name in endpoint.HeaderParameters)
        {
            var value = target.Known(endpoint, name).Count == 0
                ? Gen.OneOf("x", Convert.ToBase64String(Guid.Empty.ToByteArray()), new string('A', 3000), "é")
                : Gen.Frequency((3, Known(endpoint, name)), (1, Gen.OneOf("x", "", new string('A', 3000), "é")));
            gen = gen.SelectMany(headers => Gen.Frequency(
                (1, Gen.Const(headers)),
                (2, value.Select(v => (List<KeyValuePair<string, string>>)[.. headers, new(name, v)]))));
        }

        return gen;
    }

    private Gen<FuzzBody> Body(FuzzEndpoint endpoint)
    {
        if (!endpoint.TakesBody)
        {
            return Gen.Frequency((9, Gen.Const(FuzzBody.None)), (1, Gen.Const(new FuzzBody("{\"x\":1}"u8.ToArray(), "application/json", "body on a bodiless endpoint"))));
        }

        var seed = target.Bodies.GetValueOrDefault(endpoint.Key) ?? (_ => JsonSample.For(endpoint.BodyType));
        var contentType = Gen.Frequency((88, Gen.Const((string?)"application/json")), (3, Gen.Const((string?)null)), (9, Gen.OneOf<string?>(ContentTypes)));
        return from variant in Gen.Int[0, 1_000_000]
               from mutation in BodyMutations.Any
               from type in contentType
               let mutated = mutation.Apply(seed(variant))
               select new FuzzBody(mutated, type, mutation.Name);
    }

    // Drawn from the list as it is when the request is generated: ids created by earlier requests join it.
    private Gen<string> Known(FuzzEndpoint endpoint, string name) =>
        Gen.UInt.Select(i =>
        {
            var values = target.Known(endpoint, name);
            return values.Count == 0 ? "" : values[(int)(i % (uint)values.Count)];
        });

    private static string Path(FuzzEndpoint endpoint, string[] values)
    {
        var i = 0;
        var path = System.Text.RegularExpressions.Regex.Replace(endpoint.Pattern, @"\{[^}]*\}", _ => values[i++]);
        return path;
    }
}
