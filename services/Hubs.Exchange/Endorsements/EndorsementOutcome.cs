namespace Hubs.Exchange.Endorsements;

public enum EndorsementOutcome
{
    Endorsed,

    /// <summary>The hub had already endorsed the practice: nothing changed, the existing endorsement comes with the result.</summary>
    AlreadyEndorsed,

    /// <summary>Unknown or withdrawn practice.</summary>
    PracticeNotFound,

    /// <summary>The endorsing hub has never announced itself to the exchange.</summary>
    UnknownHub,

    /// <summary>A hub does not endorse its own practice.</summary>
    OwnPractice,
}
