using Hubs.Testing.RequestFuzzing;

namespace Hubs.Directory.Tests.Fuzzing;

/// <summary>The request fuzzing runs alone, after the rest (see <see cref="RunsAlone"/>).</summary>
[CollectionDefinition(RunsAlone.Name, DisableParallelization = true)]
public sealed class RunsAloneDefinition;
