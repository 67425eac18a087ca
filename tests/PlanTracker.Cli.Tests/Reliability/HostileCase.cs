namespace PlanTracker.Cli.Tests.Reliability;

/// <summary>
/// One hostile or broken upload: how to make it, and what <c>plantracker import</c> must answer — the exit code
/// (0 accepted, 1 rejected, 2 unreadable) and a fragment of the message. A rejected or unreadable file leaves the
/// figures exactly as they were; an accepted one adds exactly <see cref="JobsAdded"/> jobs.
/// </summary>
public sealed record HostileCase(string Name, int Exit, string Fragment)
{
    /// <summary>The file's name as the officer gave it (may hold hostile characters).</summary>
    public string FileName { get; init; } = "classeur.xlsx";

    public Func<byte[]>? Bytes { get; init; }

    /// <summary>For files too big to hold in memory twice: writes the file to the given path.</summary>
    public Action<string>? Write { get; init; }

    public string[] ExtraArgs { get; init; } = [];

    /// <summary>For an accepted file: jobs added to the cumulative total at the default as-of quarter.</summary>
    public decimal JobsAdded { get; init; }

    /// <summary>Upper bound of standard error's length: a hostile file must not flood the terminal.</summary>
    public int MaxErrorLength { get; init; } = 20_000;

    public string WriteTo(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (Write is not null)
        {
            Write(path);
        }
        else
        {
            File.WriteAllBytes(path, Bytes!());
        }

        return path;
    }

    public override string ToString() => Name;
}
