using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace Hubs.IntegrationTests.Infrastructure;

/// <summary>
/// The real RabbitMQ node of this test run. ./test.sh starts one and passes it in HUBS_TEST_RABBITMQ_*; a plain
/// `dotnet test` starts its own private node (deploy/rabbitmq/private-node.sh) and stops it when the run ends.
/// Each federation under test gets its own virtual host, so tests never see each other's queues.
/// </summary>
internal sealed class RabbitMqNode
{
    private static readonly Lazy<RabbitMqNode> Instance = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly HttpClient _management;

    private readonly bool _owned;

    private RabbitMqNode(int amqpPort, Uri managementUri, string nodeDirectory, bool owned = false, string? hosts = null)
    {
        _owned = owned;
        AmqpPort = amqpPort;
        Hosts = hosts ?? $"127.0.0.1:{amqpPort}";
        NodeDirectory = nodeDirectory;
        _management = new HttpClient { BaseAddress = managementUri, Timeout = TimeSpan.FromSeconds(30) };
        _management.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes("guest:guest")));
    }

    public static RabbitMqNode Shared => Instance.Value;

    public int AmqpPort { get; }

    public string NodeDirectory { get; }

    /// <summary>Where services connect: this node, or every node of the cluster it belongs to (host:port,host:port,…).</summary>
    public string Hosts { get; }

    /// <summary>
    /// One node of a cluster started elsewhere (tests/Hubs.ReliabilityTests' cluster): its management API, and every
    /// node of the cluster in the services' connection strings.
    /// </summary>
    public static RabbitMqNode InCluster(int amqpPort, string clusterHosts, string clusterDirectory) =>
        new(amqpPort, new Uri($"http://127.0.0.1:{amqpPort + 1}/"), clusterDirectory, hosts: clusterHosts);

    /// <summary>The queues of a virtual host as the management API describes them (quorum queues: leader, members, online).</summary>
    public async Task<IReadOnlyList<System.Text.Json.Nodes.JsonObject>> QueuesAsync(string virtualHost)
    {
        // RabbitMQ 3.10 repeats "online" in a quorum queue's entry: JsonDocument tolerates it, JsonObject does not (the last wins).
        using var queues = System.Text.Json.JsonDocument.Parse(await _management.GetStringAsync(new Uri($"api/queues/{Uri.EscapeDataString(virtualHost)}", UriKind.Relative)));
        var list = new List<System.Text.Json.Nodes.JsonObject>();
        foreach (var queue in queues.RootElement.EnumerateArray())
        {
            var entry = new System.Text.Json.Nodes.JsonObject();
            foreach (var property in queue.EnumerateObject())
            {
                entry[property.Name] = System.Text.Json.Nodes.JsonNode.Parse(property.Value.GetRawText());
            }

            list.Add(entry);
        }

        return list;
    }

    /// <summary>The cluster's nodes that the management API reports running.</summary>
    public async Task<IReadOnlyList<string>> RunningNodesAsync()
    {
        var nodes = await _management.GetFromJsonAsync<System.Text.Json.Nodes.JsonArray>("api/nodes");
        return [.. nodes!.Where(n => n!["running"]?.GetValue<bool>() == true).Select(n => n!["name"]!.GetValue<string>())];
    }

    /// <summary>A fresh virtual host for one federation under test; returns the AMQP URI services connect with.</summary>
    public async Task<string> CreateVirtualHostAsync(string name)
    {
        var vhost = Uri.EscapeDataString(name);
        (await _management.PutAsync($"api/vhosts/{vhost}", JsonContent.Create(new { }))).EnsureSuccessStatusCode();
        (await _management.PutAsJsonAsync($"api/permissions/{vhost}/guest", new { configure = ".*", write = ".*", read = ".*" }))
            .EnsureSuccessStatusCode();
        return $"amqp://guest:guest@127.0.0.1:{AmqpPort}/{vhost}";
    }

    /// <summary>Creates or updates a broker user (node-wide: the same name in every virtual host).</summary>
    public async Task PutUserAsync(string user, string password, IEnumerable<string> tags)
    {
        var path = $"api/users/{Uri.EscapeDataString(user)}";
        var body = new { password, tags = string.Join(',', tags) };
        using var response = await _management.PutAsJsonAsync(path, body);
        // ./test.sh runs the test projects in parallel against one node, and their first fixtures create the same users
        // (directory, exchange, hub-…) at the same moment. The management API checks "exists?" then adds, so the loser
        // of that race gets 400 {"reason":["user_already_exists",…]}: the user is there now, and the same PUT updates it
        // (same password: BrokerUsers derives it from the node's secret).
        if (response.StatusCode == System.Net.HttpStatusCode.BadRequest
            && (await response.Content.ReadAsStringAsync()).Contains("user_already_exists", StringComparison.Ordinal))
        {
            using var update = await _management.PutAsJsonAsync(path, body);
            await EnsureSuccessAsync(update);
            return;
        }

        await EnsureSuccessAsync(response);
    }

    /// <summary>What <paramref name="user"/> may configure, write and read in <paramref name="virtualHost"/> (regular expressions).</summary>
    public async Task SetPermissionsAsync(string virtualHost, string user, string configure, string write, string read) =>
        (await _management.PutAsJsonAsync(
            $"api/permissions/{Uri.EscapeDataString(virtualHost)}/{Uri.EscapeDataString(user)}", new { configure, write, read }))
            .EnsureSuccessStatusCode();

    /// <summary>Up to <paramref name="max"/> messages of a queue with their AMQP properties, left in the queue.</summary>
    public async Task<IReadOnlyList<System.Text.Json.Nodes.JsonObject>> PeekMessagesAsync(string virtualHost, string queue, int max = 100)
    {
        using var response = await _management.PostAsJsonAsync(
            $"api/queues/{Uri.EscapeDataString(virtualHost)}/{Uri.EscapeDataString(queue)}/get",
            new { count = max, ackmode = "ack_requeue_true", encoding = "auto", truncate = 1_000_000 });
        // Not there yet, or (seen once in CI) a 400 while a just-declared quorum queue is still settling: callers poll.
        if (response.StatusCode is System.Net.HttpStatusCode.NotFound or System.Net.HttpStatusCode.BadRequest)
        {
            return [];
        }

        response.EnsureSuccessStatusCode();
        var messages = await response.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonArray>();
        return messages!.Select(m => m!.AsObject()).ToList();
    }

    /// <summary>A durable queue bound to an event's exchange: a witness that counts what the broker really received.</summary>
    public async Task BindWitnessQueueAsync(string virtualHost, string exchange, string queue)
    {
        var vhost = Uri.EscapeDataString(virtualHost);
        (await _management.PutAsJsonAsync($"api/exchanges/{vhost}/{Uri.EscapeDataString(exchange)}", new { type = "fanout", durable = true }))
            .EnsureSuccessStatusCode();
        (await _management.PutAsJsonAsync($"api/queues/{vhost}/{Uri.EscapeDataString(queue)}", new { durable = true }))
            .EnsureSuccessStatusCode();
        (await _management.PostAsJsonAsync($"api/bindings/{vhost}/e/{Uri.EscapeDataString(exchange)}/q/{Uri.EscapeDataString(queue)}", new { routing_key = "" }))
            .EnsureSuccessStatusCode();
    }

    /// <summary>Binds one witness queue to the exchange of every message type the contracts name, so it sees all network traffic.</summary>
    public async Task BindWitnessToEveryContractAsync(string virtualHost, string queue)
    {
        var exchanges = typeof(Hubs.Contracts.Events.IHubEvent).Assembly.GetTypes()
            .Select(t => t.GetCustomAttributes(typeof(MassTransit.EntityNameAttribute), false).OfType<MassTransit.EntityNameAttribute>().FirstOrDefault())
            .Where(a => a is not null)
            .Select(a => a!.EntityName)
            .Distinct(StringComparer.Ordinal);
        foreach (var exchange in exchanges)
        {
            await BindWitnessQueueAsync(virtualHost, exchange, queue);
        }
    }

    /// <summary>Takes up to <paramref name="max"/> messages off a queue and returns their bodies as text.</summary>
    public async Task<IReadOnlyList<string>> TakeMessagesAsync(string virtualHost, string queue, int max = 10_000)
    {
        using var response = await _management.PostAsJsonAsync(
            $"api/queues/{Uri.EscapeDataString(virtualHost)}/{Uri.EscapeDataString(queue)}/get",
            new { count = max, ackmode = "ack_requeue_false", encoding = "auto", truncate = 1_000_000 });
        response.EnsureSuccessStatusCode();
        var messages = await response.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonArray>();
        return messages!.Select(m => m!["payload"]!.GetValue<string>()).ToList();
    }

    /// <summary>Throws away every message waiting in a queue: events a consumer will now never see.</summary>
    public async Task PurgeAsync(string virtualHost, string queue) =>
        (await _management.DeleteAsync($"api/queues/{Uri.EscapeDataString(virtualHost)}/{Uri.EscapeDataString(queue)}/contents"))
            .EnsureSuccessStatusCode();

    /// <summary>Messages in a queue (the management API refreshes this every few seconds).</summary>
    public async Task<long> QueueDepthAsync(string virtualHost, string queue)
    {
        try
        {
            var info = await _management.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>(
                $"api/queues/{Uri.EscapeDataString(virtualHost)}/{Uri.EscapeDataString(queue)}");
            return info?["messages"]?.GetValue<long>() ?? -1;
        }
        catch (HttpRequestException)
        {
            return -1;
        }
    }

    public async Task DeleteVirtualHostAsync(string name)
    {
        try
        {
            await _management.DeleteAsync($"api/vhosts/{Uri.EscapeDataString(name)}");
        }
        catch (HttpRequestException)
        {
            // A node stopped by an outage test has nothing left to clean.
        }
    }

    /// <summary>
    /// A node of the test's own, for tests that stop and start the broker (stopping the shared one would hurt every
    /// other test running at the same time). Its data survives <see cref="StopAsync"/>, as a real broker's does.
    /// </summary>
    public static async Task<RabbitMqNode> StartOwnAsync(int amqpPort)
    {
        var dir = Path.Combine(Path.GetTempPath(), $"hubs-tests-rabbitmq-{amqpPort}-{Environment.ProcessId}");
        var node = new RabbitMqNode(amqpPort, new Uri($"http://127.0.0.1:{amqpPort + 1}/"), dir, owned: true);
        await node.StartAsync();
        return node;
    }

    public Task StartAsync() => Task.Run(() => RunScript("start", NodeDirectory, AmqpPort));

    public Task StopAsync() => Task.Run(() => RunScript("stop", NodeDirectory, AmqpPort));

    /// <summary>Stops an own node and removes its data; the shared node is left to whoever started it.</summary>
    public async Task DisposeOwnAsync()
    {
        if (!_owned)
        {
            return;
        }

        await StopAsync();
        try
        {
            Directory.Delete(NodeDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static RabbitMqNode Start()
    {
        if (Environment.GetEnvironmentVariable("HUBS_TEST_RABBITMQ_URL") is { Length: > 0 })
        {
            // ./test.sh started the node on TestPorts.Base and leaves it running for every test process.
            var port = TestPorts.SharedNode;
            return new RabbitMqNode(port, new Uri($"http://127.0.0.1:{port + 1}/"),
                Environment.GetEnvironmentVariable("HUBS_TEST_RABBITMQ_NODE_DIR") ?? "");
        }

        var ownPort = TestPorts.SharedNode;
        var dir = Path.Combine(Path.GetTempPath(), "hubs-tests-rabbitmq-" + Environment.ProcessId);
        RunScript("start", dir, ownPort);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            RunScript("stop", dir, ownPort);
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        };
        return new RabbitMqNode(ownPort, new Uri($"http://127.0.0.1:{ownPort + 1}/"), dir);
    }

    /// <summary>EnsureSuccessStatusCode, with the management API's reason in the message.</summary>
    private static async Task EnsureSuccessAsync(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException(
                $"{(int)response.StatusCode} from {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {await response.Content.ReadAsStringAsync()}",
                null,
                response.StatusCode);
        }
    }

    private static void RunScript(string command, string dir, int port)
    {
        var script = Path.Combine(Repository.Root, "deploy", "rabbitmq", "private-node.sh");
        using var process = Process.Start(new ProcessStartInfo("bash", [script, command, dir, port.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0 && command == "start")
        {
            throw new InvalidOperationException($"Could not start a private RabbitMQ node: {output}");
        }
    }
}
