namespace Hubs.HubNode.Experts;

/// <summary>The body of a create or update. Everything nullable: what is missing is reported by <see cref="ExpertValidation"/>, not by the binder.</summary>
public sealed class ExpertInput
{
    public string? Name { get; set; }
    public string? Title { get; set; }
    public string? Bio { get; set; }
    public List<string?>? Competencies { get; set; }
    public List<string?>? Languages { get; set; }
}
