using Hubs.Directory.Experts;

namespace Hubs.Directory.Referrals;

/// <summary>An expert having at least one requested topic: how many of them, and whether they speak the requested language (null when none was asked).</summary>
public readonly record struct MatchedExpert(ExpertRecord Expert, int Matched, bool? Speaks);
