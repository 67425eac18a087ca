using Microsoft.AspNetCore.Diagnostics;
using PlanTracker.Web.Account;
using PlanTracker.Web.Assets;
using PlanTracker.Web.Imports;
using PlanTracker.Web.Localization;
using PlanTracker.Web.Plans;
using PlanTracker.Web.Security;

namespace PlanTracker.Web.Hosting;

public static class PagesRegistration
{
    /// <summary>Razor Pages in feature folders at the project root, each folder behind its policy.</summary>
    public static WebApplicationBuilder AddPlanTrackerPages(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages(options =>
            {
                options.RootDirectory = "/";
                options.Conventions.AuthorizeFolder("/Dashboard", Roles.ReadPolicy);
                options.Conventions.AuthorizeFolder("/Imports", Roles.ImportPolicy);
                options.Conventions.AuthorizeFolder("/Completeness", Roles.ImportPolicy);
                options.Conventions.AddFolderApplicationModelConvention("/Completeness", model => model.Filters.Add(new Exports.ExportAuditFilter()));
                options.Conventions.AuthorizeFolder("/Exports", Roles.ExportPolicy);
                options.Conventions.AuthorizeFolder("/Publications", Roles.PublishPolicy);
                options.Conventions.AddFolderApplicationModelConvention("/Exports", model => model.Filters.Add(new Exports.ExportAuditFilter()));
                options.Conventions.AuthorizeFolder("/Journal", Roles.AuditPolicy);
                options.Conventions.AuthorizeFolder("/Lines", Roles.ReadPolicy);
                options.Conventions.AuthorizePage("/Lines/Export", Roles.ExportPolicy);
                options.Conventions.AddPageApplicationModelConvention("/Lines/Export", model => model.Filters.Add(new Exports.ExportAuditFilter()));
                // Every reader of the plan sees its notes; only planners and admins may send one.
                options.Conventions.AuthorizeFolder("/Notes", Roles.NotesPolicy);
                options.Conventions.AllowAnonymousToFolder("/Account");
                options.Conventions.AllowAnonymousToFolder("/Setup");
                options.Conventions.AllowAnonymousToFolder("/Errors");
                options.Conventions.AuthorizeFolder("/Plans", Roles.ReadPolicy);
                options.Conventions.AddPlanRoutes();
            })
            .AddApplicationPart(typeof(PlanTrackerWeb).Assembly);
        builder.Services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "pt.antiforgery";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.FormFieldName = "__RequestVerificationToken";
        });
        return builder;
    }

    public static WebApplication UsePlanTracker(this WebApplication app)
    {
        app.UsePlanTrackerRequestLog();

        // Behind a reverse proxy on the same host (nginx terminating TLS): trust its X-Forwarded-For/-Proto, so that
        // cookies are Secure and throttling sees the visitor's address. Only loopback proxies are trusted by default.
        if (app.Configuration.GetValue("ForwardedHeaders:Enabled", false))
        {
            app.UseForwardedHeaders(new ForwardedHeadersOptions
            {
                ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor
                                   | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto,
            });
        }

        app.UsePlanTrackerSecurityHeaders();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error/500",
            // Kestrel's body limit surfaces as an exception: answer it with its own status (413) and page.
            StatusCodeSelector = e => e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UsePlanTrackerLanguage();
        app.UseRouting();
        app.UsePlanRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseUploadLimit();
        app.MapPlanTrackerHealth();
        app.MapStylesheet();
        app.MapRazorPages();
        return app;
    }
}
