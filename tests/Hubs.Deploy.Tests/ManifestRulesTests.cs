using Hubs.Deploy.Tests.Rendering;
using Hubs.Deploy.Tests.Schemas;
using k8s.Models;

namespace Hubs.Deploy.Tests;

/// <summary>What the network promises its operators, read from the rendered objects rather than from the sources.</summary>
public sealed class ManifestRulesTests
{
    private static readonly string[] Hubs = ["lomazzo", "ivrea", "novara", "caserta", "trento", "padova", "bologna", "pisa", "ancona", "bari", "catania", "cagliari"];

    [Theory]
    [MemberData(nameof(Overlays.All), MemberType = typeof(Overlays))]
    public void Every_Hubs_container_has_alive_and_health_probes_requests_limits_and_a_pinned_image(string overlay)
    {
        foreach (var (name, _, pod) in PodTemplates(overlay).Where(p => p.Pod.Metadata.Labels["app.kubernetes.io/part-of"] == "hubs"))
        {
            foreach (var container in pod.Spec.Containers)
            {
                Assert.True(container.Resources?.Requests?.ContainsKey("cpu") == true && container.Resources.Requests.ContainsKey("memory"), $"{name}/{container.Name}: requests");
                Assert.True(container.Resources?.Limits?.ContainsKey("cpu") == true && container.Resources.Limits.ContainsKey("memory"), $"{name}/{container.Name}: limits");
                Assert.Matches(@":[0-9]+\.[0-9]+\.[0-9]+", container.Image);
                Assert.DoesNotContain(":latest", container.Image, StringComparison.Ordinal);
                if (container.Image.StartsWith("hubs/", StringComparison.Ordinal))
                {
                    Assert.Equal("/alive", container.LivenessProbe?.HttpGet?.Path);
                    Assert.NotNull(container.ReadinessProbe?.HttpGet?.Path);
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Overlays.All), MemberType = typeof(Overlays))]
    public void Every_workload_has_a_disruption_budget_a_service_account_and_no_secret_is_rendered(string overlay)
    {
        var objects = Overlays.Objects(overlay);
        var budgets = Typed<V1PodDisruptionBudget>(overlay).ToList();
        var accounts = Typed<V1ServiceAccount>(overlay).Select(a => a.Metadata.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var (name, _, pod) in PodTemplates(overlay).Where(p => p.Kind != "Job"))
        {
            Assert.True(budgets.Any(b => Selects(b.Spec.Selector, pod.Metadata.Labels)), $"{name} has no PodDisruptionBudget");
        }

        foreach (var (name, _, pod) in PodTemplates(overlay).Where(p => p.Pod.Metadata.Labels.ContainsKey("app.kubernetes.io/part-of")))
        {
            Assert.Contains(pod.Spec.ServiceAccountName, accounts);
            Assert.False(pod.Spec.AutomountServiceAccountToken ?? true, $"{name} mounts a service account token");
        }

        Assert.DoesNotContain(objects, o => o.Kind == "Secret");
    }

    [Fact]
    public void Each_hub_node_has_its_own_dapr_app_id_secret_database_and_accepts_only_the_gateway_and_the_directory_sidecar()
    {
        var deployments = Typed<V1Deployment>(Overlays.Network).ToDictionary(d => d.Metadata.Name, StringComparer.Ordinal);
        var policies = Typed<V1NetworkPolicy>(Overlays.Network).ToDictionary(p => p.Metadata.Name, StringComparer.Ordinal);
        foreach (var hub in Hubs)
        {
            var pod = deployments[$"hub-{hub}"].Spec.Template;
            var env = pod.Spec.Containers.Single().Env.ToDictionary(e => e.Name, StringComparer.Ordinal);
            Assert.Equal($"hub-{hub}", pod.Metadata.Annotations["dapr.io/app-id"]);
            Assert.Equal(hub, env["Hub__Id"].Value);
            Assert.Equal($"hubs-hub-{hub}", env["Storage__Mongo__Database"].Value);
            Assert.Equal($"hub-{hub}-credentials", env["ConnectionStrings__rabbitmq"].ValueFrom.SecretKeyRef.Name);
            Assert.Equal($"hub-{hub}-credentials", env["Storage__Mongo__ConnectionString"].ValueFrom.SecretKeyRef.Name);

            var policy = policies[$"hub-{hub}"];
            Assert.True(Selects(policy.Spec.PodSelector, pod.Metadata.Labels));
            Assert.All(policies.Values.Where(p => p != policy && p.Spec.PodSelector.MatchLabels?.Count > 0),
                other => Assert.False(Selects(other.Spec.PodSelector, pod.Metadata.Labels), $"{other.Metadata.Name} also selects hub-{hub}"));
            var sources = policy.Spec.Ingress.SelectMany(rule => rule.FromProperty.Select(from => (
                From: from.PodSelector.MatchLabels["app.kubernetes.io/name"],
                Ports: string.Join(',', rule.Ports.Select(p => p.Port.Value))))).ToList();
            Assert.Equal([("gateway", "8080"), ("directory", "50002")], sources);
        }
    }

    [Fact]
    public void The_broker_has_three_nodes_and_the_store_three_members_with_a_keyfile()
    {
        var cluster = Overlays.Objects(Overlays.Network).Single(o => o.Kind == "RabbitmqCluster");
        Assert.Equal(3, cluster.Json["spec"]!["replicas"]!.GetValue<long>());
        Assert.Contains("target_group_size = 3", cluster.Json["spec"]!["rabbitmq"]!["additionalConfig"]!.GetValue<string>(), StringComparison.Ordinal);

        var mongo = Typed<V1StatefulSet>(Overlays.Network).Single(s => s.Metadata.Name == "hubs-mongodb");
        Assert.Equal(3, mongo.Spec.Replicas);
        Assert.Contains("--keyFile", mongo.Spec.Template.Spec.Containers.Single().Args);
    }

    private static IEnumerable<T> Typed<T>(string overlay) =>
        Overlays.Objects(overlay).Where(o => !CustomResourceSchemas.IsCustom(o)).Select(o => KubernetesApiSchema.Load(o.Yaml)).OfType<T>();

    private static IEnumerable<(string Name, string Kind, V1PodTemplateSpec Pod)> PodTemplates(string overlay)
    {
        foreach (var o in Overlays.Objects(overlay).Where(o => !CustomResourceSchemas.IsCustom(o)).Select(o => KubernetesApiSchema.Load(o.Yaml)))
        {
            switch (o)
            {
                case V1Deployment d:
                    yield return (d.Metadata.Name, d.Kind, d.Spec.Template);
                    break;
                case V1StatefulSet s:
                    yield return (s.Metadata.Name, s.Kind, s.Spec.Template);
                    break;
                case V1Job j:
                    yield return (j.Metadata.Name, j.Kind, j.Spec.Template);
                    break;
            }
        }
    }

    private static bool Selects(V1LabelSelector selector, IDictionary<string, string> labels) =>
        selector.MatchLabels is { Count: > 0 } match && match.All(l => labels.TryGetValue(l.Key, out var v) && v == l.Value);
}
