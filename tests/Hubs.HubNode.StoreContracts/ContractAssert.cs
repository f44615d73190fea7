using Hubs.HubNode.Availability;
using Hubs.HubNode.Bookings;
using Hubs.HubNode.Experts;
using Hubs.HubNode.Practices;

namespace Hubs.HubNode.StoreContracts;

/// <summary>Field-for-field equality of what was written and what reads back (records compare their lists by reference).</summary>
public static class ContractAssert
{
    public static void Same(Expert expected, Expert? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.Profile.ToJson(), actual.Profile.ToJson());
        Assert.Equal(expected, actual with { Profile = expected.Profile });
    }

    public static void Same(Practice expected, Practice? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.Topics, actual.Topics);
        Assert.Equal(expected.Links, actual.Links);
        Assert.Equal(expected, actual with { Topics = expected.Topics, Links = expected.Links });
    }

    public static void Same(Booking expected, Booking? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.ManageTokenHash, actual.ManageTokenHash);
        Assert.Equal(expected.Intake.Topics, actual.Intake.Topics);
        Assert.Equal(expected, actual with { ManageTokenHash = expected.ManageTokenHash, Intake = actual.Intake with { Topics = expected.Intake.Topics } });
    }

    public static void Same(ExpertAvailability expected, ExpertAvailability? actual)
    {
        Assert.NotNull(actual);
        Assert.True(expected.Rules.SameAs(actual.Rules), $"Rules differ: {actual.Rules}");
        Assert.Equal(expected, actual with { Rules = expected.Rules });
    }
}
