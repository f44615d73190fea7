using Hubs.Deploy.Tests.Rendering;
using Hubs.Deploy.Tests.Schemas;

namespace Hubs.Deploy.Tests;

/// <summary>The validators can fail: each refuses what the API server (or the CRD) would.</summary>
public sealed class StrictnessTests
{
    [Fact]
    public void An_unknown_field_in_a_Deployment_is_refused()
    {
        const string deployment = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: typo
            spec:
              replicass: 2
              selector:
                matchLabels: {app: typo}
              template:
                metadata:
                  labels: {app: typo}
                spec:
                  containers:
                    - name: app
                      image: example/app:1.0.0
            """;

        Assert.Contains("replicass", KubernetesApiSchema.Problem(deployment), StringComparison.Ordinal);
        Assert.Null(KubernetesApiSchema.Problem(deployment.Replace("replicass", "replicas", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_value_of_the_wrong_type_and_an_unknown_kind_are_refused()
    {
        const string service = """
            apiVersion: v1
            kind: Service
            metadata:
              name: wrong
            spec:
              ports:
                - port: not-a-number
            """;

        Assert.NotNull(KubernetesApiSchema.Problem(service));
        Assert.NotNull(KubernetesApiSchema.Problem(service.Replace("kind: Service", "kind: Servise", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_unknown_field_in_a_RabbitmqCluster_is_refused()
    {
        var cluster = Overlays.Objects(Overlays.Network).Single(o => o.Kind == "RabbitmqCluster");
        var typo = YamlDocuments.Split(cluster.Yaml.Replace("  replicas: 3", "  replicass: 3", StringComparison.Ordinal)).Single();

        Assert.Empty(CustomResourceSchemas.Problems(cluster));
        Assert.Contains(CustomResourceSchemas.Problems(typo), p => p.Contains("replicass", StringComparison.Ordinal) || p.Contains("/spec", StringComparison.Ordinal));
    }

    [Fact]
    public void The_Dapr_Configuration_refused_before_is_refused_still()
    {
        // What deploy/dapr/config.yaml said until the CRD schema was checked: mTLS needs the control plane's trust
        // domain and Sentry address since Dapr 1.12.
        var old = YamlDocuments.Split("""
            apiVersion: dapr.io/v1alpha1
            kind: Configuration
            metadata:
              name: hubs
            spec:
              mtls:
                enabled: true
            """).Single();

        Assert.Contains(CustomResourceSchemas.Problems(old), p => p.Contains("/spec/mtls", StringComparison.Ordinal));
    }
}
