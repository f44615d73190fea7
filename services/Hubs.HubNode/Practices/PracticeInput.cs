namespace Hubs.HubNode.Practices;

/// <summary>The body of a create or update. Everything nullable: what is missing is reported by <see cref="PracticeValidation"/>, not by the binder.</summary>
public sealed class PracticeInput
{
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public string? BodyMarkdown { get; set; }
    public List<string?>? Topics { get; set; }
    public string? ResultsAchieved { get; set; }
    public List<string?>? Links { get; set; }
    public string? Language { get; set; }
    public string? GrantCallReference { get; set; }
}
