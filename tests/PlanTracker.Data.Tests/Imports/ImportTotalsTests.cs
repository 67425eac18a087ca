using Dapper;
using PlanTracker.Data.Figures;
using PlanTracker.Data.Imports;
using PlanTracker.Data.Tests.Providers;

namespace PlanTracker.Data.Tests.Imports;

/// <summary>
/// The quarter totals an import reads before and after its writes, on both providers: a dry run sees its own rolled
/// back lines, and leaves the stored totals as they were.
/// </summary>
public abstract class ImportTotalsTests<TProvider>
    where TProvider : TestProvider, new()
{
    private readonly TProvider _provider = new();
    private TestDatabase? _temp;
    private ImportStore _store = null!;

    [SetUp]
    public async Task SetUp()
    {
        _temp = await _provider.MigratedAsync();
        _store = new ImportStore(_temp!.Database, 1, TimeProvider.System);
    }

    [TearDown]
    public async Task TearDown()
    {
        if (_temp is not null)
        {
            await _temp.DisposeAsync();
            _temp = null;
        }
    }

    [Test]
    public async Task DryRun_GivesTheTotalsBeforeAndAfterItsLines_AndStoresNone()
    {
        await _store.ImportAsync(Lines.Request("h1", [Lines.Job(quarter: "2025-T1", jobs: 5), Lines.Job(quarter: "2025-T2", siret: Lines.SiretB, jobs: 4)]));
        var stored = await StoredAsync();

        var dry = await _store.ImportAsync(
            Lines.Request("h2", [Lines.Job(quarter: "2025-T1", jobs: 2), Lines.Job(quarter: "2025-T3", siret: Lines.SiretB, jobs: 6)], [Lines.Coop()]),
            dryRun: true);

        dry.Totals.Should().NotBeNull();
        Sums(dry.Totals!.Before).Should().BeEquivalentTo(new Dictionary<string, decimal> { ["jobs 2025-T1"] = 5, ["jobs 2025-T2"] = 4 });
        Sums(dry.Totals.After).Should().BeEquivalentTo(new Dictionary<string, decimal>
        {
            ["jobs 2025-T1"] = 2,
            ["jobs 2025-T2"] = 4,
            ["jobs 2025-T3"] = 6,
            ["cooperatives 2025-T1"] = 1,
        });
        (await StoredAsync()).Should().Equal(stored, "the dry run rolled its totals back");
    }

    [Test]
    public async Task AlreadyImported_HasNoTotals()
    {
        await _store.ImportAsync(Lines.Request("h1", [Lines.Job()]));

        var again = await _store.ImportAsync(Lines.Request("h1", [Lines.Job()]), dryRun: true);

        again.AlreadyImported.Should().NotBeNull();
        again.Totals.Should().BeNull();
    }

    private static Dictionary<string, decimal> Sums(IEnumerable<QuarterTotal> rows) =>
        rows.GroupBy(r => $"{r.Indicator} {r.Quarter}").ToDictionary(g => g.Key, g => g.Sum(r => r.Value));

    private async Task<List<string>> StoredAsync()
    {
        await using var connection = await _temp!.Database.OpenAsync();
        var rows = await connection.QueryAsync("SELECT indicator, quarter, axis, commune, value FROM quarter_total ORDER BY indicator, quarter, axis, commune");
        return rows.Select(r => string.Join("|", ((IDictionary<string, object>)r).Values)).ToList();
    }
}

public sealed class SqliteImportTotalsTests : ImportTotalsTests<SqliteTestProvider>;

public sealed class SqlServerImportTotalsTests : ImportTotalsTests<SqlServerTestProvider>;
