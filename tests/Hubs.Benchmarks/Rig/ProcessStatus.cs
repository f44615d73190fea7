using System.Globalization;

namespace Hubs.Benchmarks.Rig;

/// <summary>What Linux's /proc says about one of the rig's service processes: resident memory and CPU time used.</summary>
internal static class ProcessStatus
{
    /// <summary>VmRSS in MiB (resident set: what the process costs the machine in RAM now).</summary>
    public static double ResidentMiB(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        var kib = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        return kib / 1024.0;
    }

    /// <summary>User + system CPU time of the process so far (utime and stime of /proc/PID/stat).</summary>
    public static TimeSpan CpuTime(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        // Fields after the command name, which is in parentheses and may hold spaces.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / (double)ClockTicksPerSecond);
    }

    // USER_HZ is 100 on every Linux this runs on (getconf CLK_TCK).
    private const int ClockTicksPerSecond = 100;
}
