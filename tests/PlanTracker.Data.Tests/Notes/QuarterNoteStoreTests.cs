using Dapper;
using PlanTracker.Core.Notes;
using PlanTracker.Core.Periods;
using PlanTracker.Data.Notes;
using PlanTracker.Data.Plans;
using PlanTracker.Data.Tests.Plans;
using PlanTracker.Data.Tests.Providers;

namespace PlanTracker.Data.Tests.Notes;

/// <summary>Quarter notes on every provider: insert only, every version kept, the newest per scope in force, per plan.</summary>
public abstract class QuarterNoteStoreTests<TProvider>
    where TProvider : TestProvider, new()
{
    private static readonly DateTimeOffset Start = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);
    private static readonly Quarter Q3 = new(2026, 3);
    private readonly TProvider _provider = new();
    private readonly TestClock _clock = new(Start);

    [Test]
    public async Task NewVersions_KeepTheOldOnes_TheNewestOfEachScopeIsInForce()
    {
        await using var temp = await _provider.MigratedAsync();
        var store = new QuarterNoteStore(temp.Database, 1, _clock);

        var first = await store.AddAsync(Q3, null, Assessment.AtRisk, "Premier jet", "alice");
        _clock.Now = Start.AddMinutes(5);
        var second = await store.AddAsync(Q3, null, Assessment.OnTrack, "Ligne 1\r\nLigne 2", "bob");
        var axis = await store.AddAsync(Q3, 2, Assessment.Compromised, "Axe en retard", "alice");
        await store.AddAsync(new Quarter(2026, 2), null, Assessment.Secured, "Trimestre précédent", "alice");

        var versions = await store.ListAsync(Q3);
        versions.Select(v => v.Id).Should().Equal(axis.Id, second.Id, first.Id);
        versions.Should().Contain(new QuarterNote(first.Id, Q3, null, Assessment.AtRisk, "Premier jet", "alice", Start));
        versions.Single(v => v.Id == second.Id).Should().Be(
            new QuarterNote(second.Id, Q3, null, Assessment.OnTrack, "Ligne 1\nLigne 2", "bob", Start.AddMinutes(5)), "line breaks are kept as \\n");
        (await store.ListAsync()).Should().HaveCount(4);

        var latest = await store.LatestAsync(Q3);
        latest.Territory!.Id.Should().Be(second.Id);
        latest.ForAxis(2)!.Assessment.Should().Be(Assessment.Compromised);
        latest.ForAxis(1).Should().BeNull();
        (await store.LatestAsync(new Quarter(2026, 1))).IsEmpty.Should().BeTrue();
    }

    [Test]
    public async Task Notes_BelongToTheirPlan()
    {
        await using var temp = await _provider.MigratedAsync();
        var secondPlan = (await new PlanStore(temp.Database).AddAsync(PlanDocuments.Second())).Plan!.Id;
        await new QuarterNoteStore(temp.Database, 1, _clock).AddAsync(Q3, null, Assessment.Secured, "Plan 1", "alice");

        var other = new QuarterNoteStore(temp.Database, secondPlan, _clock);
        (await other.ListAsync()).Should().BeEmpty();
        (await other.LatestAsync(Q3)).IsEmpty.Should().BeTrue();
        await other.AddAsync(Q3, 1, Assessment.AtRisk, "Plan 2", "bob");
        (await new QuarterNoteStore(temp.Database, 1, _clock).ListAsync()).Select(n => n.Text).Should().Equal("Plan 1");
    }

    [Test]
    public async Task TextOfTheMaximumLength_IsStoredWhole_OneMoreOrNone_IsRefusedAndNothingStored()
    {
        await using var temp = await _provider.MigratedAsync();
        var store = new QuarterNoteStore(temp.Database, 1, _clock);
        var longest = string.Concat(Enumerable.Repeat("é\n", NoteText.MaxLength / 2 - 1)) + "ok";

        (await store.AddAsync(Q3, null, Assessment.OnTrack, longest, "alice")).Text.Should().HaveLength(NoteText.MaxLength);
        (await store.ListAsync(Q3)).Single().Text.Should().Be(longest);

        var tooLong = () => store.AddAsync(Q3, null, Assessment.OnTrack, longest + "x", "alice");
        await tooLong.Should().ThrowAsync<ArgumentException>().WithMessage("*2,001*");
        var empty = () => store.AddAsync(Q3, null, Assessment.OnTrack, " \r\n ", "alice");
        await empty.Should().ThrowAsync<ArgumentException>();
        (await store.ListAsync()).Should().HaveCount(1);
    }

    [Test]
    public async Task TheTable_RefusesAnAssessmentOutsideTheFour()
    {
        await using var temp = await _provider.MigratedAsync();
        await using var connection = await temp.Database.OpenAsync();

        var insert = () => connection.ExecuteAsync(
            "INSERT INTO quarter_note (plan_id, quarter, axis, assessment, body, author, created_at_utc) VALUES (1, '2026-T3', NULL, 'great', 'x', 'a', '2026-11-26 09:00:00')");

        await insert.Should().ThrowAsync<Exception>();
    }
}

public sealed class SqliteQuarterNoteStoreTests : QuarterNoteStoreTests<SqliteTestProvider>;

public sealed class SqlServerQuarterNoteStoreTests : QuarterNoteStoreTests<SqlServerTestProvider>;
