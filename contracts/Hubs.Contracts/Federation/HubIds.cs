using System.Text.RegularExpressions;

namespace Hubs.Contracts.Federation;

/// <summary>Hub ids: short lower-case slugs that appear in URLs, queue names and broker users.</summary>
public static partial class HubIds
{
    public const string Lomazzo = "lomazzo";
    public const string Ivrea = "ivrea";
    public const string Novara = "novara";
    public const string Caserta = "caserta";
    public const string Trento = "trento";
    public const string Padova = "padova";
    public const string Bologna = "bologna";
    public const string Pisa = "pisa";
    public const string Ancona = "ancona";
    public const string Bari = "bari";
    public const string Catania = "catania";
    public const string Cagliari = "cagliari";

    /// <summary>The twelve founding hubs of the network.</summary>
    public static IReadOnlyList<string> Founding { get; } =
        [Lomazzo, Ivrea, Novara, Caserta, Trento, Padova, Bologna, Pisa, Ancona, Bari, Catania, Cagliari];

    /// <summary>A well-formed hub id: 2–32 characters, lower-case letters, digits and single dashes.</summary>
    public static bool IsWellFormed(string? id) => id is { Length: >= 2 and <= 32 } && Slug().IsMatch(id);

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex Slug();
}
