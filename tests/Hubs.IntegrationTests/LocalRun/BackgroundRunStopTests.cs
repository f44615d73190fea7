using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Hubs.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Hubs.IntegrationTests.LocalRun;

/// <summary>
/// ./run.sh started the way a supervisor, CI or another script starts it — in the background of a non-interactive
/// shell, where SIGINT is ignored from the start — stops everything it started on SIGTERM: the app host, DCP, every
/// service, the dashboard, RabbitMQ and its epmd. Its own ports (TestPorts) and data folder; processes of the run are
/// found by a variable of this test's that every one of them inherits (run.sh marks its own with HUBS_RUN_ID).
/// </summary>
public sealed class BackgroundRunStopTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(10);

    // Not a timing assertion: a bound on waiting for a stop run.sh itself finishes in ~25 s at most (20 s for the app
    // host, then TERM and KILL of what is left); past it the run is hung and the test must not wait forever.
    private static readonly TimeSpan StopBound = TimeSpan.FromSeconds(90);

    private const string Marker = "HUBS_TEST_RUN_MARKER";

    private readonly string _runId = Guid.NewGuid().ToString("N");
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("hubs-run-sh-").FullName;

    [Fact]
    public async Task Run_sh_in_the_background_of_a_script_stops_every_process_it_started_on_SIGTERM()
    {
        var log = Path.Combine(_dataDirectory, "run.log");
        var pidFile = Path.Combine(_dataDirectory, "run.pid");
        // `bash -c '… &'`: a non-interactive shell starts the background job with SIGINT and SIGQUIT ignored.
        using var shell = Process.Start(new ProcessStartInfo("bash", ["-c", "./run.sh > \"$RUN_LOG\" 2>&1 & echo $! > \"$RUN_PID\"; wait"])
        {
            WorkingDirectory = Repository.Root,
            UseShellExecute = false,
            Environment =
            {
                ["RUN_LOG"] = log,
                ["RUN_PID"] = pidFile,
                [Marker] = _runId,
                ["HUBS_DATA_DIR"] = _dataDirectory,
                ["HUBS_GATEWAY_PORT"] = Invariant(TestPorts.LocalRunGateway),
                ["HUBS_RABBITMQ_PORT"] = Invariant(TestPorts.LocalRunBroker),
                ["HUBS_DASHBOARD_PORT"] = Invariant(TestPorts.LocalRunDashboard),
                ["HUBS_IDENTITY_PORT"] = Invariant(TestPorts.LocalRunIdentity),
                ["HUBS_MAIL_PORT"] = Invariant(TestPorts.LocalRunMail),
            },
        })!;

        var runPid = int.Parse((await Eventually.Until(
            () => Task.FromResult(File.Exists(pidFile) ? File.ReadAllText(pidFile).Trim() : ""),
            text => text.Length > 0, TimeSpan.FromSeconds(30), "run.sh's pid")), CultureInfo.InvariantCulture);
        await Eventually.Until(
            () => Task.FromResult(File.Exists(log) ? File.ReadAllText(log) : ""),
            text => text.Contains("Hubs is up", StringComparison.Ordinal) || shell.HasExited,
            StartTimeout,
            "run.sh to report 12 hubs online");
        var startLog = File.ReadAllText(log);
        output.WriteLine(startLog);
        Assert.Contains("Hubs is up", startLog, StringComparison.Ordinal);
        var running = RunProcesses();
        output.WriteLine($"{running.Count} processes of the run before SIGTERM:\n{string.Join('\n', running.Select(Describe))}");
        Assert.True(running.Count >= 16, "fewer processes than the app host, 15 services and RabbitMQ");

        Assert.Equal(0, Signal(runPid, "TERM"));
        using (var stopped = new CancellationTokenSource(StopBound))
        {
            await shell.WaitForExitAsync(stopped.Token);
        }

        var left = RunProcesses();
        output.WriteLine(File.ReadAllText(log)[startLog.Length..]);
        Assert.True(left.Count == 0, $"left after SIGTERM:\n{string.Join('\n', left.Select(Describe))}");
        Assert.All(
            new[] { TestPorts.LocalRunGateway, TestPorts.LocalRunBroker, TestPorts.LocalRunBroker + 1, TestPorts.LocalRunBroker + 3, TestPorts.LocalRunDashboard, TestPorts.LocalRunIdentity, TestPorts.LocalRunMail, TestPorts.LocalRunMail + 1 },
            port => Assert.False(IsListening(port), $"something still listens on {port}"));
    }

    public void Dispose()
    {
        // Whatever a failed run left: by the run's own marker, never by name.
        foreach (var pid in RunProcesses())
        {
            Signal(pid, "KILL");
        }

        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>Live processes whose environment carries this test's marker (zombies waiting for their parent left out).</summary>
    private List<int> RunProcesses()
    {
        var marker = $"{Marker}={_runId}";
        var found = new List<int>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || pid == Environment.ProcessId)
            {
                continue;
            }

            try
            {
                var environment = File.ReadAllText(Path.Combine(directory, "environ"));
                if (environment.Split('\0').Contains(marker, StringComparer.Ordinal)
                    && !File.ReadAllText(Path.Combine(directory, "stat")).Split(' ')[2].Equals("Z", StringComparison.Ordinal))
                {
                    found.Add(pid);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Gone meanwhile, or not ours.
            }
        }

        return found;
    }

    private static string Describe(int pid)
    {
        try
        {
            var command = File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
            return $"{pid} {command[..Math.Min(command.Length, 160)]}";
        }
        catch (IOException)
        {
            return $"{pid} (gone)";
        }
    }

    private static int Signal(int pid, string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", [$"-{signal}", Invariant(pid)]) { RedirectStandardError = true })!;
        kill.WaitForExit();
        return kill.ExitCode;
    }

    private static bool IsListening(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
