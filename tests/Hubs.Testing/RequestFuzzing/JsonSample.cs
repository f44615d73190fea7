using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Hubs.Testing.RequestFuzzing;

/// <summary>
/// A plausible JSON body for a request type no test gave a seed for: every public property, camel-cased, with a value
/// of its type. Not valid for the endpoint's rules, but the right shape, so mutations reach the validation.
/// </summary>
public static class JsonSample
{
    public static JsonNode For(Type? type) => type is null ? new JsonObject() : Value(type, 0) ?? new JsonObject();

    private static JsonNode? Value(Type type, int depth)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
        {
            return "x";
        }

        if (type == typeof(bool))
        {
            return true;
        }

        if (type == typeof(Guid))
        {
            return Guid.CreateVersion7().ToString();
        }

        if (type.IsEnum)
        {
            return JsonNamingPolicy.CamelCase.ConvertName(Enum.GetNames(type).FirstOrDefault() ?? "x");
        }

        if (type.IsPrimitive || type == typeof(decimal))
        {
            return 1;
        }

        if (type == typeof(DateTimeOffset) || type == typeof(DateTime) || type.Name is "Instant" or "OffsetDateTime")
        {
            return "2026-03-05T10:00:00Z";
        }

        if (type == typeof(DateOnly) || type.Name == "LocalDate")
        {
            return "2026-03-05";
        }

        if (type == typeof(TimeOnly) || type.Name == "LocalTime")
        {
            return "10:00";
        }

        if (type == typeof(TimeSpan))
        {
            return "00:15:00";
        }

        if (typeof(JsonNode).IsAssignableFrom(type) || type == typeof(JsonElement) || type == typeof(object))
        {
            return new JsonObject();
        }

        if (typeof(IDictionary).IsAssignableFrom(type) || type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>)))
        {
            return new JsonObject();
        }

        if (typeof(IEnumerable).IsAssignableFrom(type))
        {
            var element = type.IsArray ? type.GetElementType()! : type.GetGenericArguments().FirstOrDefault() ?? typeof(string);
            return depth > 4 ? new JsonArray() : new JsonArray(Value(element, depth + 1));
        }

        if (depth > 4)
        {
            return new JsonObject();
        }

        var json = new JsonObject();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0))
        {
            json[JsonNamingPolicy.CamelCase.ConvertName(property.Name)] = Value(property.PropertyType, depth + 1);
        }

        return json;
    }
}
