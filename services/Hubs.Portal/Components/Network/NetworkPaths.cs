namespace Hubs.Portal.Components.Network;

/// <summary>The coordinators' pages and downloads, all under <c>/network</c> (where <see cref="Auth.SignInEndpoints.Start"/> sends a coordinator).</summary>
public static class NetworkPaths
{
    public const string Now = Auth.SignInEndpoints.NetworkPath;

    public const string Statistics = "/network/statistics";

    public const string Experts = "/network/experts";

    public const string ExpertsCsv = "/network/experts.csv";

    /// <summary>The conditional poll of the live pages (decision 0029).</summary>
    public const string Live = "/network/live";

    public static string Hub(string hubId) => $"/network/hubs/{Uri.EscapeDataString(hubId)}";

    public static string FigureCsv(string figure, string? from, string? to) =>
        $"/network/statistics/{Uri.EscapeDataString(figure)}.csv{Query(from, to)}";

    public static string LiveFor(string? from, string? to) => Live + Query(from, to);

    private static string Query(string? from, string? to) =>
        Gateway.GatewayCalls.Query(("from", from), ("to", to)) is { Length: > 0 } query ? "?" + query : "";
}
