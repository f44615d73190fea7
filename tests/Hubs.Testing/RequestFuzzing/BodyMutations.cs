using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using CsCheck;

namespace Hubs.Testing.RequestFuzzing;

/// <summary>A change to a valid seed body; <see cref="Apply"/> gives the bytes sent.</summary>
public sealed record BodyMutation(string Name, Func<JsonNode, byte[]> Apply);

/// <summary>The ways a seed body is broken, each drawn with its own random parameters.</summary>
public static class BodyMutations
{
    public static Gen<BodyMutation> Any { get; } = Gen.Frequency(
        (20, Gen.Const(new BodyMutation("valid", Bytes))),
        (10, Field.SelectMany(f => Gen.Int[0, 9].Select(k => AtField($"wrong type ({Kind(k)})", f, _ => WrongType(k))))),
        (7, Field.Select(f => AtField("null", f, _ => null))),
        (7, Field.Select(f => new BodyMutation("missing field", node => Bytes(Remove(node, f))))),
        (5, Gen.String[Gen.Char.AlphaNumeric, 1, 20].Select(name => new BodyMutation("extra field", node => Bytes(Extra(node, name))))),
        (4, Field.SelectMany(f => Gen.OneOf("1e309", "-1e309", "99999999999999999999999999999", "-9223372036854775809", "1.7976931348623157E+308", "4294967296", "-0", "0.0000000000000000000001")
            .Select(n => new BodyMutation($"huge number {n}", node => SetRaw(node, f, n))))),
        (4, Field.SelectMany(f => Gen.Int[1, 200_000].Select(n => AtField($"long string ({n})", f, _ => new string('é', n))))),
        (4, Field.SelectMany(f => Gen.String[Gen.Char, 0, 200].Select(text => AtField("unicode", f, _ => text)))),
        (3, Gen.Int[64, 5_000].Select(depth => new BodyMutation($"nested {depth} deep", node => Encoding.UTF8.GetBytes($"{{\"x\":{new string('[', depth)}{new string(']', depth)}}}")))),
        (2, Field.SelectMany(f => Gen.Int[64, 3_000].Select(depth => new BodyMutation($"field nested {depth} deep", node => SetRaw(node, f, new string('[', depth) + new string(']', depth)))))),
        (4, Gen.Double[0, 1].Select(cut => new BodyMutation("truncated", node => Truncate(Bytes(node), cut)))),
        (3, Gen.Double[0, 1].Select(at => new BodyMutation("invalid UTF-8", node => InvalidUtf8(Bytes(node), at)))),
        (2, Gen.Const(new BodyMutation("empty", _ => []))),
        (2, Gen.OneOf("null", "[]", "\"x\"", "1", "true", "{}", "[{}]", "{\"\":\"\"}").Select(root => new BodyMutation($"root {root}", _ => Encoding.UTF8.GetBytes(root)))),
        (2, Gen.Byte.Array[0, 400].Select(bytes => new BodyMutation("random bytes", _ => bytes))),
        (2, Field.Select(f => new BodyMutation("duplicate key", node => DuplicateKey(node, f)))),
        (1, Gen.Const(new BodyMutation("BOM", node => [0xEF, 0xBB, 0xBF, .. Bytes(node)]))),
        (1, Gen.Const(new BodyMutation("comments and trailing comma", node => Encoding.UTF8.GetBytes("/* x */" + node.ToJsonString().TrimEnd('}') + ",}")))));

    // A field path is drawn as a number and resolved against the seed's own fields when applied.
    private static Gen<int> Field => Gen.Int[0, 1_000];

    private static byte[] Bytes(JsonNode? node) => Encoding.UTF8.GetBytes(node?.ToJsonString() ?? "null");

    private static string Kind(int k) => k switch
    {
        0 => "number", 1 => "true", 2 => "object", 3 => "array", 4 => "string", 5 => "fraction",
        6 => "negative", 7 => "bad date", 8 => "bad guid", _ => "array of nulls",
    };

    private static JsonNode? WrongType(int k) => k switch
    {
        0 => JsonValue.Create(42),
        1 => JsonValue.Create(true),
        2 => new JsonObject { ["x"] = 1 },
        3 => new JsonArray(1, 2, 3),
        4 => JsonValue.Create("not-what-you-expected"),
        5 => JsonValue.Create(1.5),
        6 => JsonValue.Create(-1),
        7 => JsonValue.Create("2026-13-45T25:61:00Z"),
        8 => JsonValue.Create("00000000-0000-0000-0000-00000000000g"),
        _ => new JsonArray(null, null),
    };

    private static BodyMutation AtField(string name, int field, Func<JsonNode?, JsonNode?> value) =>
        new(name, node =>
        {
            var slots = Slots(node);
            if (slots.Count == 0)
            {
                return Bytes(value(node));
            }

            var (parent, key, index) = slots[field % slots.Count];
            if (parent is JsonObject o)
            {
                o[key!] = value(o[key!]);
            }
            else if (parent is JsonArray a)
            {
                a[index] = value(a[index]);
            }

            return Bytes(node);
        });

    private static JsonNode Remove(JsonNode node, int field)
    {
        var slots = Slots(node);
        if (slots.Count > 0)
        {
            var (parent, key, index) = slots[field % slots.Count];
            if (parent is JsonObject o)
            {
                o.Remove(key!);
            }
            else if (parent is JsonArray a)
            {
                a.RemoveAt(index);
            }
        }

        return node;
    }

    private static JsonNode Extra(JsonNode node, string name)
    {
        if (node is JsonObject o && !o.ContainsKey(name))
        {
            o[name] = "extra";
        }

        return node;
    }

    // Raw text in place of a field's value (numbers System.Text.Json cannot hold, nesting it would refuse to build).
    private static byte[] SetRaw(JsonNode node, int field, string raw)
    {
        const string Marker = "\"@@raw-value@@\"";
        var slots = Slots(node);
        if (slots.Count == 0)
        {
            return Encoding.UTF8.GetBytes(raw);
        }

        var (parent, key, index) = slots[field % slots.Count];
        if (parent is JsonObject o)
        {
            o[key!] = "@@raw-value@@";
        }
        else if (parent is JsonArray a)
        {
            a[index] = "@@raw-value@@";
        }

        return Encoding.UTF8.GetBytes(node.ToJsonString().Replace(Marker, raw, StringComparison.Ordinal));
    }

    private static byte[] DuplicateKey(JsonNode node, int field)
    {
        var text = node.ToJsonString();
        if (node is not JsonObject o || o.Count == 0)
        {
            return Encoding.UTF8.GetBytes(text);
        }

        var key = o.ElementAt(field % o.Count).Key;
        return Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{text.TrimEnd('}')},\"{key}\":\"duplicate\"}}"));
    }

    private static byte[] Truncate(byte[] bytes, double cut) => bytes[..(int)(bytes.Length * cut)];

    private static byte[] InvalidUtf8(byte[] bytes, double at)
    {
        var i = (int)(bytes.Length * at);
        return [.. bytes[..i], 0xC3, 0x28, 0xFF, 0xFE, 0xED, 0xA0, 0x80, .. bytes[i..]];
    }

    /// <summary>Every place a value sits in the body: object properties and array elements, depth first.</summary>
    private static List<(JsonNode Parent, string? Key, int Index)> Slots(JsonNode node)
    {
        var slots = new List<(JsonNode, string?, int)>();
        Walk(node);
        return slots;

        void Walk(JsonNode? current)
        {
            switch (current)
            {
                case JsonObject o:
                    foreach (var (key, child) in o.ToList())
                    {
                        slots.Add((o, key, -1));
                        Walk(child);
                    }

                    break;
                case JsonArray a:
                    for (var i = 0; i < a.Count; i++)
                    {
                        slots.Add((a, null, i));
                        Walk(a[i]);
                    }

                    break;
            }
        }
    }
}
