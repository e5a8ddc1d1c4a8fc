using System.Security.Cryptography;
using System.Text;

namespace Briefing.Load;

/// <summary>Fictional wire articles of about 150 words, each unique (and not near-copies of one another).</summary>
internal static class Articles
{
    private static readonly string[] Names = ["Aldo Varga", "Lina Okoro", "Petra Solvik", "Tomas Reyl", "Ines Maro", "Jon Akerby"];
    private static readonly string[] Places = ["Veltria", "Maranth", "Dunmere", "Serin", "the Vesk valley", "the outer isles"];
    private static readonly string[] Words =
        ("harbour grain bridge tram river ferry archive council budget treaty tariff strike vote coalition envoy ministry " +
         "port union subsidy harvest railway school hospital tax reform court border election census water energy grid " +
         "winter summer market trader farmer worker fisher minister senator mayor delegation committee auditor contract").Split(' ');

    public static (string Id, object Body) Make(string run, int serial)
    {
        var random = new Random(HashCode.Combine(run, serial));
        var speaker = Names[random.Next(Names.Length)];
        var place = Places[random.Next(Places.Length)];
        var text = new StringBuilder($"{speaker} of {place} spoke on dispatch {run}-{serial}. ");
        text.Append($"“We will defend the {Words[random.Next(Words.Length)]} of {place},” {speaker} said. ");
        for (var w = 0; w < 130; w++) text.Append(Words[random.Next(Words.Length)]).Append(w % 12 == 11 ? ". " : " ");
        var body = text.ToString().Trim();
        return (ContentId(body), new { title = $"Dispatch {run}-{serial} from {place}", text = body, source = "Load Wire" });
    }

    /// <summary>The article id the server will assign: SHA-256 of the whitespace-normalised text, first 16 hex digits.</summary>
    private static string ContentId(string text)
    {
        var normalised = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)))[..16];
    }
}
