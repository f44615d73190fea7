using System.Text.Json.Nodes;

namespace Hubs.Directory.Tests.Export;

/// <summary>The validation the export tests rely on is live: the schemas reject what HSDS forbids.</summary>
public sealed class HsdsSchemasTests
{
    private static JsonObject Organization() => new()
    {
        ["id"] = "1b7f8e0c-3c2a-4f0e-9b1d-5a6c7d8e9f00",
        ["name"] = "Hub",
        ["description"] = "A hub.",
    };

    [Fact]
    public void A_minimal_organization_is_valid_in_both_variants()
    {
        Assert.Empty(HsdsSchemas.Problems(HsdsSchemas.Organization.Published, Organization()));
        Assert.Empty(HsdsSchemas.Problems(HsdsSchemas.Organization.Strict, Organization()));
    }

    [Fact]
    public void Formats_required_fields_and_enumerations_are_enforced()
    {
        var badId = Organization();
        badId["id"] = "lomazzo";
        var noDescription = Organization();
        noDescription.Remove("description");
        var badEmail = Organization();
        badEmail["email"] = "not an address";
        var badService = new JsonObject { ["id"] = "1b7f8e0c-3c2a-4f0e-9b1d-5a6c7d8e9f01", ["name"] = "S", ["status"] = "open" };

        Assert.NotEmpty(HsdsSchemas.Problems(HsdsSchemas.Organization.Published, badId));
        Assert.NotEmpty(HsdsSchemas.Problems(HsdsSchemas.Organization.Published, noDescription));
        Assert.NotEmpty(HsdsSchemas.Problems(HsdsSchemas.Organization.Published, badEmail));
        Assert.NotEmpty(HsdsSchemas.Problems(HsdsSchemas.Service.Published, badService));
    }

    [Fact]
    public void The_strict_variant_rejects_a_field_HSDS_does_not_define_even_when_nested()
    {
        var extra = Organization();
        extra["expert_names"] = new JsonArray("Ada");
        var nested = Organization();
        nested["locations"] = new JsonArray(new JsonObject
        {
            ["id"] = "1b7f8e0c-3c2a-4f0e-9b1d-5a6c7d8e9f02",
            ["location_type"] = "physical",
            ["lat"] = 45.7,
        });

        Assert.Empty(HsdsSchemas.Problems(HsdsSchemas.Organization.Published, extra));
        Assert.NotEmpty(HsdsSchemas.Problems(HsdsSchemas.Organization.Strict, extra));
        Assert.NotEmpty(HsdsSchemas.Problems(HsdsSchemas.Organization.Strict, nested));
    }
}
