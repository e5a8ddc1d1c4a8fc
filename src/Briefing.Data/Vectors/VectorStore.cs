using System.Security.Cryptography;
using System.Text;
using Briefing.Core.Positions.Learned;
using Briefing.Data.Schema;
using Dapper;

namespace Briefing.Data.Vectors;

/// <summary>Sentence vectors by text (SHA-256 of the text), so a statement or example is embedded once, ever:
/// retraining a topic's head and re-classifying read vectors from here.</summary>
public sealed class VectorStore(Database database)
{
    public static string HashOf(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public Dictionary<string, float[]> Find(IReadOnlyCollection<string> texts)
    {
        var byHash = texts.Distinct().ToDictionary(HashOf, t => t);
        var found = new Dictionary<string, float[]>(StringComparer.Ordinal);
        using var connection = database.Open();
        foreach (var chunk in byHash.Keys.Chunk(500))
            foreach (var row in connection.Query<(string Hash, byte[] Vector)>(
                         $"SELECT text_hash AS Hash, vector AS Vector FROM text_vectors WHERE {database.In("text_hash", "chunk")}", new { chunk }))
                found[byHash[row.Hash]] = Briefing.Core.Positions.Learned.Vectors.FromBytes(row.Vector);
        return found;
    }

    public void Save(IReadOnlyList<(string Text, float[] Vector)> vectors)
    {
        using var connection = database.Open();
        using var tx = connection.BeginTransaction();
        foreach (var (text, vector) in vectors)
            connection.Execute("INSERT INTO text_vectors (text_hash, vector) VALUES (@hash, @bytes) ON CONFLICT (text_hash) DO UPDATE SET vector = excluded.vector",
                new { hash = HashOf(text), bytes = Briefing.Core.Positions.Learned.Vectors.ToBytes(vector) }, tx);
        tx.Commit();
    }

    public int Count()
    {
        using var connection = database.Open();
        return connection.ExecuteScalar<int>("SELECT count(*) FROM text_vectors");
    }
}
