using System.Text;
using Briefing.Data.Inbox;
using Microsoft.Extensions.Options;

namespace Briefing.Web.Ingestion.Folder;

/// <summary>Watches Briefing:InboxPath by scanning it (more dependable than change notifications, which drop events
/// and fire mid-write). A file is read only once its size and time are unchanged across a scan and it can be opened
/// exclusively, so a file still being written is never read half-way. After the article is committed the file moves
/// to processed/; a file that cannot be an article moves to failed/ with a .error.txt saying why.</summary>
public sealed class FolderWatcher(
    Submissions submissions,
    IOptions<BriefingOptions> options,
    IHostEnvironment environment,
    ILogger<FolderWatcher> logger) : BackgroundService
{
    private readonly Dictionary<string, (long Size, DateTime Modified)> _lastSeen = new();
    private readonly HashSet<string> _skippedLinks = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (string.IsNullOrWhiteSpace(options.Value.InboxPath)) return;
        var folder = Path.Combine(environment.ContentRootPath, options.Value.InboxPath);
        Directory.CreateDirectory(folder);
        logger.LogInformation("Watching {Folder} for articles", folder);
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(Math.Max(50, options.Value.FolderScanMilliseconds)));
        do
        {
            try
            {
                Scan(folder);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(exception, "Scanning {Folder} failed; trying again", folder);
            }
        } while (await WaitAsync(timer, stoppingToken));
    }

    /// <summary>One pass over the folder; public so tests can drive it step by step.</summary>
    public void Scan(string folder)
    {
        var present = new HashSet<string>();
        foreach (var path in Directory.EnumerateFiles(folder))
        {
            var name = Path.GetFileName(path);
            // Editors and copy tools write to hidden or temporary names first, then rename.
            if (name.StartsWith('.') || name.EndsWith('~') || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase)
                || name.EndsWith(".part", StringComparison.OrdinalIgnoreCase)) continue;
            var info = new FileInfo(path);
            // A link could point anywhere on the server (a key file, /etc/...): only real files dropped here count.
            if (info.LinkTarget is not null)
            {
                if (_skippedLinks.Add(path)) logger.LogWarning("{File} is a symbolic link; not ingested", name);
                continue;
            }
            present.Add(path);
            var now = (info.Length, info.LastWriteTimeUtc);
            var stable = _lastSeen.TryGetValue(path, out var before) && before == now;
            _lastSeen[path] = now;
            if (stable) TryIngest(folder, path);
        }
        foreach (var gone in _lastSeen.Keys.Where(p => !present.Contains(p)).ToList()) _lastSeen.Remove(gone);
    }

    private void TryIngest(string folder, string path)
    {
        byte[] content;
        try
        {
            // Exclusive: if a writer still holds the file open, it is not finished; try on a later scan.
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.None);
            var limit = FolderArticles.IsPage(path) ? Math.Max(options.Value.MaxPageBytes, options.Value.MaxArticleBytes) : options.Value.MaxArticleBytes;
            if (stream.Length > limit)
            {
                stream.Dispose();
                Fail(folder, path, $"The file is larger than the limit of {limit:N0} bytes.");
                return;
            }
            content = new byte[stream.Length];
            stream.ReadExactly(content);
        }
        catch (IOException)
        {
            return;
        }

        ArticleSubmission submission;
        try
        {
            submission = FolderArticles.Parse(Path.GetFileName(path), content);
        }
        catch (FormatException exception)
        {
            Fail(folder, path, exception.Message);
            return;
        }
        if (Encoding.UTF8.GetByteCount(submission.Text) > options.Value.MaxArticleBytes)
        {
            Fail(folder, path, $"The article text is larger than the limit of {options.Value.MaxArticleBytes:N0} bytes.");
            return;
        }

        try
        {
            var result = submissions.Submit(submission);
            logger.LogInformation("Ingested {File} as {Id}{Duplicate}", Path.GetFileName(path), result.Id, result.Duplicate ? " (duplicate)" : "");
        }
        catch (InboxFullException)
        {
            return; // Backpressure: the file waits in the folder until the pipeline catches up.
        }
        catch (ArticleTooLargeException exception)
        {
            Fail(folder, path, exception.Message);
            return;
        }
        // Moved only after the commit: a crash in between re-reads the file, and the inbox's dedup makes that a no-op.
        MoveTo(folder, "processed", path);
        _lastSeen.Remove(path);
    }

    private void Fail(string folder, string path, string reason)
    {
        var moved = MoveTo(folder, "failed", path);
        File.WriteAllText(moved + ".error.txt", reason + Environment.NewLine);
        _lastSeen.Remove(path);
        logger.LogWarning("{File} was not ingested: {Reason}", Path.GetFileName(path), reason);
    }

    private static string MoveTo(string folder, string subfolder, string path)
    {
        var target = Directory.CreateDirectory(Path.Combine(folder, subfolder)).FullName;
        var destination = Path.Combine(target, Path.GetFileName(path));
        if (File.Exists(destination))
            destination = Path.Combine(target,
                $"{Path.GetFileNameWithoutExtension(path)}.{DateTime.UtcNow:yyyyMMddHHmmssfff}{Path.GetExtension(path)}");
        File.Move(path, destination);
        return destination;
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
