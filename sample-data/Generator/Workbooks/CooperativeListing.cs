using PlanTracker.SampleData.Catalog;

namespace PlanTracker.SampleData.Workbooks;

/// <summary>A cooperative as one workbook lists it: with its SIRET, or blank while registration is pending.</summary>
public sealed record CooperativeListing(SampleCooperative Cooperative, bool WithSiret);
