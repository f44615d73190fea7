namespace Hubs.Testing.RequestFuzzing;

/// <summary>
/// The request fuzzing runs alone in its assembly, after the rest: thousands of requests would otherwise starve the
/// tests that give a service a time budget (a live hub call of 1 s) on this small machine. xunit finds a collection
/// definition only in the test assembly: each fuzzing project declares one (<c>Fuzzing/RunsAloneDefinition.cs</c>).
/// </summary>
public static class RunsAlone
{
    public const string Name = "Request fuzzing";
}
