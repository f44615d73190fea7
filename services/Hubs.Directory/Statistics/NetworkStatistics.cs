namespace Hubs.Directory.Statistics;

/// <summary>The network at a glance over a period (see <see cref="StatisticsApi"/> for what each figure counts).</summary>
public sealed record NetworkStatistics
{
    public required DateOnly From { get; init; }
    public required DateOnly To { get; init; }

    /// <summary>The period in words, so a reader of the answer knows what was counted.</summary>
    public required StatisticsPeriod Period { get; init; }
    public required IReadOnlyList<HubWeekCount> ConsultationsPerHubPerWeek { get; init; }
    public required IReadOnlyList<TopicCount> DemandByTopic { get; init; }
    public required IReadOnlyList<ProvinceCount> DemandByProvince { get; init; }
    public required IReadOnlyList<CategoryCount> OutcomesByCategory { get; init; }
    public required ReferralStatistics Referrals { get; init; }
    public required IReadOnlyList<PracticeAdoptionCount> PracticeAdoptions { get; init; }
}
