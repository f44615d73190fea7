using Hubs.Deploy.Tests.Rendering;
using Hubs.Deploy.Tests.Schemas;
using Xunit.Abstractions;

namespace Hubs.Deploy.Tests;

/// <summary>Every object each overlay renders, validated offline: API kinds strictly, custom resources by their CRDs.</summary>
public sealed class ManifestSchemaTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(Overlays.All), MemberType = typeof(Overlays))]
    public void Every_rendered_object_passes_its_schema(string overlay)
    {
        var objects = Overlays.Objects(overlay);
        var problems = new List<string>();
        var (api, custom, valid) = (0, 0, 0);
        foreach (var o in objects)
        {
            IReadOnlyList<string> found;
            if (CustomResourceSchemas.IsCustom(o))
            {
                custom++;
                found = CustomResourceSchemas.Problems(o);
            }
            else
            {
                api++;
                found = KubernetesApiSchema.Problem(o.Yaml) is { } problem ? [problem] : [];
            }

            valid += found.Count == 0 ? 1 : 0;
            problems.AddRange(found.Select(p => $"{o}: {p}"));
        }

        var line = $"DEPLOY overlay {overlay}: {objects.Count} objects rendered, {valid} validated ({api} Kubernetes API strictly, {custom} custom resources by CRD schema)";
        output.WriteLine(line);
        Console.WriteLine(line);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.NotEmpty(objects);
    }
}
