namespace PlanTracker.Import.Tests.Workbooks;

/// <summary>
/// One hostile or broken file and what the parser must answer: rejected with a message holding
/// <see cref="Rejection"/> (French), or, when that is null, accepted with exactly <see cref="JobsAdded"/> jobs.
/// Either way no exception, and never a flood of messages.
/// </summary>
public sealed record HostileFile(string Name, string? Rejection)
{
    /// <summary>The file's name as the officer gave it.</summary>
    public string FileName { get; init; } = "classeur.xlsx";

    public required Func<byte[]> Bytes { get; init; }

    /// <summary>For an accepted file: the jobs its lines add up to.</summary>
    public int JobsAdded { get; init; }

    /// <summary>Upper bound of the messages' length: a hostile file must not flood the officer's screen.</summary>
    public int MaxErrorLength { get; init; } = 20_000;

    public override string ToString() => Name;

    public void ParsesAsExpected()
    {
        var bytes = Bytes();
        ParsedWorkbook? parsed = null;
        var parse = () => parsed = TestParser.Parse(bytes, fileName: FileName);
        parse.Should().NotThrow("a user's file never makes the parser throw");
        var messages = string.Join(Environment.NewLine, parsed!.Errors.Select(e => e.Describe("fr")));
        TestContext.Out.WriteLine(messages.Length <= 2_000 ? messages : messages[..2_000] + "…");
        if (Rejection is null)
        {
            parsed.Errors.Should().BeEmpty(messages);
            parsed.Jobs.Sum(j => j.Jobs).Should().Be(JobsAdded);
            parsed.Cooperatives.Should().BeEmpty();
        }
        else
        {
            parsed.Errors.Should().NotBeEmpty();
            parsed.Jobs.Should().BeEmpty("a rejected file yields nothing to store");
            messages.Should().Contain(Rejection);
            messages.Should().NotContain("   at ");
            messages.Length.Should().BeLessThan(MaxErrorLength, "a hostile file must not flood the screen");
        }
    }
}
