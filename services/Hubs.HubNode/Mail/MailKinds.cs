namespace Hubs.HubNode.Mail;

/// <summary>The mails a hub sends; each code names its templates (<c>{code}.{language}.md</c>).</summary>
public static class MailKinds
{
    public const string Confirmation = "confirmation";
    public const string Update = "update";
    public const string Cancellation = "cancellation";
    public const string Reminder = "reminder";
    public const string FollowupInvitation = "followup-invitation";
    public const string StaffNewBooking = "staff-new-booking";
    public const string StaffCancellation = "staff-cancellation";
    public const string StaffReferral = "staff-referral";

    public static IReadOnlyList<string> All { get; } =
        [Confirmation, Update, Cancellation, Reminder, FollowupInvitation, StaffNewBooking, StaffCancellation, StaffReferral];
}
