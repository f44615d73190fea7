namespace Hubs.HubNode.Versioning;

/// <summary>What a change of a versioned resource (expert, practice, availability) did.</summary>
public enum ChangeOutcome
{
    Changed,

    /// <summary>The request asked for what is already stored: nothing written, no event.</summary>
    Unchanged,
    NotFound,

    /// <summary>The caller's If-Match version is not the stored one.</summary>
    Stale,

    /// <summary>Concurrent writers kept winning; the caller may retry.</summary>
    Conflict,
}
