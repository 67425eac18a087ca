using PlanTracker.Data;
using PlanTracker.Data.Users;
using PlanTracker.Import;
using PlanTracker.Import.Importing;
using PlanTracker.Web.Account;
using PlanTracker.Web.Imports;
using PlanTracker.Web.Setup;

namespace PlanTracker.Web.Hosting;

public static class DataSetup
{
    /// <summary>
    /// The database (given, or from <c>Database:Provider</c> and <c>ConnectionStrings:PlanTracker</c> as in cli.md),
    /// the clock, the stores and the importer. Resolved lazily so that test hosts can change the configuration.
    /// </summary>
    public static WebApplicationBuilder AddPlanTrackerData(this WebApplicationBuilder builder, PlanTrackerDatabase? database, TimeProvider? time)
    {
        var services = builder.Services;
        services.AddSingleton(time ?? TimeProvider.System);
        services.AddSingleton(sp => database ?? FromConfiguration(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton(sp => new PlanStore(sp.GetRequiredService<PlanTrackerDatabase>()));
        services.AddSingleton(sp => new FiguresStore(sp.GetRequiredService<PlanTrackerDatabase>()));
        services.AddSingleton(sp => new LineDetailsStore(sp.GetRequiredService<PlanTrackerDatabase>()));
        services.AddSingleton(sp => new ImportStore(sp.GetRequiredService<PlanTrackerDatabase>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new UserStore(sp.GetRequiredService<PlanTrackerDatabase>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new UserAccounts(sp.GetRequiredService<UserStore>()));
        services.AddSingleton(ImportLimits.Default);
        services.AddSingleton(sp => new WorkbookImporter(
            sp.GetRequiredService<PlanTrackerDatabase>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ImportLimits>()));
        services.AddSingleton(sp => new UploadFolder(UploadDirectory(sp), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<SetupToken>();
        services.AddHostedService<DatabaseStartup>();
        return builder;
    }

    public static PlanTrackerDatabase FromConfiguration(IConfiguration configuration)
    {
        var provider = Enum.TryParse<DatabaseProvider>(configuration["Database:Provider"], ignoreCase: true, out var p) ? p : DatabaseProvider.Sqlite;
        var connection = configuration.GetConnectionString("PlanTracker") ?? PlanTrackerDatabase.DefaultConnectionString;
        return new PlanTrackerDatabase(provider, connection);
    }

    // Outside the web root: uploads are never served as static files.
    private static string UploadDirectory(IServiceProvider services)
    {
        var configured = services.GetRequiredService<IConfiguration>()["Imports:UploadDirectory"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        var root = services.GetRequiredService<IWebHostEnvironment>().ContentRootPath;
        return Path.Combine(root, "App_Data", "uploads");
    }
}
