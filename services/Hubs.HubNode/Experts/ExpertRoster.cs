using Hubs.Contracts.Events;
using Hubs.HubNode.Hubs;
using Hubs.ServiceDefaults.Outbox;
using Microsoft.Extensions.Options;

namespace Hubs.HubNode.Experts;

/// <summary>The hub's experts: every change bumps the version and leaves through the outbox as an event.</summary>
public sealed class ExpertRoster(IExpertStore store, OutboxSignal outbox, IOptions<HubOptions> hub, TimeProvider time, ILogger<ExpertRoster> logger)
{
    // A lost race re-reads and tries again; more than a few losses in a row means a hot loop somewhere, not bad luck.
    private const int Attempts = 3;

    private string HubId => hub.Value.Id;

    public async Task<Expert> CreateAsync(ExpertDraft draft, CancellationToken cancellationToken = default)
    {
        var expert = New(draft);
        if (!await store.AddAsync(Published(expert), cancellationToken))
        {
            // A v7 guid collision would be a broken clock or generator, never a user error.
            throw new InvalidOperationException($"Expert id {expert.Id} already exists.");
        }

        outbox.Notify();
        logger.LogInformation("Expert {ExpertId} created at hub {HubId}", expert.Id, HubId);
        return expert;
    }

    public Task<ExpertChange> UpdateAsync(Guid id, ExpertDraft draft, long? ifMatch, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, ifMatch, current => current.Has(draft) ? null : current with
        {
            Name = draft.Name,
            Title = draft.Title,
            Bio = draft.Bio,
            Competencies = draft.Competencies,
            Languages = draft.Languages,
        }, cancellationToken);

    public Task<ExpertChange> RetireAsync(Guid id, long? ifMatch, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, ifMatch, current => current with { RetiredAt = time.GetUtcNow() }, cancellationToken);

    /// <summary>Creates <paramref name="drafts"/> only if the hub has never had an expert; returns how many were created.</summary>
    public async Task<int> SeedAsync(IReadOnlyList<ExpertDraft> drafts, CancellationToken cancellationToken = default)
    {
        var writes = drafts.Select(d => Published(New(d))).ToList();
        if (!await store.SeedAsync(writes, cancellationToken))
        {
            return 0;
        }

        outbox.Notify();
        return writes.Count;
    }

    private async Task<ExpertChange> ChangeAsync(Guid id, long? ifMatch, Func<Expert, Expert?> change, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var current = await store.GetAsync(id, cancellationToken);
            if (current is null || current.IsRetired)
            {
                return new ExpertChange(ExpertChangeOutcome.NotFound);
            }

            if (ifMatch is { } expected && expected != current.Version)
            {
                return new ExpertChange(ExpertChangeOutcome.Stale, current);
            }

            if (change(current) is not { } next)
            {
                return new ExpertChange(ExpertChangeOutcome.Unchanged, current);
            }

            next = next with { Version = current.Version + 1, UpdatedAt = time.GetUtcNow() };
            var write = next.IsRetired ? Retired(next) : Published(next);
            if (await store.UpdateAsync(write, current.Version, cancellationToken))
            {
                outbox.Notify();
                logger.LogInformation("Expert {ExpertId} at hub {HubId} is now version {Version}{Retired}",
                    id, HubId, next.Version, next.IsRetired ? " (retired)" : "");
                return new ExpertChange(ExpertChangeOutcome.Changed, next);
            }
        }

        return new ExpertChange(ExpertChangeOutcome.Conflict);
    }

    private Expert New(ExpertDraft draft)
    {
        var now = time.GetUtcNow();
        return new Expert
        {
            Id = Guid.CreateVersion7(now),
            Name = draft.Name,
            Title = draft.Title,
            Bio = draft.Bio,
            Competencies = draft.Competencies,
            Languages = draft.Languages,
            Version = 1,
            UpdatedAt = now,
        };
    }

    private ExpertWrite Published(Expert expert) => new(expert, OutboxMessage.For(new ExpertPublished
    {
        HubId = HubId,
        EventId = Guid.CreateVersion7(expert.UpdatedAt),
        OccurredAt = expert.UpdatedAt,
        Version = expert.Version,
        ExpertId = expert.Id,
        Name = expert.Name,
        Title = expert.Title,
        Bio = expert.Bio,
        Competencies = expert.Competencies,
        Languages = expert.Languages,
    }));

    private ExpertWrite Retired(Expert expert) => new(expert, OutboxMessage.For(new ExpertRetired
    {
        HubId = HubId,
        EventId = Guid.CreateVersion7(expert.UpdatedAt),
        OccurredAt = expert.UpdatedAt,
        Version = expert.Version,
        ExpertId = expert.Id,
    }));
}
