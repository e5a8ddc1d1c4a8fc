using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Briefing.IngestTests;

/// <summary>The built app (Briefing.Web.dll) run as a child process on a fixed loopback port, over one database
/// file, so it can be killed with -9 and started again exactly as an operator would.</summary>
public sealed class AppProcess : IDisposable
{
    public const string ApiKey = "crash-test-key";

    private readonly string _folder;
    private Process? _process;

    public AppProcess(string folder)
    {
        _folder = folder;
        Port = FreePort();
        DatabasePath = Path.Combine(folder, "briefing.db");
        Directory.CreateDirectory(Path.Combine(folder, "no-seeds"));
    }

    public int Port { get; }
    public string DatabasePath { get; }
    public Uri BaseUrl => new($"http://127.0.0.1:{Port}");

    public async Task StartAsync()
    {
        var info = new ProcessStartInfo("dotnet", [WebDll(), "--urls", BaseUrl.ToString().TrimEnd('/')])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(WebDll())!,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["Briefing__DatabasePath"] = DatabasePath;
        info.Environment["Briefing__ApiKeys__0"] = ApiKey;
        info.Environment["Briefing__SeedsPath"] = Path.Combine(_folder, "no-seeds");
        info.Environment["Briefing__ApiRequestsPerSecond"] = "100000";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        _process = Process.Start(info)!;
        // Drained so a chatty child never blocks on a full pipe.
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"The app exited with code {_process.ExitCode} on start");
            try
            {
                if ((await probe.GetAsync(new Uri(BaseUrl, "/api/articles?limit=1"))).IsSuccessStatusCode) return;
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("The app did not come up within 60 s");
    }

    /// <summary>kill -9: no shutdown hooks, no flushing, whatever was in flight.</summary>
    public void Kill()
    {
        if (_process is null) return;
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        _process.Dispose();
        _process = null;
    }

    public void Dispose() => Kill();

    public static string WebDll()
    {
        // Same configuration as this test build (Debug or Release).
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var root = RepoRoot();
        var dll = Path.Combine(root, "src", "Briefing.Web", "bin", configuration, "net10.0", "Briefing.Web.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build src/Briefing.Web first", dll);
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Briefing.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("Briefing.sln not found");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
