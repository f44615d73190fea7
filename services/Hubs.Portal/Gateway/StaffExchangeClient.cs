namespace Hubs.Portal.Gateway;

/// <summary>
/// The exchange through the gateway for a hub's staff: the preview of a body with the exchange's own renderer, and
/// adopting or endorsing another hub's practice. Every call carries the signed-in person's access token; the exchange
/// checks that the hub named in the body is that person's.
/// </summary>
public sealed class StaffExchangeClient(HttpClient http)
{
    public Task<ApiResult<PracticePreview>> PreviewAsync(string bodyMarkdown, CancellationToken cancellationToken) =>
        GatewayCalls.SendAsync<PracticePreview>(http, GatewayCalls.Post("api/practices/preview", new { bodyMarkdown }), "a practice's preview", cancellationToken);

    public async Task<IReadOnlyList<PracticeAdoption>> AdoptionsAsync(string authorHubId, Guid practiceId, CancellationToken cancellationToken) =>
        (await GatewayCalls.SendAsync<List<PracticeAdoption>>(http, GatewayCalls.Get($"{Practice(authorHubId, practiceId)}/adoptions"), "a practice's adoptions", cancellationToken)).Value ?? [];

    public async Task<IReadOnlyList<PracticeEndorsement>> EndorsementsAsync(string authorHubId, Guid practiceId, CancellationToken cancellationToken) =>
        (await GatewayCalls.SendAsync<List<PracticeEndorsement>>(http, GatewayCalls.Get($"{Practice(authorHubId, practiceId)}/endorsements"), "a practice's endorsements", cancellationToken)).Value ?? [];

    public Task<ApiResult<PracticeAdoption>> AdoptAsync(string authorHubId, Guid practiceId, string adoptingHubId, string note, CancellationToken cancellationToken) =>
        GatewayCalls.SendAsync<PracticeAdoption>(http, GatewayCalls.Post($"{Practice(authorHubId, practiceId)}/adoptions", new { adoptingHubId, note }), "an adoption", cancellationToken);

    public Task<ApiResult<PracticeEndorsement>> EndorseAsync(string authorHubId, Guid practiceId, string hubId, CancellationToken cancellationToken) =>
        GatewayCalls.SendAsync<PracticeEndorsement>(http, GatewayCalls.Post($"{Practice(authorHubId, practiceId)}/endorsements", new { hubId }), "an endorsement", cancellationToken);

    private static string Practice(string hubId, Guid practiceId) => $"api/practices/{Uri.EscapeDataString(hubId)}/{practiceId}";
}
