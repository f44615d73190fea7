using System.Diagnostics;
using Hubs.Testing;

namespace Hubs.Deploy.Tests.Rendering;

/// <summary>The kustomize overlays under deploy/k8s/overlays, rendered offline by <c>kubectl kustomize</c>.</summary>
public static class Overlays
{
    public const string Network = "network";
    public const string Hub = "hub";

    public static TheoryData<string> All => [Network, Hub];

    private static readonly Dictionary<string, Lazy<IReadOnlyList<RenderedObject>>> Rendered = new(StringComparer.Ordinal)
    {
        [Network] = new(() => Render(Path.Combine(RepositoryFiles.Root, "deploy", "k8s", "overlays", Network))),
        [Hub] = new(() => Render(Path.Combine(RepositoryFiles.Root, "deploy", "k8s", "overlays", Hub))),
    };

    public static IReadOnlyList<RenderedObject> Objects(string overlay) => Rendered[overlay].Value;

    /// <summary>Every object <c>kubectl kustomize</c> renders from <paramref name="directory"/>.</summary>
    public static IReadOnlyList<RenderedObject> Render(string directory) => YamlDocuments.Split(Kustomize(directory));

    private static string Kustomize(string directory)
    {
        var start = new ProcessStartInfo("kubectl", ["kustomize", directory])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("kubectl did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"kubectl kustomize {directory} failed ({process.ExitCode}): {errors.Result}");
        }

        return output.Result;
    }
}
