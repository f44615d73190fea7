using System.Collections.Concurrent;
using System.Diagnostics;

namespace Hubs.IntegrationTests.Infrastructure;

/// <summary>One service of the federation running as a real process on a loopback port, as ./run.sh runs it.</summary>
internal sealed class ServiceProcess : IAsyncDisposable
{
    private static readonly HttpClient Probe = new() { Timeout = TimeSpan.FromSeconds(2) };

    private readonly string _dll;
    private readonly IReadOnlyDictionary<string, string> _environment;
    private readonly ConcurrentQueue<string> _output = new();
    private Process? _process;

    public ServiceProcess(string name, string dll, IReadOnlyDictionary<string, string> environment, int? port = null)
    {
        Name = name;
        _dll = dll;
        _environment = environment;
        Port = port ?? FreePort.Next();
    }

    public string Name { get; }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    /// <summary>Everything the process wrote to stdout and stderr, across restarts.</summary>
    public IEnumerable<string> Output => _output;

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>The running process's id (the benchmarks read its memory and CPU time from /proc).</summary>
    public int? ProcessId => _process is { HasExited: false } process ? process.Id : null;

    public async Task StartAsync(TimeSpan? timeout = null)
    {
        if (!File.Exists(_dll))
        {
            throw new FileNotFoundException($"{Name}: build the solution first", _dll);
        }

        var info = new ProcessStartInfo("dotnet", [_dll])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(_dll)!,
        };
        info.Environment["ASPNETCORE_URLS"] = BaseAddress.ToString().TrimEnd('/');
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment.Remove("OTEL_EXPORTER_OTLP_ENDPOINT");
        foreach (var (key, value) in _environment)
        {
            info.Environment[key] = value;
        }

        _process = new Process { StartInfo = info, EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) { _output.Enqueue(e.Data); } };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { _output.Enqueue(e.Data); } };
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitHealthyAsync(timeout ?? TimeSpan.FromSeconds(60));
    }

    public async Task StopAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        _process?.Dispose();
        _process = null;
    }

    public async Task RestartAsync()
    {
        await StopAsync();
        await StartAsync();
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private async Task WaitHealthyAsync(TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (_process is null || _process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited during start:\n{string.Join('\n', _output.TakeLast(40))}");
            }

            try
            {
                using var response = await Probe.GetAsync(new Uri(BaseAddress, "health"));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"{Name} was not healthy after {timeout}:\n{string.Join('\n', _output.TakeLast(40))}");
    }
}
