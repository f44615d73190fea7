using Hubs.Directory.Referrals;

namespace Hubs.Directory.Statistics;

/// <summary>What the statistics endpoint reads from.</summary>
public sealed record StatisticsServices(IConsultationFacts Consultations, IReferralLog Referrals, IWarmReferrals WarmReferrals, IPracticeAdoptions Adoptions, StatisticsMemo Memo, TimeProvider Clock,
    HttpContext Http, Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> Json);
