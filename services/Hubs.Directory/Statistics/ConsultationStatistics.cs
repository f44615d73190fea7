namespace Hubs.Directory.Statistics;

/// <summary>What the consultation facts say about a period (see <see cref="StatisticsApi"/> for what each counts).</summary>
public sealed record ConsultationStatistics(
    IReadOnlyList<HubWeekCount> ConsultationsPerHubPerWeek,
    IReadOnlyList<TopicCount> DemandByTopic,
    IReadOnlyList<ProvinceCount> DemandByProvince,
    IReadOnlyList<CategoryCount> OutcomesByCategory,
    IReadOnlyList<CategoryWeekCount> OutcomesByCategoryPerWeek);
