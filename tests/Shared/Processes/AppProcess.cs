using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Briefing.Testing;

/// <summary>The app as a real separate process (the web project's build output run with dotnet) on a fixed loopback
/// port over one database file, so a test can kill it (-9: no shutdown hooks) and start it again exactly as a crash
/// and an operator's restart would.</summary>
public sealed class AppProcess : IAsyncDisposable
{
    public const string ApiKey = "test-key-7f3a";

    private readonly string _folder;
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _errors = new();
    private Process? _process;

    public AppProcess(string folder, IReadOnlyDictionary<string, string>? settings = null)
    {
        _folder = folder;
        _settings = settings ?? new Dictionary<string, string>();
        Port = FreePort();
        Directory.CreateDirectory(Path.Combine(folder, "no-seeds"));
    }

    public int Port { get; }
    public Uri BaseUrl => new($"http://127.0.0.1:{Port}/");
    public string DatabasePath => Path.Combine(_folder, "briefing.db");

    /// <summary>The build output of the web project, in the same configuration (Debug or Release) as the tests.</summary>
    public static string AppDll
    {
        get
        {
            var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
            var dll = Path.Combine(RepoPaths.Root, "src", "Briefing.Web", "bin", configuration, "net10.0", "Briefing.Web.dll");
            return File.Exists(dll) ? dll : throw new FileNotFoundException("Build src/Briefing.Web first", dll);
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
        info.Environment["Briefing__ApiKeys__0"] = ApiKey;
        info.Environment["Briefing__SeedsPath"] = Path.Combine(_folder, "no-seeds");
        info.Environment["Briefing__WatchlistPath"] = Path.Combine(RepoPaths.Seeds, "watchlist.json");
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in _settings) info.Environment[key] = value;
        _process = Process.Start(info)!;
        // Drained so a chatty child never blocks on a full pipe; the last lines of stderr kept to explain a crash.
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is null) return;
            _errors.Enqueue(line.Data);
            while (_errors.Count > 40) _errors.TryDequeue(out string? _);
        };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Waits until the server answers HTTP.</summary>
    public async Task WaitReadyAsync(TimeSpan? timeout = null)
    {
        using var client = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            if (_process is { HasExited: true })
                throw new InvalidOperationException($"The server exited with {_process.ExitCode}: {string.Join('\n', _errors)}");
            try
            {
                if ((await client.GetAsync("/api/articles?limit=1")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
            }
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The server did not start");
            await Task.Delay(50);
        }
    }

    public async Task StartAsync()
    {
        Start();
        await WaitReadyAsync();
    }

    public HttpClient Writer(TimeSpan? timeout = null)
    {
        var client = new HttpClient { BaseAddress = BaseUrl, Timeout = timeout ?? TimeSpan.FromSeconds(100) };
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        return client;
    }

    /// <summary>Kills the process tree at once, as a crash or power cut would.</summary>
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
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
