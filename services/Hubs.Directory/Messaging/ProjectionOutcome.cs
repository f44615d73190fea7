namespace Hubs.Directory.Messaging;

/// <summary>What became of an event the directory received.</summary>
public enum ProjectionOutcome
{
    /// <summary>Newer than what was stored: the projection changed.</summary>
    Applied,

    /// <summary>A duplicate or older than what was stored: nothing changed.</summary>
    Ignored,

    /// <summary>Malformed (bad hub id, version below 1, missing identity): dropped without retry.</summary>
    Rejected,
}
