using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using PlanTracker.Data;
using PlanTracker.Data.Sessions;

namespace PlanTracker.Web.Security;

public static class DataProtectionRegistration
{
    /// <summary>
    /// The keys that sign the sign-in cookie and the antiforgery tokens live in the database, under one application
    /// name: two instances on one database, or one instance after a restart, accept each other's.
    /// </summary>
    public static WebApplicationBuilder AddPlanTrackerDataProtection(this WebApplicationBuilder builder)
    {
        builder.Services.AddDataProtection().SetApplicationName("PlanTracker");
        builder.Services.AddOptions<KeyManagementOptions>()
            .Configure<DataProtectionKeyStore>((options, keys) => options.XmlRepository = new DatabaseKeyRepository(keys));
        return builder;
    }
}
