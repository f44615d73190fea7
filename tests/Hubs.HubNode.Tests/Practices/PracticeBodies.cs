namespace Hubs.HubNode.Tests.Practices;

public static class PracticeBodies
{
    public static Dictionary<string, object?> Valid(string title = "From the bar counter to online orders") => new()
    {
        ["title"] = title,
        ["summary"] = "How we helped twelve restaurants in the province move their orders online in four weeks.",
        ["bodyMarkdown"] = "## Steps\n\n1. A 45' brainstorming per business\n2. A shared **ordering template**\n\n    indented code stays\n",
        ["topics"] = new[] { "ecommerce", "digital-marketing" },
        ["resultsAchieved"] = "Nine of twelve sold online within a month; +30% revenue on average.",
        ["links"] = new[] { "https://hub.example.org/practices/online-orders", "http://example.org/template.pdf" },
        ["language"] = "it",
        ["grantCallReference"] = "PR FESR Lombardia 2021-2027, Azione 1.1.4",
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
