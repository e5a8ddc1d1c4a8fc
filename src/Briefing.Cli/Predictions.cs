using System.Text.Json;
using Briefing.Core.Extraction;

namespace Briefing.Cli;

/// <summary>The scorer's prediction format (shared/eval/README.md): UTF-16 offsets, speaker = canonical name.</summary>
public static class Predictions
{
    public static void Write(Utf8JsonWriter w, string id, ArticleExtraction extraction)
    {
        w.WriteStartObject();
        w.WriteString("id", id);
        w.WriteStartArray("quotes");
        foreach (var s in extraction.Statements)
        {
            w.WriteStartObject();
            Spans(w, "content", s.Content);
            Spans(w, "source", s.Source is { } src ? [src] : []);
            Spans(w, "cue", s.Cue is { } cue ? [cue] : []);
            var speaker = extraction.Speaker(s);
            if (speaker is null)
            {
                w.WriteNull("speaker");
            }
            else
            {
                w.WriteString("speaker", speaker.Name);
            }
            w.WriteString("kind", s.Kind.ToString());
            // How the speaker was found (Named, Pronoun, EarlierParagraph, …): scripts/speaker-errors.py groups by it.
            w.WriteString("resolution", s.Resolution.ToString());
            w.WriteNumber("confidence", s.Confidence);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static byte[] ToJson(string id, ArticleExtraction extraction)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms))
        {
            Write(w, id, extraction);
        }
        return ms.ToArray();
    }

    /// <summary>Reads a prediction file back: (content spans, source spans, cue spans, speaker) per quote.</summary>
    public static List<(TextSpan[] Content, TextSpan[] Source, TextSpan[] Cue, string? Speaker)> Read(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var list = new List<(TextSpan[], TextSpan[], TextSpan[], string?)>();
        foreach (var q in doc.RootElement.GetProperty("quotes").EnumerateArray())
        {
            list.Add((ReadSpans(q, "content"), ReadSpans(q, "source"), ReadSpans(q, "cue"),
                q.TryGetProperty("speaker", out var sp) && sp.ValueKind == JsonValueKind.String ? sp.GetString() : null));
        }
        return list;
    }

    private static TextSpan[] ReadSpans(JsonElement q, string name) =>
        q.TryGetProperty(name, out var arr)
            ? arr.EnumerateArray().Select(e => new TextSpan(e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32())).ToArray()
            : [];

    private static void Spans(Utf8JsonWriter w, string name, IReadOnlyList<TextSpan> spans)
    {
        w.WriteStartArray(name);
        foreach (var s in spans)
        {
            w.WriteStartObject();
            w.WriteNumber("start", s.Start);
            w.WriteNumber("end", s.End);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
