using Hubs.HubNode.Experts;

namespace Hubs.HubNode.Storage.Mongo;

/// <summary>An <c>experts</c> document.</summary>
internal sealed class ExpertDocument
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string Title { get; set; } = "";
    public string Bio { get; set; } = "";
    public List<string> Competencies { get; set; } = [];
    public List<string> Languages { get; set; } = [];
    public long Version { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? RetiredAt { get; set; }

    public static ExpertDocument From(Expert expert) => new()
    {
        Id = MongoFields.Id(expert.Id),
        Name = expert.Name,
        Title = expert.Title,
        Bio = expert.Bio,
        Competencies = [.. expert.Competencies],
        Languages = [.. expert.Languages],
        Version = expert.Version,
        UpdatedAt = MongoFields.Date(expert.UpdatedAt),
        RetiredAt = MongoFields.Date(expert.RetiredAt),
    };

    public Expert ToExpert() => new()
    {
        Id = Guid.Parse(Id),
        Name = Name,
        Title = Title,
        Bio = Bio,
        Competencies = Competencies,
        Languages = Languages,
        Version = Version,
        UpdatedAt = MongoFields.Offset(UpdatedAt),
        RetiredAt = MongoFields.Offset(RetiredAt),
    };
}
