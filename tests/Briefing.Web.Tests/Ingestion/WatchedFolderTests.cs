using System.Text;
using Briefing.Testing;

namespace Briefing.Web.Tests.Ingestion;

/// <summary>The running app watching a real folder: files dropped in, written slowly, or not articles at all.</summary>
public sealed class WatchedFolderTests : IDisposable
{
    private readonly BriefingAppFactory _app = new();
    private readonly string _folder;

    public WatchedFolderTests()
    {
        _folder = Path.Combine(_app.Folder, "drop");
        _app.With("Briefing:InboxPath", _folder).With("Briefing:FolderScanMilliseconds", "100");
        _ = _app.Services;
        Directory.CreateDirectory(_folder);
    }

    public void Dispose() => _app.Dispose();

    private string[] Titles()
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_app.DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT title FROM inbox ORDER BY title";
        using var reader = command.ExecuteReader();
        var titles = new List<string>();
        while (reader.Read()) titles.Add(reader.GetString(0));
        return [.. titles];
    }

    private string TextOf(string title)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_app.DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT text FROM inbox WHERE title = $title";
        command.Parameters.AddWithValue("$title", title);
        return (string)command.ExecuteScalar()!;
    }

    private static async Task Eventually(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("Timed out waiting for: " + what);
            await Task.Delay(50);
        }
    }

    private string Processed(string name) => Path.Combine(_folder, "processed", name);
    private string Failed(string name) => Path.Combine(_folder, "failed", name);

    [Fact]
    public async Task Txt_md_html_and_json_files_are_ingested_then_moved_to_processed()
    {
        File.WriteAllText(Path.Combine(_folder, "a.txt"), "Varga visits the Serin docks\n\nVeltrian Foreign Minister Aldo Varga toured the docks on Monday.");
        File.WriteAllText(Path.Combine(_folder, "b.md"), "# Okoro on *grain*\n\nSenator Lina Okoro of Maranth spoke to [the chamber](http://x.example) about **grain**.");
        File.WriteAllText(Path.Combine(_folder, "c.html"), "<html><head><title>Solvik at the depot</title></head><body><nav>Menu</nav><p>Mayor Petra Solvik visited the tram depot.</p></body></html>");
        File.WriteAllText(Path.Combine(_folder, "d.json"), """{"title": "Reyl on the river", "text": "Envoy Tomas Reyl of Maranth spoke about the Vesk.", "source": "Drop"}""");

        await Eventually(() => File.Exists(Processed("a.txt")) && File.Exists(Processed("b.md"))
                               && File.Exists(Processed("c.html")) && File.Exists(Processed("d.json")), "all four files processed");

        Assert.Equal(["Okoro on grain", "Reyl on the river", "Solvik at the depot", "Varga visits the Serin docks"], Titles());
        Assert.Empty(Directory.GetFiles(_folder));
        Assert.False(Directory.Exists(Path.Combine(_folder, "failed")));
        Assert.Equal("Senator Lina Okoro of Maranth spoke to the chamber about grain.", TextOf("Okoro on grain"));
        Assert.DoesNotContain("<p>", TextOf("Solvik at the depot"));
    }

    [Fact]
    public async Task A_file_still_being_written_is_not_read_until_its_writer_is_done()
    {
        var path = Path.Combine(_folder, "slow.txt");
        var writer = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read);
        writer.Write(Encoding.UTF8.GetBytes("Harbour report\n\nThe first half of the article "));
        writer.Flush();

        await Task.Delay(800); // eight scans while the writer holds the file
        Assert.True(File.Exists(path));
        Assert.Empty(Titles());

        writer.Write(Encoding.UTF8.GetBytes("and the second half."));
        await writer.DisposeAsync();

        await Eventually(() => File.Exists(Processed("slow.txt")), "the finished file processed");
        Assert.Equal("The first half of the article and the second half.", TextOf("Harbour report"));
    }

    [Fact]
    public async Task Bad_files_move_to_failed_with_an_error_file_saying_why_and_good_ones_still_go_through()
    {
        File.WriteAllText(Path.Combine(_folder, "broken.json"), """{"title": "x", "text": """);
        File.WriteAllText(Path.Combine(_folder, "notext.json"), """{"title": "No text here"}""");
        File.WriteAllText(Path.Combine(_folder, "empty.txt"), "   \n");
        File.WriteAllBytes(Path.Combine(_folder, "binary.txt"), [0x48, 0x69, 0xFF, 0xFE, 0x00, 0xC3]);
        File.WriteAllText(Path.Combine(_folder, "report.pdf"), "%PDF-1.4");
        File.WriteAllText(Path.Combine(_folder, "good.txt"), "Still fine\n\nA good article among bad ones.");

        await Eventually(() => File.Exists(Processed("good.txt")) && Directory.GetFiles(_folder).Length == 0, "every file handled");

        Assert.Contains("not a valid article", File.ReadAllText(Failed("broken.json.error.txt")));
        Assert.Contains("\"text\" is required", File.ReadAllText(Failed("notext.json.error.txt")));
        Assert.Contains("empty", File.ReadAllText(Failed("empty.txt.error.txt")));
        Assert.Contains("not text", File.ReadAllText(Failed("binary.txt.error.txt")));
        Assert.Contains("'.pdf' files are not read", File.ReadAllText(Failed("report.pdf.error.txt")));
        Assert.True(File.Exists(Failed("report.pdf")));
        Assert.Equal(["Still fine"], Titles());
    }

    [Fact]
    public async Task A_file_dropped_twice_is_one_article()
    {
        File.WriteAllText(Path.Combine(_folder, "once.txt"), "Once only\n\nThe same article, dropped twice.");
        await Eventually(() => File.Exists(Processed("once.txt")), "first copy processed");
        File.WriteAllText(Path.Combine(_folder, "once.txt"), "Once only\n\nThe same article, dropped twice.");
        await Eventually(() => Directory.GetFiles(Path.Combine(_folder, "processed")).Length == 2, "second copy processed");

        Assert.Equal(["Once only"], Titles());
    }
}
