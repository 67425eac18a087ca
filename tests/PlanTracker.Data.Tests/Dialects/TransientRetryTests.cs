using PlanTracker.Data.Dialects;

namespace PlanTracker.Data.Tests.Dialects;

public class TransientRetryTests
{
    private readonly List<TimeSpan> _waits = [];

    [SetUp]
    public void SetUp() => _waits.Clear();

    [TestCase(1205)]
    [TestCase(40613)]
    [TestCase(40197)]
    [TestCase(40501)]
    [TestCase(49918)]
    public void TransientNumbers_AreRetried(int number) => TransientRetry.IsTransientNumber(number).Should().BeTrue();

    [TestCase(18456)]
    [TestCase(547)]
    [TestCase(2627)]
    public void PermanentNumbers_AreNot(int number) => TransientRetry.IsTransientNumber(number).Should().BeFalse();

    [Test]
    public async Task TransientFailure_TheWholeUnitRunsAgainAfterAGrowingWait()
    {
        var attempts = 0;

        var result = await Run(() => ++attempts < 3 ? throw new Flaky() : Task.FromResult("done"));

        result.Should().Be("done");
        attempts.Should().Be(3);
        _waits.Should().HaveCount(2);
        _waits[1].Should().BeGreaterThan(_waits[0]);
    }

    [Test]
    public async Task TransientFailure_GivesUpAfterTheLastDelay()
    {
        var attempts = 0;

        var act = () => Run<string>(() => { attempts++; throw new Flaky(); });

        await act.Should().ThrowAsync<Flaky>();
        attempts.Should().Be(TransientRetry.DefaultDelays.Count + 1);
    }

    [Test]
    public async Task PermanentFailure_IsNotRetried()
    {
        var attempts = 0;

        var act = () => Run<string>(() => { attempts++; throw new InvalidOperationException(); });

        await act.Should().ThrowAsync<InvalidOperationException>();
        attempts.Should().Be(1);
        _waits.Should().BeEmpty();
    }

    private Task<T> Run<T>(Func<Task<T>> attempt) =>
        TransientRetry.RunAsync(attempt, e => e is Flaky, TransientRetry.DefaultDelays, (d, _) => { _waits.Add(d); return Task.CompletedTask; }, CancellationToken.None);

    private sealed class Flaky : Exception;
}
