using PlanTracker.Core.Periods;
using PlanTracker.Core.Pipeline;
using PlanTracker.Core.Plans;
using PlanTracker.Core.Progress;
using PlanTracker.Core.Records;
using PlanTracker.Core.Territory;
using PlanTracker.Testing;

namespace PlanTracker.Core.Tests.Pipeline;

public class PipelineFiguresTests
{
    private static readonly Commune Sevran = Territories.Commune("Sevran");
    private static readonly Commune Drancy = Territories.Commune("Drancy");
    private static readonly Quarter AsOf = Q("2026-T3");

    [Test]
    public void Compute_Jobs_ByNatureAndContract_UpToAsOf()
    {
        var data = new PipelineData(
        [
            Job("2025-T1", JobNature.Creation, ContractType.Cdi, 10, 8.5m),
            Job("2025-T1", JobNature.Consolidation, ContractType.Cdi, 4, 4m),
            Job("2026-T3", JobNature.Creation, ContractType.Cdd, 6, 3m),
            Job("2026-T4", JobNature.Creation, ContractType.Cdd, 100, 100m), // after the as-of quarter
        ], []);

        var figures = PipelineFigures.Compute(Plan.Default, AsOf, data);

        figures.Jobs.Should().Be(new JobTotals(16, 4, 11.5m, 4m));
        figures.ByContractType.Should().Equal(
            new ContractJobs(ContractType.Cdi, new JobTotals(10, 4, 8.5m, 4m)),
            new ContractJobs(ContractType.Cdd, new JobTotals(6, 0, 3m, 0m)));
    }

    [Test]
    public void Compute_Cooperatives_ByOriginLegalFormAndPipeline()
    {
        var data = new PipelineData([],
        [
            Coop("A", CooperativeStage.Registered, "2025-03-01", origin: CooperativeOrigin.Creation),
            Coop("B", CooperativeStage.Registered, "2025-05-01", origin: CooperativeOrigin.EmployeeTransfer, form: LegalForm.Scic),
            Coop("C", CooperativeStage.Registered, "2026-01-10"),
            Coop("D", CooperativeStage.Project, null, recorded: "2026-T2"),
            Coop("E", CooperativeStage.InSupport, null, recorded: "2026-T1", commune: Drancy, axis: 2),
            Coop("F", CooperativeStage.InSupport, null, recorded: "2026-T4"), // recorded after the as-of quarter
        ]);

        var figures = PipelineFigures.Compute(Plan.Default, AsOf, data);

        figures.ByOrigin.Should().Equal(
            new Tally<CooperativeOrigin?>(CooperativeOrigin.Creation, 1),
            new Tally<CooperativeOrigin?>(CooperativeOrigin.EmployeeTransfer, 1),
            new Tally<CooperativeOrigin?>(null, 1));
        figures.ByLegalForm.Should().Equal(new Tally<LegalForm>(LegalForm.Scop, 2), new Tally<LegalForm>(LegalForm.Scic, 1));
        figures.Projects.Should().Be(1);
        figures.InSupport.Should().Be(1);
        figures.ByAxis.Select(a => $"{a.Key} {a.Projects} {a.InSupport}").Should().Equal("1 1 0", "2 0 1", "3 0 0");
        figures.ByCommune.Should().HaveCount(8);
        figures.ByCommune.Single(c => c.Key == "Drancy").InSupport.Should().Be(1);
        figures.Forecast.Registered.Should().Be(3);
        figures.Forecast.InSupport.Should().Be(1);
    }

    [Test]
    public void Compute_ProjectRegisteredAfterAsOf_IsInSupportThen_AndConvertedLater()
    {
        var data = new PipelineData([], [Coop("A", CooperativeStage.Registered, "2027-01-15", recorded: "2026-T2", followed: true)]);

        var before = PipelineFigures.Compute(Plan.Default, AsOf, data);
        var after = PipelineFigures.Compute(Plan.Default, Q("2027-T1"), data);

        before.InSupport.Should().Be(1);
        before.Survival.Registered.Should().Be(0);
        before.Forecast.Followed.Should().Be(1);
        before.Forecast.Converted.Should().Be(0);
        after.InSupport.Should().Be(0);
        after.Survival.Registered.Should().Be(1);
        after.Forecast.Converted.Should().Be(1);
    }

    [Test]
    public void Compute_Survival_ActiveAndShareOfThoseThreeYearsOld()
    {
        var data = new PipelineData([],
        [
            Coop("Old active", CooperativeStage.Registered, "2023-06-30"),
            Coop("Old ceased", CooperativeStage.Registered, "2023-01-01", ceased: "2025-06-01"),
            Coop("Recent ceased", CooperativeStage.Registered, "2025-01-01", ceased: "2026-09-30"),
            Coop("Ceases later", CooperativeStage.Registered, "2025-01-01", ceased: "2026-10-01"),
        ]);

        var survival = PipelineFigures.Compute(Plan.Default, AsOf, data).Survival;

        survival.Registered.Should().Be(4);
        survival.Active.Should().Be(2);
        survival.CreatedLongAgo.Should().Be(2); // created on or before 30/09/2023
        survival.StillActive.Should().Be(1);
        survival.Rate.Should().Be(0.5m);
    }

    [Test]
    public void Compute_Survival_NoneOldEnough_RateIsNull()
    {
        var data = new PipelineData([], [Coop("A", CooperativeStage.Registered, "2024-01-01")]);

        PipelineFigures.Compute(Plan.Default, AsOf, data).Survival.Rate.Should().BeNull();
    }

    [Test]
    public void Compute_Scope_OneAxis_KeepsThePlansConversionRate()
    {
        var followed = Enumerable.Range(0, 6).Select(i => Coop($"R{i}", CooperativeStage.Registered, "2025-06-01", recorded: "2025-T1", followed: true, axis: 1));
        var data = new PipelineData([Job("2025-T1", JobNature.Creation, ContractType.Cdi, 10, 0m, axis: 2)],
            [.. followed, Coop("P", CooperativeStage.InSupport, null, recorded: "2026-T1", axis: 2)]);

        var figures = PipelineFigures.Compute(Plan.Default, AsOf, data, FigureScope.Of(Plan.Default.Territory.Axes.Single(a => a.Code == 2)));

        figures.Jobs.Created.Should().Be(10);
        figures.ByAxis.Select(a => a.Key).Should().Equal("2");
        figures.Forecast.Registered.Should().Be(0);
        figures.Forecast.InSupport.Should().Be(1);
        figures.Forecast.Observed.Should().BeTrue();
        figures.Forecast.Rate.Should().Be(1m);
    }

    [Test]
    public void Compute_Empty_IsAllZeros()
    {
        var figures = PipelineFigures.Compute(Plan.Default, AsOf, PipelineData.Empty);

        figures.Jobs.Should().Be(JobTotals.Zero);
        figures.ByContractType.Should().BeEmpty();
        figures.ByOrigin.Should().BeEmpty();
        figures.Projects.Should().Be(0);
        figures.Survival.Rate.Should().BeNull();
        figures.Forecast.Observed.Should().BeFalse();
        figures.ByAxis.Should().HaveCount(3);
    }

    [Test]
    public void QuarterStages_RegisteredCumulative_PipelineFromItsRecordedQuarter()
    {
        var cooperatives = new[]
        {
            Coop("A", CooperativeStage.Registered, "2025-02-01"),
            Coop("B", CooperativeStage.Registered, "2025-08-01", recorded: "2025-T1", followed: true),
            Coop("C", CooperativeStage.Project, null, recorded: "2025-T2"),
        };

        var stages = QuarterStages.Of(cooperatives, [Q("2024-T4"), Q("2025-T1"), Q("2025-T2"), Q("2025-T3")]);

        stages.Select(s => $"{s.Quarter} {s.Registered} {s.InSupport} {s.Projects}")
            .Should().Equal("2024-T4 0 0 0", "2025-T1 1 1 0", "2025-T2 1 1 1", "2025-T3 2 0 1");
    }

    private static JobBreakdown Job(string quarter, JobNature nature, ContractType type, int jobs, decimal fte, int axis = 1) =>
        new(Q(quarter), Territories.Axis(axis), Sevran, nature, type, jobs, fte);

    private static CooperativeFacts Coop(string name, CooperativeStage stage, string? created, string? recorded = null, bool followed = false,
        CooperativeOrigin? origin = null, LegalForm form = LegalForm.Scop, string? ceased = null, Commune? commune = null, int axis = 1)
    {
        var creation = created is null ? (DateOnly?)null : DateOnly.Parse(created, System.Globalization.CultureInfo.InvariantCulture);
        var quarter = recorded is null ? Quarter.Containing(creation!.Value) : Q(recorded);
        return new CooperativeFacts(name, Territories.Axis(axis), commune ?? Sevran, form, origin, stage, creation,
            ceased is null ? null : DateOnly.Parse(ceased, System.Globalization.CultureInfo.InvariantCulture), quarter, followed);
    }

    private static Quarter Q(string text) => Quarter.Parse(text);
}
