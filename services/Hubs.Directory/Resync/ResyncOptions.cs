namespace Hubs.Directory.Resync;

/// <summary>When the directory asks hubs for snapshots (section <c>Directory</c>, beside <see cref="DirectoryOptions"/>).</summary>
public sealed class ResyncOptions
{
    /// <summary>Ask every hub for a snapshot when the directory starts: whatever it missed while it was down is caught up.</summary>
    public bool ResyncOnStart { get; set; } = true;
}
