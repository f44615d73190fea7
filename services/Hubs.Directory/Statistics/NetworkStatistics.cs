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

    /// <summary><see cref="DemandByProvince"/> summed by region (provinces of no known region are left out).</summary>
    public required IReadOnlyList<RegionCount> DemandByRegion { get; init; }
    public required IReadOnlyList<CategoryCount> OutcomesByCategory { get; init; }

    /// <summary><see cref="OutcomesByCategory"/> over time: by category and ISO week of the meeting.</summary>
    public required IReadOnlyList<CategoryWeekCount> OutcomesByCategoryPerWeek { get; init; }
    public required ReferralStatistics Referrals { get; init; }
    public required IReadOnlyList<PracticeAdoptionCount> PracticeAdoptions { get; init; }
}
