using PlanTracker.Data.Audit;
using PlanTracker.Data.Plans;
using PlanTracker.Data.Tests.Plans;
using PlanTracker.Data.Tests.Providers;

namespace PlanTracker.Data.Tests.Audit;

public abstract class AuditLogTests<TProvider>
    where TProvider : TestProvider, new()
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 9, 30, 15, TimeSpan.Zero);
    private readonly TProvider _provider = new();
    private readonly TestClock _clock = new(Start);

    [SetUp]
    public void SetUp() => _clock.Now = Start;

    [Test]
    public async Task Append_ThenList_ReturnsEveryFieldStampedWithTheClock_NewestFirst()
    {
        await using var temp = await _provider.MigratedAsync();
        var log = new AuditLog(temp.Database, _clock);

        await log.AppendAsync(AuditEntry.Success(1, "marie", AuditActions.Import, "t1.xlsx, lot 1", "emplois +3"));
        _clock.Now = Start.AddMinutes(1);
        await log.AppendAsync(AuditEntry.Failure(null, null, AuditActions.SignInFailure, "adresse 10.0.0.1"));

        var lines = await log.ListAsync(new AuditQuery(1));

        lines.Select(l => l.Action).Should().Equal(AuditActions.SignInFailure, AuditActions.Import);
        var import = lines[1];
        import.PlanId.Should().Be(1);
        import.UserName.Should().Be("marie");
        import.Subject.Should().Be("t1.xlsx, lot 1");
        import.Outcome.Should().Be(AuditOutcomes.Success);
        import.Detail.Should().Be("emplois +3");
        import.AtUtc.Should().Be(new DateTime(2026, 12, 1, 9, 30, 15));
        lines[0].UserName.Should().BeNull();
        lines[0].PlanId.Should().BeNull();
        lines[0].Outcome.Should().Be(AuditOutcomes.Failure);
    }

    [Test]
    public async Task List_GivesThePlansLinesAndThoseOfNoPlan_NeverAnotherPlans()
    {
        await using var temp = await _provider.MigratedAsync();
        var second = (await new PlanStore(temp.Database).AddAsync(PlanDocuments.Second())).Plan!.Id;
        var log = new AuditLog(temp.Database, _clock);
        await log.AppendAsync(AuditEntry.Success(1, "a", AuditActions.Export, "csv au 2026-T3"));
        await log.AppendAsync(AuditEntry.Success(second, "b", AuditActions.Export, "xlsx au 2026-T3"));
        await log.AppendAsync(AuditEntry.Success(null, "c", AuditActions.UserDisable, "d"));

        (await log.ListAsync(new AuditQuery(1))).Select(l => l.UserName).Should().Equal("c", "a");
        (await log.ListAsync(new AuditQuery(second))).Select(l => l.UserName).Should().Equal("c", "b");
    }

    [Test]
    public async Task List_FiltersBySinceAndByUser()
    {
        await using var temp = await _provider.MigratedAsync();
        var log = new AuditLog(temp.Database, _clock);
        await log.AppendAsync(AuditEntry.Success(1, "alice", AuditActions.Export, "old"));
        _clock.Now = Start.AddDays(2);
        await log.AppendAsync(AuditEntry.Success(1, "alice", AuditActions.Export, "new"));
        await log.AppendAsync(AuditEntry.Success(1, "bob", AuditActions.Export, "bob's"));

        (await log.ListAsync(new AuditQuery(1, Start.AddDays(1)))).Select(l => l.Subject).Should().Equal("bob's", "new");
        (await log.ListAsync(new AuditQuery(1, User: "alice"))).Select(l => l.Subject).Should().Equal("new", "old");
        (await log.ListAsync(new AuditQuery(1, Start.AddDays(1), "alice"))).Select(l => l.Subject).Should().Equal("new");
        (await log.ListAsync(new AuditQuery(1, Start.AddDays(3)))).Should().BeEmpty();
    }

    [Test]
    public async Task ListPage_CutsTheNewestFirstListIntoPages()
    {
        await using var temp = await _provider.MigratedAsync();
        var log = new AuditLog(temp.Database, _clock);
        for (var i = 1; i <= 5; i++)
        {
            await log.AppendAsync(AuditEntry.Success(1, "u", AuditActions.Export, $"n{i}"));
        }

        (await log.ListAsync(new AuditQuery(1), 0, 2)).Select(l => l.Subject).Should().Equal("n5", "n4");
        (await log.ListAsync(new AuditQuery(1), 4, 2)).Select(l => l.Subject).Should().Equal("n1");
    }

    [Test]
    public async Task Append_CutsTextsLongerThanTheirColumn()
    {
        await using var temp = await _provider.MigratedAsync();
        var log = new AuditLog(temp.Database, _clock);

        await log.AppendAsync(AuditEntry.Failure(null, new string('n', 300), AuditActions.SignInFailure, new string('s', 900), new string('d', 5000)));

        var line = (await log.ListAsync(new AuditQuery(1))).Single();
        line.UserName.Should().HaveLength(128);
        line.Subject.Should().HaveLength(400);
        line.Detail.Should().HaveLength(1000);
    }

    [Test]
    public async Task HasUser_IsTrueOnlyForANameSomeLineCarries()
    {
        await using var temp = await _provider.MigratedAsync();
        var log = new AuditLog(temp.Database, _clock);
        await log.AppendAsync(AuditEntry.Success(null, "marie", AuditActions.UserSetPassword, "marie"));

        (await log.HasUserAsync("marie")).Should().BeTrue();
        (await log.HasUserAsync("mallory")).Should().BeFalse();
    }
}

public sealed class SqliteAuditLogTests : AuditLogTests<SqliteTestProvider>;

public sealed class SqlServerAuditLogTests : AuditLogTests<SqlServerTestProvider>;
