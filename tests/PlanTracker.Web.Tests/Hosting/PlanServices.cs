using Microsoft.Extensions.DependencyInjection;
using PlanTracker.Data;
using PlanTracker.Data.Imports;
using PlanTracker.Web.Hosting;
using PlanTracker.Web.Imports;

namespace PlanTracker.Web.Tests.Hosting;

/// <summary>
/// A plan's stores as the app builds them for a request of that plan (the app registers them per request, for the
/// plan of the address): plan 1 is the default plan a new database starts with.
/// </summary>
internal static class PlanServices
{
    public static ImportStore ImportStore(this IServiceProvider services, int planId = 1) =>
        new(services.GetRequiredService<PlanTrackerDatabase>(), planId, services.GetRequiredService<TimeProvider>());

    public static PendingUploadStore PendingUploads(this IServiceProvider services, int planId = 1) =>
        new(services.GetRequiredService<PlanTrackerDatabase>(), planId, services.GetRequiredService<TimeProvider>(),
            DataRegistration.PendingLifetime(services), UploadLimit.MaxFileBytes);
}
