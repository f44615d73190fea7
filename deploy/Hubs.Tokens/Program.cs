using Hubs.Contracts.Federation;
using Hubs.ServiceDefaults.Security;

// Mints a development token signed with the local key that ./run.sh created (.hubs/signing-key):
//   dotnet run --project deploy/Hubs.Tokens -- staff lomazzo
//   dotnet run --project deploy/Hubs.Tokens -- coordinator
// Options: --key-file PATH (default: .hubs/signing-key above the current folder), --hours N (default 8).
if (args.Length == 0 || args[0] is not (HubsClaims.StaffRole or HubsClaims.CoordinatorRole))
{
    await Console.Error.WriteLineAsync("usage: Hubs.Tokens staff HUB_ID | coordinator [--key-file PATH] [--hours N]");
    return 2;
}

var role = args[0];
string? hubId = null;
if (role == HubsClaims.StaffRole)
{
    hubId = args.Length > 1 ? args[1] : null;
    if (!HubIds.IsWellFormed(hubId))
    {
        await Console.Error.WriteLineAsync("staff tokens need a hub id, e.g. lomazzo");
        return 2;
    }
}

var keyFile = Option("--key-file") ?? FindKeyFile();
if (keyFile is null || !File.Exists(keyFile))
{
    await Console.Error.WriteLineAsync("No signing key found: run ./run.sh once (it creates .hubs/signing-key) or pass --key-file.");
    return 1;
}

var hours = double.Parse(Option("--hours") ?? "8", System.Globalization.CultureInfo.InvariantCulture);
var auth = new AuthOptions { SigningKey = (await File.ReadAllTextAsync(keyFile)).Trim() };
Console.WriteLine(TokenIssuer.Mint(auth, role, hubId, TimeSpan.FromHours(hours)));
return 0;

string? Option(string name)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}

static string? FindKeyFile()
{
    for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
    {
        var candidate = Path.Combine(dir.FullName, ".hubs", "signing-key");
        if (File.Exists(candidate))
        {
            return candidate;
        }
    }

    return null;
}
