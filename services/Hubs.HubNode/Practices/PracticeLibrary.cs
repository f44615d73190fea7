using Hubs.Contracts.Events;
using Hubs.HubNode.Hubs;
using Hubs.ServiceDefaults.Outbox;
using Microsoft.Extensions.Options;

namespace Hubs.HubNode.Practices;

/// <summary>The practices this hub authors: every change bumps the version and leaves through the outbox as an event.</summary>
public sealed class PracticeLibrary(IPracticeStore store, OutboxSignal outbox, IOptions<HubOptions> hub, TimeProvider time, ILogger<PracticeLibrary> logger)
{
    // A lost race re-reads and tries again; more than a few losses in a row means a hot loop somewhere, not bad luck.
    private const int Attempts = 3;

    private string HubId => hub.Value.Id;

    public async Task<Practice> PublishAsync(PracticeDraft draft, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var practice = new Practice
        {
            Id = Guid.CreateVersion7(now),
            Title = draft.Title,
            Summary = draft.Summary,
            BodyMarkdown = draft.BodyMarkdown,
            Topics = draft.Topics,
            ResultsAchieved = draft.ResultsAchieved,
            Links = draft.Links,
            Language = draft.Language,
            GrantCallReference = draft.GrantCallReference,
            Version = 1,
            PublishedAt = now,
            UpdatedAt = now,
        };
        if (!await store.AddAsync(Write(practice), cancellationToken))
        {
            // A v7 guid collision would be a broken clock or generator, never a user error.
            throw new InvalidOperationException($"Practice id {practice.Id} already exists.");
        }

        outbox.Notify();
        logger.LogInformation("Practice {PracticeId} published at hub {HubId}", practice.Id, HubId);
        return practice;
    }

    public Task<PracticeChange> ReviseAsync(Guid id, PracticeDraft draft, long? ifMatch, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, ifMatch, current => current.Has(draft) ? null : current with
        {
            Title = draft.Title,
            Summary = draft.Summary,
            BodyMarkdown = draft.BodyMarkdown,
            Topics = draft.Topics,
            ResultsAchieved = draft.ResultsAchieved,
            Links = draft.Links,
            Language = draft.Language,
            GrantCallReference = draft.GrantCallReference,
        }, cancellationToken);

    public Task<PracticeChange> WithdrawAsync(Guid id, long? ifMatch, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, ifMatch, current => current with { WithdrawnAt = time.GetUtcNow() }, cancellationToken);

    private async Task<PracticeChange> ChangeAsync(Guid id, long? ifMatch, Func<Practice, Practice?> change, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var current = await store.GetAsync(id, cancellationToken);
            if (current is null || current.IsWithdrawn)
            {
                return new PracticeChange(PracticeChangeOutcome.NotFound);
            }

            if (ifMatch is { } expected && expected != current.Version)
            {
                return new PracticeChange(PracticeChangeOutcome.Stale, current);
            }

            if (change(current) is not { } next)
            {
                return new PracticeChange(PracticeChangeOutcome.Unchanged, current);
            }

            next = next with { Version = current.Version + 1, UpdatedAt = time.GetUtcNow() };
            var write = Write(next);
            if (await store.UpdateAsync(write, current.Version, cancellationToken))
            {
                outbox.Notify();
                logger.LogInformation("Practice {PracticeId} at hub {HubId} is now version {Version}{Withdrawn}",
                    id, HubId, next.Version, next.IsWithdrawn ? " (withdrawn)" : "");
                return new PracticeChange(PracticeChangeOutcome.Changed, next);
            }
        }

        return new PracticeChange(PracticeChangeOutcome.Conflict);
    }

    private PracticeWrite Write(Practice practice) =>
        new(practice, PracticeEvents.Current(HubId, practice, Guid.CreateVersion7(practice.UpdatedAt)));
}
