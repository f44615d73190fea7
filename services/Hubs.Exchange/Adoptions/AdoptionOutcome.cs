namespace Hubs.Exchange.Adoptions;

public enum AdoptionOutcome
{
    Adopted,

    /// <summary>Unknown or withdrawn practice.</summary>
    PracticeNotFound,

    /// <summary>The adopting hub has never announced itself to the exchange.</summary>
    UnknownHub,

    /// <summary>That hub already adopted this practice; the existing adoption comes with the result.</summary>
    AlreadyAdopted,

    /// <summary>A hub does not adopt its own practice.</summary>
    OwnPractice,
}
