using System.Security.Cryptography;
using System.Text;

namespace Briefing.Load;

/// <summary>Fictional wire articles of about 150 words, each unique (and not near-copies of one another).</summary>
public static class Articles
{
    private static readonly string[] Names = ["Aldo Varga", "Lina Okoro", "Petra Solvik", "Tomas Reyl", "Ines Maro", "Jon Akerby"];
    private static readonly string[] Places = ["Veltria", "Maranth", "Dunmere", "Serin", "the Vesk valley", "the outer isles"];
    private static readonly string[] Words =
        ("harbour grain bridge tram river ferry archive council budget treaty tariff strike vote coalition envoy ministry " +
         "port union subsidy harvest railway school hospital tax reform court border election census water energy grid " +
         "winter summer market trader farmer worker fisher minister senator mayor delegation committee auditor contract").Split(' ');

    public static (string Id, object Body) Make(string run, int serial)
    {
        var (title, text) = TitleAndText(run, serial);
        return (ContentId(text), new { title, text, source = "Load Wire" });
    }

    /// <summary>Article <paramref name="serial"/> of run <paramref name="run"/>: always the same for the same pair.</summary>
    public static (string Title, string Text) TitleAndText(string run, int serial)
    {
        // One seed per serial: HashCode.Combine(run, serial) is a 32-bit hash, and among 60,000 serials two shared a
        // seed in about a third of the runs. Their texts then differed only in the serial, so the app rightly took the
        // second for a wire copy of the first ("also carried by"), and the run counted it as lost on every screen.
        // Multiplying by an odd number is a bijection on 32-bit integers, so distinct serials get distinct seeds.
        var random = new Random(unchecked(RunSeed(run) + serial * 1_000_003));
        var speaker = Names[random.Next(Names.Length)];
        var place = Places[random.Next(Places.Length)];
        var text = new StringBuilder($"{speaker} of {place} spoke on dispatch {run}-{serial}. ");
        text.Append($"“We will defend the {Words[random.Next(Words.Length)]} of {place},” {speaker} said. ");
        for (var w = 0; w < 130; w++) text.Append(Words[random.Next(Words.Length)]).Append(w % 12 == 11 ? ". " : " ");
        return ($"Dispatch {run}-{serial} from {place}", text.ToString().Trim());
    }

    private static int RunSeed(string run)
    {
        var seed = 17;
        foreach (var c in run) seed = unchecked(seed * 31 + c);
        return seed;
    }

    /// <summary>The article id the server will assign: SHA-256 of the whitespace-normalised text, first 16 hex digits.</summary>
    private static string ContentId(string text)
    {
        var normalised = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)))[..16];
    }
}
