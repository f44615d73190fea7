namespace Hubs.HubNode.Bookings;

public static class BookingRegistration
{
    /// <summary>The booking rules and their settings (section <c>Bookings</c>); the stores come with the storage provider.</summary>
    public static IHostApplicationBuilder AddBookings(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<BookingOptions>()
            .Bind(builder.Configuration.GetSection(BookingOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<BookingDesk>();
        builder.Services.AddSingleton<ManageLinks>();
        return builder;
    }
}
