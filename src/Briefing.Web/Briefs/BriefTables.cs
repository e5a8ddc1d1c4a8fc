using System.Globalization;
using Briefing.Core.Positions;
using Briefing.Data.Briefs;
using ClosedXML.Excel;
using CsvHelper;

namespace Briefing.Web.Briefs;

/// <summary>The brief as tables: one statement a row (CSV, and the first sheet of the Excel file), positions on a
/// second sheet. Cells that a spreadsheet would run as a formula (=, +, -, @ first) are neutralised.</summary>
public static class BriefTables
{
    public static readonly string[] StatementColumns =
        ["time", "speaker", "role", "statement", "kind", "topic", "stance", "confidence", "source", "url", "also_carried_by", "outlets", "article", "statement_id", "link"];

    private static readonly string[] PositionColumns = ["topic", "actor", "stance", "confidence", "shifted_from", "shifted_at", "last_seen", "summary"];

    public static string Csv(Brief brief, Uri appBase)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(writer, new CsvWriterOptions { Injection = CsvInjection.Escape }, leaveOpen: true))
        {
            csv.WriteRecord(StatementColumns);
            foreach (var row in brief.Statements.Select(s => StatementRow(s, appBase))) csv.WriteRecord(row);
            csv.Flush();
        }
        return writer.ToString();
    }

    public static byte[] Excel(Brief brief, Uri appBase)
    {
        using var book = new XLWorkbook();
        Fill(book.Worksheets.Add("Statements"), StatementColumns, brief.Statements.Select(s => StatementRow(s, appBase)));
        Fill(book.Worksheets.Add("Positions"), PositionColumns, brief.Positions.Select(p => new[]
        {
            p.Topic.Name, p.Actor.Name, StanceNames.Of(p.Stance), Number(p.Confidence), p.ShiftedFrom is { } from ? StanceNames.Of(from) : "", p.ShiftedAt is { } at ? Time(at) : "",
            Time(p.LastSeen), p.Summary,
        }));
        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }

    private static void Fill(IXLWorksheet sheet, string[] columns, IEnumerable<string[]> rows)
    {
        for (var c = 0; c < columns.Length; c++) sheet.Cell(1, c + 1).SetValue(columns[c]);
        sheet.Row(1).Style.Font.Bold = true;
        var r = 2;
        foreach (var row in rows)
        {
            // SetValue<string> stores text as text: a quote starting with "=" stays a quote, never a formula.
            for (var c = 0; c < row.Length; c++) sheet.Cell(r, c + 1).SetValue(row[c]);
            r++;
        }
        sheet.SheetView.FreezeRows(1);
    }

    private static string[] StatementRow(BriefStatement s, Uri appBase)
    {
        var main = s.MainStance;
        return
        [
            Time(s.At), s.Speaker?.Name ?? "", s.SpeakerRole ?? "", s.Text, s.Kind,
            string.Join("; ", s.Stances.Select(t => t.Topic.Name)), main is null ? "" : StanceNames.Of(main.Stance), main is null ? "" : Number(main.Confidence),
            s.Source ?? "", BriefLinks.SafeUrl(s.Url) ?? "",
            string.Join("; ", s.AlsoCarriedBy.Select(c => c.Url is null ? c.Source ?? c.Title : $"{c.Source ?? c.Title} <{c.Url}>")),
            s.Outlets.ToString(CultureInfo.InvariantCulture), s.ArticleTitle, s.Id,
            new Uri(appBase, $"articles/{Uri.EscapeDataString(s.ArticleId)}#{Uri.EscapeDataString(s.Id)}").ToString(),
        ];
    }

    private static string Number(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
