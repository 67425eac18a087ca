using System.Diagnostics;

// Not "...Tests.Repository": the project's Repository class already owns that name in the parent namespace.
namespace PlanTracker.Cli.Tests.RepositoryChecks;

/// <summary>
/// The repository's own files, as a clone has them: what git tracks plus new files not ignored (so that a file not yet
/// added is checked too), or, without git, every file outside build output.
/// </summary>
public static class RepositoryFiles
{
    private static readonly string[] SkippedFolders = ["bin", "obj", "TestResults", ".git", "node_modules"];

    private static readonly HashSet<string> BinaryExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".xlsx", ".xls", ".ods", ".png", ".jpg", ".jpeg", ".gif", ".ico", ".pdf", ".zip", ".db", ".dll", ".exe", ".ttf", ".woff", ".woff2",
    };

    public static string Root { get; } = FindRoot();

    /// <summary>Repository-relative paths with '/' separators, sorted.</summary>
    public static IReadOnlyList<string> All { get; } = List();

    /// <summary>The files that hold text (no NUL byte, not a known binary format).</summary>
    public static IEnumerable<string> Text => All.Where(IsText);

    public static string FullPath(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public static string Read(string relative) => File.ReadAllText(FullPath(relative));

    private static bool IsText(string relative)
    {
        if (BinaryExtensions.Contains(Path.GetExtension(relative)))
        {
            return false;
        }

        using var stream = File.OpenRead(FullPath(relative));
        var buffer = new byte[8000];
        var read = stream.Read(buffer, 0, buffer.Length);
        return Array.IndexOf(buffer, (byte)0, 0, read) < 0;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PlanTracker.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("PlanTracker.sln not found above " + AppContext.BaseDirectory);
    }

    private static List<string> List()
    {
        var files = FromGit() ?? FromDisk();
        return files.Where(f => File.Exists(FullPath(f))).Distinct().Order(StringComparer.Ordinal).ToList();
    }

    private static List<string>? FromGit()
    {
        try
        {
            var start = new ProcessStartInfo("git", "ls-files -z --cached --others --exclude-standard")
            {
                WorkingDirectory = Root,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var git = Process.Start(start);
            if (git is null)
            {
                return null;
            }

            var output = git.StandardOutput.ReadToEnd();
            git.StandardError.ReadToEnd();
            git.WaitForExit();
            return git.ExitCode == 0 ? output.Split('\0', StringSplitOptions.RemoveEmptyEntries).ToList() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No git on this machine (a source archive): walk the tree instead.
            return null;
        }
    }

    private static List<string> FromDisk() =>
        Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(f => !f.Split('/').SkipLast(1).Any(part => SkippedFolders.Contains(part, StringComparer.OrdinalIgnoreCase)))
            .ToList();
}
