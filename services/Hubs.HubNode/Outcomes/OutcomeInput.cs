namespace Hubs.HubNode.Outcomes;

/// <summary>The body of <c>POST …/bookings/{id}/outcome</c>; everything nullable so <see cref="OutcomeValidation"/> reports what is wrong.</summary>
public sealed class OutcomeInput
{
    /// <summary>held or no-show.</summary>
    public string? Attendance { get; set; }

    /// <summary>follow-up-recommended, grant-support, project-with-hub, referred-to-another-hub or closed.</summary>
    public string? Category { get; set; }

    /// <summary>Staff notes; never leave the hub.</summary>
    public string? Notes { get; set; }

    /// <summary>The grant call (bando) the business is being helped with, if any.</summary>
    public string? GrantCallReference { get; set; }
}
