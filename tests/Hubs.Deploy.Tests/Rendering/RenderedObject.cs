using System.Text.Json.Nodes;

namespace Hubs.Deploy.Tests.Rendering;

/// <summary>One document of a rendered overlay: its YAML as kustomize wrote it, and the same as JSON.</summary>
public sealed record RenderedObject(string ApiVersion, string Kind, string Name, string Yaml, JsonObject Json)
{
    public string Group => ApiVersion.Contains('/', StringComparison.Ordinal) ? ApiVersion[..ApiVersion.IndexOf('/', StringComparison.Ordinal)] : "";

    public string Version => ApiVersion[(ApiVersion.IndexOf('/', StringComparison.Ordinal) + 1)..];

    public override string ToString() => $"{Kind} {Name}";
}
