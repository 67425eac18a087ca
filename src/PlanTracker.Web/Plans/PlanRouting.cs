using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace PlanTracker.Web.Plans;

/// <summary>
/// Every plan's pages live under <c>/p/{code}/</c>: the dashboard at <c>/p/{code}/</c>, then <c>imports</c>,
/// <c>imports/rollback/{id}</c>, <c>exports</c>, <c>publications</c>, <c>journal</c>, <c>lignes</c>, <c>lignes/export</c>, <c>remontees</c> and <c>notes</c>. The same pages answer without the prefix for the home plan
/// (<see cref="WebPlans.HomeAsync"/>), so that the addresses of a one-plan database keep working; with no home plan
/// they lead to the list of plans. An unknown code is a 404.
/// </summary>
public static class PlanRouting
{
    /// <summary>The list of plans (<c>/plans</c>).</summary>
    public const string OverviewPath = "/plans";

    // Page (as Razor Pages names it) → its route inside a plan.
    private static readonly (string Page, string Route)[] PlanPages =
    [
        ("/Dashboard/Index", "p/{plan}"),
        ("/Imports/Index", "p/{plan}/imports"),
        ("/Imports/Rollback", "p/{plan}/imports/rollback/{id:long}"),
        ("/Exports/Index", "p/{plan}/exports"),
        ("/Publications/Index", "p/{plan}/publications"),
        ("/Journal/Index", "p/{plan}/journal"),
        ("/Lines/Index", "p/{plan}/lignes"),
        ("/Lines/Export", "p/{plan}/lignes/export"),
        ("/Completeness/Index", "p/{plan}/remontees"),
        ("/Notes/Index", "p/{plan}/notes"),
    ];

    public static string PathOf(string code, string page = "/") =>
        "/p/" + Uri.EscapeDataString(code) + (page.StartsWith('/') ? page : "/" + page);

    /// <summary>Gives each plan page its route under <c>/p/{plan}</c> and the mark <see cref="UsePlanRouting"/> looks for.</summary>
    public static void AddPlanRoutes(this PageConventionCollection conventions)
    {
        foreach (var (page, route) in PlanPages)
        {
            conventions.AddPageRoute(page, route);
            conventions.AddPageApplicationModelConvention(page, model => model.EndpointMetadata.Add(PlanPage.Mark));
        }
    }

    /// <summary>After routing, before authentication: finds the plan of a plan page's request, or answers for it.</summary>
    public static IApplicationBuilder UsePlanRouting(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<PlanPage>() is null)
            {
                await next(context);
                return;
            }

            var plans = context.RequestServices.GetRequiredService<WebPlans>();
            var named = context.GetRouteValue("plan") as string;
            var plan = named is null
                ? await plans.HomeAsync(context.RequestAborted)
                : await plans.FindAsync(named, context.RequestAborted);
            if (plan is not null)
            {
                context.RequestServices.GetRequiredService<CurrentPlan>().Set(plan);
                await next(context);
            }
            else if (named is null && HttpMethods.IsGet(context.Request.Method))
            {
                // Several plans and none is home: choose one first.
                context.Response.Redirect(OverviewPath);
            }
            else
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
            }
        });

    /// <summary>Marks the pages that belong to a plan.</summary>
    private sealed class PlanPage
    {
        public static readonly PlanPage Mark = new();
    }
}
