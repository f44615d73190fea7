using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Hubs.ReliabilityTests.DirectoryCrash;

/// <summary>
/// Staff of one hub keep changing their roster at a steady pace: mostly new experts, some profile updates, now and
/// then a retirement. Each change is an event the directory must end up reflecting.
/// </summary>
internal sealed class ExpertChurn(HttpClient gateway, string hubId, TimeSpan pace)
{
    private readonly List<Guid> _active = [];
    private readonly Random _random = new(hubId.GetHashCode(StringComparison.Ordinal));

    public string HubId { get; } = hubId;

    public int Sent { get; private set; }

    public int Acknowledged { get; private set; }

    public async Task RunAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var change = Sent % 6;
            Sent++;
            if (change is 2 or 4 && _active.Count > 0)
            {
                await UpdateAsync(_active[_random.Next(_active.Count)]);
            }
            else if (change == 5 && _active.Count > 1)
            {
                await RetireAsync(_active[_random.Next(_active.Count)]);
            }
            else
            {
                await CreateAsync();
            }

            try
            {
                await Task.Delay(pace, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task CreateAsync()
    {
        using var response = await gateway.PostAsJsonAsync($"/api/hubs/{HubId}/experts", Profile($"Esperto Churn {Sent:D3} {HubId}"));
        Acknowledge(response, HttpStatusCode.Created);
        _active.Add(Guid.Parse((await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>()));
    }

    private async Task UpdateAsync(Guid id)
    {
        using var response = await gateway.PutAsJsonAsync($"/api/hubs/{HubId}/experts/{id}", Profile($"Esperto Aggiornato {Sent:D3} {HubId}"));
        Acknowledge(response, HttpStatusCode.OK);
    }

    private async Task RetireAsync(Guid id)
    {
        using var response = await gateway.DeleteAsync($"/api/hubs/{HubId}/experts/{id}");
        Acknowledge(response, HttpStatusCode.NoContent);
        _active.Remove(id);
    }

    private void Acknowledge(HttpResponseMessage response, HttpStatusCode expected)
    {
        // Staff writes go to the hub, not to the directory: the directory's crash must never make one fail.
        Assert.Equal(expected, response.StatusCode);
        Acknowledged++;
    }

    private static object Profile(string name) => new
    {
        name = $"{name} (demo)",
        title = "Consulente",
        bio = "Demo data — invented person.",
        competencies = new[] { "grants" },
        languages = new[] { "it" },
    };
}
