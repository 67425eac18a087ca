using PlanTracker.Core.Completeness;
using PlanTracker.Core.Periods;
using PlanTracker.Core.Records;
using PlanTracker.Data.Figures;
using PlanTracker.Data.Imports;
using PlanTracker.Data.Plans;
using PlanTracker.Data.Tests.Plans;
using PlanTracker.Data.Tests.Providers;
using PlanTracker.Testing;

namespace PlanTracker.Data.Tests.Figures;

public abstract class ReportingCycleStoreTests<TProvider>
    where TProvider : TestProvider, new()
{
    private static readonly TestClock AfterGrace = new(new DateTimeOffset(2025, 12, 1, 8, 0, 0, TimeSpan.Zero));

    private readonly TProvider _provider = new();

    [Test]
    public async Task Reports_OneRowPerStructureAndQuarter_WithinTheWindow()
    {
        await using var temp = await _provider.MigratedAsync();
        await new ImportStore(temp.Database, 1, TimeProvider.System).ImportAsync(Lines.Request("h1",
            [
                Lines.Job("2024-T1"),
                Lines.Job("2025-T1"),
                Lines.Job("2025-T1", contract: ContractType.Cdd, jobs: 0),
                Lines.Job("2025-T2", siret: Lines.SiretB, commune: "Drancy"),
                Lines.Job("2025-T4", siret: Lines.SiretC),
            ]));

        var reports = await new ReportingCycleStore(temp.Database, 1).ReportsAsync(Territories.Default, Quarter.Parse("2024-T3"), Quarter.Parse("2025-T3"));

        reports.Select(r => $"{r.Siret} {r.Quarter} {r.Commune.Name} {r.Name}").Should().BeEquivalentTo(
            $"{Lines.SiretA} 2025-T1 Sevran Régie de quartier",
            $"{Lines.SiretB} 2025-T2 Drancy Régie de quartier");
    }

    [Test]
    public async Task Completeness_ExpectedReceivedMissing_AsOfAQuarter()
    {
        await using var temp = await _provider.MigratedAsync();
        await new ImportStore(temp.Database, 1, TimeProvider.System).ImportAsync(Lines.Request("h1",
            [
                Lines.Job("2025-T2"), Lines.Job("2025-T3", jobs: 0),
                Lines.Job("2025-T1", siret: Lines.SiretB, commune: "Drancy"),
                Lines.Job("2024-T2", siret: Lines.SiretC),
            ]));
        var plan = await new PlanStore(temp.Database).LoadAsync(1);

        var result = await new ReportingCycleStore(temp.Database, 1).CompletenessAsync(plan, Quarter.Parse("2025-T3"), AfterGrace);

        result.Expected.Should().Be(2, "SiretC last reported five quarters before");
        result.Received.Should().Be(1, "a line of zero jobs is a report");
        result.State.Should().Be(ReportingState.Late);
        result.Missing.Select(m => $"{m.Siret} {m.LastReported} {m.Commune.Name}").Should().Equal($"{Lines.SiretB} 2025-T1 Drancy");
    }

    [Test]
    public async Task Completeness_ReadsItsOwnPlanOnly()
    {
        await using var temp = await _provider.MigratedAsync();
        var second = (await new PlanStore(temp.Database).AddAsync(PlanDocuments.Second())).Plan!.Id;
        await new ImportStore(temp.Database, 1, TimeProvider.System).ImportAsync(Lines.Request("h1", [Lines.Job("2025-T2"), Lines.Job("2025-T3")]));
        await new ImportStore(temp.Database, second, TimeProvider.System).ImportAsync(Lines.Request("h2", [Lines.Job("2025-T2", siret: Lines.SiretB)]));

        var first = await new ReportingCycleStore(temp.Database, 1).CompletenessAsync(await new PlanStore(temp.Database).LoadAsync(1), Quarter.Parse("2025-T3"), AfterGrace);
        var other = await new ReportingCycleStore(temp.Database, second).CompletenessAsync(await new PlanStore(temp.Database).LoadAsync(second), Quarter.Parse("2025-T3"), AfterGrace);

        first.State.Should().Be(ReportingState.Complete);
        first.Expected.Should().Be(1);
        other.Missing.Select(m => m.Siret).Should().Equal(Lines.SiretB);
    }
}

public sealed class SqliteReportingCycleStoreTests : ReportingCycleStoreTests<SqliteTestProvider>;

public sealed class SqlServerReportingCycleStoreTests : ReportingCycleStoreTests<SqlServerTestProvider>;
