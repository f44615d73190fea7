namespace Hubs.Directory.HubAccess;

/// <summary>One hub's own address (<c>Directory:Hubs:{hubId}:Url</c>), e.g. <c>http://hub-lomazzo:8080</c>.</summary>
public sealed class HubAddress
{
    public string? Url { get; set; }
}
