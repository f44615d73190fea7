using k8s;
using k8s.Models;

namespace Hubs.Deploy.Tests.Schemas;

/// <summary>
/// The Kubernetes API's own kinds, checked with the official client's models and its strict YAML reader: a field the
/// API does not have (<c>replicass</c>), a value of the wrong type or a kind that does not exist is an error.
/// </summary>
public static class KubernetesApiSchema
{
    /// <summary>Loads <paramref name="yaml"/> strictly as its model type; throws what the reader refuses.</summary>
    public static IKubernetesObject Load(string yaml)
    {
        var loaded = KubernetesYaml.LoadAllFromString(yaml, typeMap: null, strict: true);
        return loaded.Count == 1 && loaded[0] is IKubernetesObject typed
            ? typed
            : throw new InvalidOperationException($"Expected one Kubernetes object, read {loaded.Count}.");
    }

    /// <summary>The problem with <paramref name="yaml"/> in words, or null when the API would accept its shape.</summary>
    public static string? Problem(string yaml)
    {
        try
        {
            var typed = Load(yaml);
            return typed is IMetadata<V1ObjectMeta> { Metadata.Name: { Length: > 0 } } ? null : "metadata.name is missing";
        }
        catch (Exception ex) when (ex is YamlDotNet.Core.YamlException or InvalidOperationException or ArgumentException or KeyNotFoundException)
        {
            return Flatten(ex);
        }
    }

    private static string Flatten(Exception ex) =>
        string.Join(" → ", Enumerable.Repeat(ex, 1).Concat(Inner(ex)).Select(e => e.Message));

    private static IEnumerable<Exception> Inner(Exception ex)
    {
        for (var inner = ex.InnerException; inner is not null; inner = inner.InnerException)
        {
            yield return inner;
        }
    }
}
