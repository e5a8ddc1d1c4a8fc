using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Briefing.Testing;

namespace Briefing.BrowserTests.Wall;

/// <summary>The app as a real separate process (the web project's build output run with dotnet) on a fixed loopback
/// port and database, so a test can kill it and start it again exactly as a server restart would.</summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly string _folder;
    private Process? _process;

    public ServerProcess(string folder, int? port = null)
    {
        _folder = folder;
        Port = port ?? FreePort();
        Directory.CreateDirectory(Path.Combine(folder, "no-seeds"));
    }

    public int Port { get; }
    public Uri BaseUrl => new($"http://127.0.0.1:{Port}/");
    public string DatabasePath => Path.Combine(_folder, "briefing.db");

    public static string AppDll
    {
        get
        {
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
            var dll = Path.Combine(RepoPaths.Root, "src", "Briefing.Web", "bin", configuration, "net10.0", "Briefing.Web.dll");
            return File.Exists(dll) ? dll : throw new FileNotFoundException("Build the web project first", dll);
        }
    }

    /// <summary>The server's resident memory in bytes (null when not running).</summary>
    public long? WorkingSet
    {
        get
        {
            if (_process is null || _process.HasExited) return null;
            _process.Refresh();
            return _process.WorkingSet64;
        }
    }

    public void Start()
    {
        var info = new ProcessStartInfo("dotnet", [AppDll, "--urls", $"http://127.0.0.1:{Port}"])
        {
            WorkingDirectory = Path.GetDirectoryName(AppDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["Briefing__DatabasePath"] = DatabasePath;
        info.Environment["Briefing__ApiKeys__0"] = BriefingAppFactory.ApiKey;
        info.Environment["Briefing__SeedsPath"] = Path.Combine(_folder, "no-seeds");
        info.Environment["Briefing__WatchlistPath"] = Path.Combine(RepoPaths.Seeds, "watchlist.json");
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        _process = Process.Start(info)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Waits until the server answers /wall with 200.</summary>
    public async Task WaitReadyAsync(TimeSpan? timeout = null)
    {
        using var client = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            if (_process is { HasExited: true }) throw new InvalidOperationException($"The server exited with {_process.ExitCode}");
            try
            {
                if ((await client.GetAsync("/wall")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The server did not start");
            await Task.Delay(50);
        }
    }

    public HttpClient Writer()
    {
        var client = new HttpClient { BaseAddress = BaseUrl };
        client.DefaultRequestHeaders.Add("X-Api-Key", BriefingAppFactory.ApiKey);
        return client;
    }

    /// <summary>Kills the process tree at once (no graceful shutdown), as a crash or power cut would.</summary>
    public async Task KillAsync()
    {
        if (_process is null) return;
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync() => await KillAsync();

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
