using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using Hubs.IntegrationTests.Infrastructure;

namespace Hubs.Benchmarks.Gateway;

/// <summary>
/// nginx from the OS packages (<c>deploy/prerequisites.sh nginx</c>) as a plain reverse proxy in front of one upstream:
/// the proxy people would otherwise put in front, configured as they would for speed (a worker per core, upstream
/// connections kept alive, no access log), with its own configuration and temporary files in <paramref name="folder"/>.
/// </summary>
internal sealed class NginxProxy : IAsyncDisposable
{
    public const string Binary = "/usr/sbin/nginx";

    private readonly Process _process;

    private NginxProxy(Process process, int port)
    {
        _process = process;
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
    }

    public Uri BaseAddress { get; }

    public static async Task<NginxProxy> StartAsync(string folder, Uri upstream, CancellationToken cancellationToken)
    {
        if (!File.Exists(Binary))
        {
            throw new InvalidOperationException($"{Binary} is missing: deploy/prerequisites.sh nginx installs it (nginx-light from the OS packages).");
        }

        var root = System.IO.Directory.CreateDirectory(Path.Combine(folder, "nginx")).FullName;
        var port = FreePort.Next();
        var config = Path.Combine(root, "nginx.conf");
        await File.WriteAllTextAsync(config, Config(root, port, upstream), cancellationToken);
        var process = Process.Start(new ProcessStartInfo(Binary)
        {
            ArgumentList = { "-p", root + "/", "-c", config, "-e", Path.Combine(root, "error.log"), "-g", "daemon off;" },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        }) ?? throw new InvalidOperationException("nginx did not start");
        var proxy = new NginxProxy(process, port);
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"nginx exited ({process.ExitCode}): {await process.StandardError.ReadToEndAsync(cancellationToken)}");
            }

            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync("127.0.0.1", port, cancellationToken);
                Console.WriteLine($"nginx listening on {proxy.BaseAddress} → {upstream}");
                return proxy;
            }
            catch (SocketException)
            {
                await Task.Delay(100, cancellationToken);
            }
        }

        await proxy.DisposeAsync();
        throw new InvalidOperationException("nginx did not listen within 10 s");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // The master and its workers.
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static string Config(string root, int port, Uri upstream) => string.Create(CultureInfo.InvariantCulture, $$"""
        worker_processes auto;
        pid {{root}}/nginx.pid;
        error_log {{root}}/error.log warn;
        events { worker_connections 1024; }
        http {
            access_log off;
            client_body_temp_path {{root}}/body;
            proxy_temp_path {{root}}/proxy;
            fastcgi_temp_path {{root}}/fastcgi;
            uwsgi_temp_path {{root}}/uwsgi;
            scgi_temp_path {{root}}/scgi;
            upstream directory {
                server {{upstream.Host}}:{{upstream.Port}};
                keepalive 64;
            }
            server {
                listen 127.0.0.1:{{port}};
                location / {
                    proxy_pass http://directory;
                    proxy_http_version 1.1;
                    proxy_set_header Connection "";
                    proxy_set_header Host $host;
                    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                    proxy_set_header X-Forwarded-Proto $scheme;
                }
            }
        }
        """);
}
