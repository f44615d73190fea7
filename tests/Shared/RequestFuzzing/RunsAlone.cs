namespace Hubs.Testing.RequestFuzzing;

/// <summary>
/// The request fuzzing runs alone in its assembly, after the rest: thousands of requests would otherwise starve the
/// tests that give a service a time budget (a live hub call of 1 s) on this small machine.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAlone
{
    public const string Name = "Request fuzzing";
}
