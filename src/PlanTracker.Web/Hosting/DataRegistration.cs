using PlanTracker.Data;
using PlanTracker.Data.Audit;
using PlanTracker.Data.Figures;
using PlanTracker.Data.Imports;
using PlanTracker.Data.Notes;
using PlanTracker.Data.Plans;
using PlanTracker.Data.Sessions;
using PlanTracker.Data.Setup;
using PlanTracker.Data.Users;
using PlanTracker.Import;
using PlanTracker.Import.Importing;
using PlanTracker.Reporting.Publications;
using PlanTracker.Web.Account;
using PlanTracker.Web.Dashboard;
using PlanTracker.Web.Imports;
using PlanTracker.Web.Plans;
using PlanTracker.Web.Setup;

namespace PlanTracker.Web.Hosting;

public static class DataRegistration
{
    /// <summary>
    /// The database (given, or from <c>Database:Provider</c> and <c>ConnectionStrings:PlanTracker</c>, docs/configuration.md),
    /// the clock, the stores and the importer. Resolved lazily so that test hosts can change the configuration.
    /// </summary>
    public static WebApplicationBuilder AddPlanTrackerData(this WebApplicationBuilder builder, PlanTrackerDatabase? database, TimeProvider? time)
    {
        var services = builder.Services;
        services.AddSingleton(time ?? TimeProvider.System);
        services.AddSingleton(sp => database ?? FromConfiguration(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton(sp => new PlanStore(sp.GetRequiredService<PlanTrackerDatabase>()));
        services.AddSingleton<WebPlans>();
        services.AddScoped<CurrentPlan>();
        services.AddScoped(sp => new FiguresStore(sp.GetRequiredService<PlanTrackerDatabase>(), PlanId(sp)));
        services.AddScoped(sp => new LineDetailsStore(sp.GetRequiredService<PlanTrackerDatabase>(), PlanId(sp)));
        services.AddScoped(sp => new ReportingCycleStore(sp.GetRequiredService<PlanTrackerDatabase>(), PlanId(sp)));
        services.AddSingleton(sp => new DataVersionStore(sp.GetRequiredService<PlanTrackerDatabase>()));
        services.AddSingleton<FiguresCache>();
        services.AddScoped(sp => new PublishedFigures(sp.GetRequiredService<PlanTrackerDatabase>(), PlanId(sp), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<DashboardFigures>();
        services.AddScoped(sp => new ImportStore(sp.GetRequiredService<PlanTrackerDatabase>(), PlanId(sp), sp.GetRequiredService<TimeProvider>()));
        services.AddScoped(sp => new QuarterNoteStore(sp.GetRequiredService<PlanTrackerDatabase>(), PlanId(sp), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new UserStore(sp.GetRequiredService<PlanTrackerDatabase>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new UserAccounts(sp.GetRequiredService<UserStore>()));
        services.AddSingleton(sp => new DataProtectionKeyStore(sp.GetRequiredService<PlanTrackerDatabase>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new SessionStore(sp.GetRequiredService<PlanTrackerDatabase>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new AuditLog(sp.GetRequiredService<PlanTrackerDatabase>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new SignInFailureStore(sp.GetRequiredService<PlanTrackerDatabase>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(ImportLimits.Default);
        services.AddScoped(sp => new WorkbookImporter(
            sp.GetRequiredService<PlanTrackerDatabase>(), PlanId(sp), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ImportLimits>()));
        services.AddScoped(sp => new PendingUploadStore(
            sp.GetRequiredService<PlanTrackerDatabase>(), PlanId(sp), sp.GetRequiredService<TimeProvider>(), PendingLifetime(sp), UploadLimit.MaxFileBytes));
        services.AddSingleton(sp => new SetupTokenStore(sp.GetRequiredService<PlanTrackerDatabase>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<SetupToken>();
        services.AddHostedService<DatabaseStartup>();
        return builder;
    }

    // Built for each request of a plan's pages: every store reads and writes the plan of the request's address only.
    private static int PlanId(IServiceProvider services) => services.GetRequiredService<CurrentPlan>().Id;

    /// <summary>The database <c>Database:Provider</c> and <c>ConnectionStrings:PlanTracker</c> name; an unknown provider is refused.</summary>
    public static PlanTrackerDatabase FromConfiguration(IConfiguration configuration)
    {
        // A misspelt provider must not quietly open (or create) a SQLite file instead of the production server.
        var name = configuration["Database:Provider"] ?? nameof(DatabaseProvider.Sqlite);
        if (!Enum.TryParse<DatabaseProvider>(name, ignoreCase: true, out var provider) || !Enum.IsDefined(provider))
        {
            throw new DatabaseException(
                $"Fournisseur de base de données inconnu dans Database:Provider : « {name} ». Attendu : Sqlite ou SqlServer.");
        }

        var connection = configuration.GetConnectionString("PlanTracker") ?? PlanTrackerDatabase.DefaultConnectionString;
        return new PlanTrackerDatabase(provider, connection);
    }

    /// <summary>How long a checked workbook waits for its confirmation: <c>Imports:PendingMinutes</c>, 60 by default.</summary>
    public static TimeSpan PendingLifetime(IServiceProvider services)
    {
        var minutes = services.GetRequiredService<IConfiguration>().GetValue("Imports:PendingMinutes", 60);
        if (minutes < 1)
        {
            throw new InvalidOperationException($"Imports:PendingMinutes doit valoir 1 ou plus (trouvé : {minutes}).");
        }

        return TimeSpan.FromMinutes(minutes);
    }
}
