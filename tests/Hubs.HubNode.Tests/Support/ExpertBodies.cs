namespace Hubs.HubNode.Tests.Support;

public static class ExpertBodies
{
    public static Dictionary<string, object?> Valid(string name = "Anna Verdi") => new()
    {
        ["name"] = name,
        ["title"] = "Consulente e-commerce",
        ["bio"] = "Helps shops sell online.",
        ["competencies"] = new[] { "ecommerce", "digital-marketing" },
        ["languages"] = new[] { "it", "en" },
    };

    public static Dictionary<string, object?> With(string field, object? value)
    {
        var body = Valid();
        body[field] = value;
        return body;
    }

    public static Dictionary<string, object?> Without(string field)
    {
        var body = Valid();
        body.Remove(field);
        return body;
    }
}
