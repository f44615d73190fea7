using Hubs.HubNode.Profile;
using Hubs.ServiceDefaults.Outbox;
using Microsoft.Extensions.Options;

namespace Hubs.HubNode.Versioning;

/// <summary>
/// The one way a hub changes what it authors: checks If-Match, steps the version, and stores the new state with its
/// event in one store transaction, then wakes the outbox relay. A lost race re-reads and tries again.
/// </summary>
public sealed class VersionedWriter<T>(IVersionedStore<T> store, OutboxSignal outbox, IOptions<HubOptions> hub, TimeProvider time, ILogger<VersionedWriter<T>> logger)
    where T : class, IVersioned<T>
{
    // More than a few losses in a row means a hot loop somewhere, not bad luck.
    private const int Attempts = 3;

    private string HubId => hub.Value.Id;

    /// <summary>Stores version 1 of what <paramref name="create"/> makes of a new id and the current time.</summary>
    public async Task<T> CreateAsync(Func<Guid, DateTimeOffset, T> create, CancellationToken cancellationToken = default)
    {
        var write = New(create);
        if (!await store.AddAsync(write, cancellationToken))
        {
            // A v7 guid collision would be a broken clock or generator, never a user error.
            throw new InvalidOperationException($"{T.Noun} id {write.Entity.Id} already exists.");
        }

        outbox.Notify();
        logger.LogInformation("{Resource} {Id} created at hub {HubId}", T.Noun, write.Entity.Id, HubId);
        return write.Entity;
    }

    /// <summary>Version 1 of a new resource with its event, not stored yet (for a store's batch write, such as seeding).</summary>
    public VersionedWrite<T> New(Func<Guid, DateTimeOffset, T> create)
    {
        var now = time.GetUtcNow();
        return Write(create(Guid.CreateVersion7(now), now));
    }

    /// <summary>
    /// Applies <paramref name="change"/> (given the current state and the time) to the stored resource; the change returns
    /// null when it would store what is already there. Ended resources are not found.
    /// </summary>
    public async Task<Change<T>> ChangeAsync(Guid id, long? ifMatch, Func<T, DateTimeOffset, T?> change, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var current = await store.GetAsync(id, cancellationToken);
            if (current is null || current.IsEnded)
            {
                return new Change<T>(ChangeOutcome.NotFound);
            }

            if (ifMatch is { } expected && expected != current.Version)
            {
                return new Change<T>(ChangeOutcome.Stale, current);
            }

            var now = time.GetUtcNow();
            if (change(current, now) is not { } changed)
            {
                return new Change<T>(ChangeOutcome.Unchanged, current);
            }

            var next = changed.Stamped(current.Version + 1, now);
            if (await store.UpdateAsync(Write(next), current.Version, cancellationToken))
            {
                outbox.Notify();
                logger.LogInformation("{Resource} {Id} at hub {HubId} is now version {Version}{Ended}",
                    T.Noun, id, HubId, next.Version, next.IsEnded ? " (ended)" : "");
                return new Change<T>(ChangeOutcome.Changed, next);
            }
        }

        return new Change<T>(ChangeOutcome.Conflict);
    }

    private VersionedWrite<T> Write(T entity) => new(entity, T.CurrentEvent(HubId, entity, Guid.CreateVersion7(entity.UpdatedAt)));
}
