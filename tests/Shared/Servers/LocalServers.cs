using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Briefing.Testing;

/// <summary>Throw-away PostgreSQL and Redis servers on loopback for the scale-out tests: Debian's own binaries
/// (scripts/test.sh installs them), started once per test process in a temp folder and stopped when it exits.
/// <c>BRIEFING_TEST_POSTGRES</c> (a connection string to a server whose user may create databases) and
/// <c>BRIEFING_TEST_REDIS</c> (host:port) point the tests at running servers instead.</summary>
public static class LocalServers
{
    private static readonly Lazy<(PostgresServer? Server, string? Missing)> SharedPostgres = new(StartPostgres);
    private static readonly Lazy<(string? Address, string? Missing)> SharedRedis = new(StartRedis);

    /// <summary>The shared PostgreSQL server, or skips the calling test (with why) when it cannot be run here.</summary>
    public static PostgresServer Postgres
    {
        get
        {
            var (server, missing) = SharedPostgres.Value;
            Skip.If(server is null, missing);
            return server!;
        }
    }

    /// <summary>The shared Redis server's host:port, or skips the calling test when it cannot be run here.</summary>
    public static string Redis
    {
        get
        {
            var (address, missing) = SharedRedis.Value;
            Skip.If(address is null, missing);
            return address!;
        }
    }

    private static (PostgresServer?, string?) StartPostgres()
    {
        var external = Environment.GetEnvironmentVariable("BRIEFING_TEST_POSTGRES");
        if (!string.IsNullOrWhiteSpace(external)) return (new PostgresServer(external, null), null);
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin"))
                .Where(b => File.Exists(Path.Combine(b, "initdb"))).OrderDescending().FirstOrDefault()
            : null;
        if (bin is null)
            return (null, "PostgreSQL is not installed: scripts/test.sh installs Debian's postgresql (apt-get install -y postgresql), or set BRIEFING_TEST_POSTGRES.");
        var folder = Directory.CreateTempSubdirectory("briefing-pg-").FullName;
        var port = FreePort();
        var asRoot = Environment.UserName == "root";
        // PostgreSQL refuses to run as root: as root the data folder belongs to, and the server runs as, postgres.
        if (asRoot) Run("chown", "postgres", folder);
        string[] AsServerUser(string program, params string[] args) =>
            asRoot ? ["runuser", "-u", "postgres", "--", Path.Combine(bin, program), .. args] : [Path.Combine(bin, program), .. args];
        Run(AsServerUser("initdb", "-D", folder, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C"));
        // Throw-away test data: no fsync. Many test databases at once: more connections than the default 100.
        Run(AsServerUser("pg_ctl", "-D", folder, "-l", Path.Combine(folder, "server.log"), "-w", "-o",
            $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=400", "start"));
        Watchdog($"{string.Join(' ', AsServerUser("pg_ctl", "-D", folder, "-m", "immediate", "stop").Select(Quote))} >/dev/null 2>&1; rm -rf {Quote(folder)}");
        return (new PostgresServer($"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres", folder), null);
    }

    private static (string?, string?) StartRedis()
    {
        var external = Environment.GetEnvironmentVariable("BRIEFING_TEST_REDIS");
        if (!string.IsNullOrWhiteSpace(external)) return (external, null);
        var server = new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }.FirstOrDefault(File.Exists);
        if (server is null)
            return (null, "Redis is not installed: scripts/test.sh installs Debian's redis-server (apt-get install -y redis-server), or set BRIEFING_TEST_REDIS.");
        var port = FreePort();
        var process = Watchdog($"{Quote(server)} --port {port} --bind 127.0.0.1 --save '' --appendonly no >/dev/null 2>&1 & pid=$!", "kill $pid");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                return ($"127.0.0.1:{port}", null);
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && !process.HasExited)
            {
                Thread.Sleep(50);
            }
        }
    }

    // Servers outlive a test process that is killed; each gets a shell that waits on a pipe from this process and
    // cleans up when the pipe closes — at exit, however it happens. The processes are kept so the pipe stays open.
    private static readonly List<Process> Watchdogs = [];

    private static Process Watchdog(string cleanup) => Watchdog("", cleanup);

    private static Process Watchdog(string start, string cleanup)
    {
        var script = start.Length == 0 ? $"read _; {cleanup}" : $"{start}; read _; {cleanup}";
        var process = Process.Start(new ProcessStartInfo("/bin/sh", ["-c", script])
        {
            RedirectStandardInput = true,
            UseShellExecute = false,
        })!;
        lock (Watchdogs) Watchdogs.Add(process);
        return process;
    }

    private static string Quote(string value) => "'" + value.Replace("'", "'\\''") + "'";

    internal static void Run(params string[] command)
    {
        using var process = Process.Start(new ProcessStartInfo(command[0], command[1..])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{string.Join(' ', command)} failed ({process.ExitCode}): {error}{output.Result}");
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>A PostgreSQL server the tests may create databases on.</summary>
public sealed class PostgresServer(string adminConnectionString, string? folder)
{
    /// <summary>The server's data folder when the tests started it (its log is server.log there).</summary>
    public string? Folder { get; } = folder;

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public string CreateDatabase(string prefix = "briefing")
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(63, prefix.Length + 33)];
        using (var connection = new Npgsql.NpgsqlConnection(adminConnectionString))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE \"{name}\"";
            command.ExecuteNonQuery();
        }
        return new Npgsql.NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name, Pooling = true }.ConnectionString;
    }
}
