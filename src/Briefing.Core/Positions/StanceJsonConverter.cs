using System.Text.Json;
using System.Text.Json.Serialization;

namespace Briefing.Core.Positions;

/// <summary>A <see cref="Stance"/> in JSON is its wire name from <see cref="StanceNames"/>, so every API and file
/// that carries the enum speaks the same words as the store and the URLs.</summary>
public sealed class StanceJsonConverter : JsonConverter<Stance>
{
    public override Stance Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        StanceNames.Parse(reader.GetString())
        ?? throw new JsonException($"A stance is one of {string.Join(", ", StanceNames.All)}.");

    public override void Write(Utf8JsonWriter writer, Stance value, JsonSerializerOptions options) =>
        writer.WriteStringValue(StanceNames.Of(value));
}

/// <summary>An example's label in JSON: supports, opposes or none (<see cref="Stance.Unclear"/>); reads the benchmark
/// spellings too (FAVOR / AGAINST / NONE).</summary>
public sealed class StanceLabelJsonConverter : JsonConverter<Stance>
{
    public override Stance Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        StanceNames.ParseLabel(reader.GetString()) ?? throw new JsonException("An example's stance is one of supports, opposes, none.");

    public override void Write(Utf8JsonWriter writer, Stance value, JsonSerializerOptions options) =>
        writer.WriteStringValue(StanceNames.LabelOf(value));
}
