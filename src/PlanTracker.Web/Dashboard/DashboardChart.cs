using Microsoft.AspNetCore.Html;
using PlanTracker.Reporting.Charts;

namespace PlanTracker.Web.Dashboard;

/// <summary>One chart as the dashboard shows it: inline SVG (or null when it could not be drawn), its text alternative and data.</summary>
public sealed record DashboardChart(string Id, string Title, string Description, HtmlString? Svg, ChartTable Table);
