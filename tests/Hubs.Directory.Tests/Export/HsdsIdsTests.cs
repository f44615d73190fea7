using Hubs.Directory.Export;

namespace Hubs.Directory.Tests.Export;

public sealed class HsdsIdsTests
{
    [Fact]
    public void Ids_are_stable_name_based_RFC_9562_version_8_uuids_distinct_per_kind_and_key()
    {
        var organization = HsdsIds.Organization("lomazzo");

        Assert.Equal(organization, HsdsIds.Organization("lomazzo"));
        Assert.Equal(8, organization.Version);
        Assert.Equal(0b10, (organization.ToByteArray(bigEndian: true)[8] & 0xC0) >> 6);
        Assert.Equal(6, new[]
        {
            organization, HsdsIds.Location("lomazzo"), HsdsIds.Organization("ivrea"), HsdsIds.Service("lomazzo", "grants"),
            HsdsIds.Service("ivrea", "grants"), HsdsIds.TaxonomyTerm("grants"),
        }.Distinct().Count());
    }

    [Fact]
    public void Ids_do_not_change_between_releases()
    {
        // Readers key their copies by these ids: a change here orphans every exported record. The value was computed
        // independently (SHA-256 of the namespace's bytes and "organization:lomazzo", version and variant bits set).
        Assert.Equal(new Guid("d7db5ac2-1198-8413-9768-ce93c2f795e2"), HsdsIds.Organization("lomazzo"));
    }
}
