namespace Hubs.Benchmarks.Measurement;

/// <summary>What one call of a load worker came to.</summary>
internal enum CallOutcome
{
    Succeeded,
    Failed,

    /// <summary>The worker has nothing left to do (no free slot left for it): it stops.</summary>
    Exhausted,
}
