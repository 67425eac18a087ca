using System.Text.Json.Nodes;
using PlanTracker.Core.Pipeline;
using PlanTracker.Core.Records;

namespace PlanTracker.Reporting.Status;

/// <summary>
/// The <c>pipeline</c> object of the status document (docs/cli.md): what the two headline figures are made of, with
/// English field names and language-free codes, rounded as the indicators' fields are.
/// </summary>
public static class PipelineJson
{
    public static JsonObject Object(PipelineFigures figures) => new()
    {
        ["jobs"] = Jobs(figures.Jobs, figures.ByContractType),
        ["cooperatives"] = Cooperatives(figures),
    };

    /// <summary>The origin's code in JSON: <c>creation</c>, <c>association-conversion</c>, <c>employee-transfer</c>, <c>company-takeover</c>, <c>other</c>.</summary>
    public static string Code(CooperativeOrigin origin) => origin switch
    {
        CooperativeOrigin.Creation => "creation",
        CooperativeOrigin.AssociationConversion => "association-conversion",
        CooperativeOrigin.EmployeeTransfer => "employee-transfer",
        CooperativeOrigin.CompanyTakeover => "company-takeover",
        _ => "other",
    };

    private static JsonObject Jobs(JobTotals totals, IReadOnlyList<ContractJobs> byContract)
    {
        var node = Totals(totals);
        node["byContractType"] = new JsonArray(byContract.Select(c =>
        {
            var row = Totals(c.Totals);
            row.Insert(0, "contractType", c.ContractType.Code());
            return (JsonNode?)row;
        }).ToArray());
        return node;
    }

    private static JsonObject Totals(JobTotals totals) => new()
    {
        ["created"] = totals.Created,
        ["consolidated"] = totals.Consolidated,
        ["createdFte"] = StatusJson.Round(totals.CreatedFte, 2),
        ["consolidatedFte"] = StatusJson.Round(totals.ConsolidatedFte, 2),
    };

    private static JsonObject Cooperatives(PipelineFigures figures)
    {
        var survival = figures.Survival;
        var forecast = figures.Forecast;
        return new JsonObject
        {
            ["registered"] = survival.Registered,
            ["active"] = survival.Active,
            ["byOrigin"] = new JsonArray(figures.ByOrigin.Select(o => (JsonNode?)new JsonObject
            {
                ["origin"] = o.Key is { } origin ? Code(origin) : null,
                ["count"] = o.Count,
            }).ToArray()),
            ["byLegalForm"] = new JsonArray(figures.ByLegalForm.Select(f => (JsonNode?)new JsonObject
            {
                ["legalForm"] = f.Key.Code(),
                ["count"] = f.Count,
            }).ToArray()),
            ["projects"] = figures.Projects,
            ["inSupport"] = figures.InSupport,
            ["pipelineByAxis"] = new JsonArray(figures.ByAxis.Select(a => (JsonNode?)Count("axis", int.Parse(a.Key, System.Globalization.CultureInfo.InvariantCulture), a)).ToArray()),
            ["pipelineByCommune"] = new JsonArray(figures.ByCommune.Select(c => (JsonNode?)Count("commune", c.Key, c)).ToArray()),
            ["survival"] = new JsonObject
            {
                ["years"] = Survival.Years,
                ["createdBefore"] = figures.AsOf.LastDay.AddYears(-Survival.Years).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["created"] = survival.CreatedLongAgo,
                ["stillActive"] = survival.StillActive,
                ["rate"] = survival.Rate is { } rate ? StatusJson.Round(rate, 4) : null,
            },
            ["pipelineForecast"] = new JsonObject
            {
                ["deadline"] = forecast.Deadline.ToString(),
                ["registered"] = forecast.Registered,
                ["inSupport"] = forecast.InSupport,
                ["followedProjects"] = forecast.Followed,
                ["convertedProjects"] = forecast.Converted,
                ["conversionRate"] = StatusJson.Round(forecast.Rate, 4),
                ["conversionRateLow"] = StatusJson.Round(forecast.RateLow, 4),
                ["conversionRateHigh"] = StatusJson.Round(forecast.RateHigh, 4),
                ["rateSource"] = forecast.Observed ? "observed" : "default",
                ["expected"] = StatusJson.Round(forecast.Expected, 1),
                ["low"] = forecast.Low,
                ["high"] = forecast.High,
            },
        };
    }

    private static JsonObject Count(string keyName, JsonNode key, PipelineCount count) => new()
    {
        [keyName] = key,
        ["label"] = count.Label,
        ["projects"] = count.Projects,
        ["inSupport"] = count.InSupport,
    };
}
