namespace Hubs.Testing.RequestFuzzing;

/// <summary>One route and method of a service, as its own endpoint list describes it.</summary>
public sealed record FuzzEndpoint(
    string Method,
    string Pattern,
    string? Policy,
    IReadOnlyList<RouteParameter> RouteParameters,
    IReadOnlyList<QueryParameter> QueryParameters,
    IReadOnlyList<string> HeaderParameters,
    Type? BodyType,
    bool TakesBody)
{
    /// <summary>"METHOD /pattern", the key test classes give seed bodies and known values under.</summary>
    public string Key => $"{Method} {Pattern}";

    public bool Mutates => Method is not ("GET" or "HEAD" or "OPTIONS");
}

/// <summary>A route value: <c>{name:constraint}</c>, or a catch-all.</summary>
public sealed record RouteParameter(string Name, string? Constraint, bool CatchAll);

/// <summary>A query-string parameter the handler binds, with the type it expects.</summary>
public sealed record QueryParameter(string Name, Type Type);
