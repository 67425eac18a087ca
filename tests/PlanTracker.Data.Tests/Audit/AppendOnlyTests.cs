using System.Text.RegularExpressions;

namespace PlanTracker.Data.Tests.Audit;

/// <summary>
/// The audit log is append-only: no statement anywhere in the application's sources (C# and SQL, migrations aside,
/// which only create the table) updates, deletes, truncates, merges into or drops <c>audit_log</c>, and the store itself
/// sends nothing but INSERT and SELECT.
/// </summary>
public partial class AppendOnlyTests
{
    private static readonly string Source = Path.Combine(RepositoryPaths.Root, "src");

    [Test]
    public void NoSourceFile_ChangesOrRemovesAnAuditRow()
    {
        var offenders = Files()
            .Where(f => !IsMigration(f))
            .SelectMany(f => Changes().Matches(File.ReadAllText(f)).Select(m => $"{Path.GetRelativePath(RepositoryPaths.Root, f)}: {m.Value}"))
            .ToList();

        Files().Should().Contain(f => f.EndsWith("AuditLog.cs", StringComparison.Ordinal), "the scan must reach the store");
        offenders.Should().BeEmpty("the audit log is append-only");
    }

    [Test]
    public void TheMigrations_OnlyCreateTheTable()
    {
        var scripts = Files().Where(IsMigration).Where(f => File.ReadAllText(f).Contains("audit_log", StringComparison.Ordinal)).ToList();

        scripts.Select(Path.GetFileName).Should().BeEquivalentTo(["0007_audit_log.sql", "0007_audit_log.sql"]);
        scripts.SelectMany(f => Changes().Matches(File.ReadAllText(f))).Should().BeEmpty();
    }

    [Test]
    public void TheStore_SendsOnlyInsertAndSelect()
    {
        var store = File.ReadAllText(Path.Combine(Source, "PlanTracker.Data", "Audit", "AuditLog.cs"));
        var verbs = Verbs().Matches(store).Select(m => m.Groups["verb"].Value.ToUpperInvariant()).Distinct().ToList();

        verbs.Should().Contain("INSERT").And.Contain("SELECT");
        verbs.Should().BeSubsetOf(["INSERT", "SELECT"]);
    }

    [TestCase("UPDATE audit_log SET detail = ''")]
    [TestCase("DELETE FROM dbo.audit_log WHERE id = @id")]
    [TestCase("delete audit_log")]
    [TestCase("TRUNCATE TABLE [audit_log]")]
    [TestCase("MERGE INTO audit_log AS t")]
    [TestCase("DROP TABLE IF EXISTS audit_log")]
    [TestCase("UPDATE a SET detail = '' FROM audit_log a")]
    public void ThePattern_CatchesEachWayOfChangingARow(string sql) =>
        Changes().IsMatch(sql).Should().BeTrue();

    [TestCase("INSERT INTO audit_log (plan_id) VALUES (@planId)")]
    [TestCase("SELECT id FROM audit_log WHERE plan_id = @planId")]
    public void ThePattern_LeavesReadsAndAppendsAlone(string sql) =>
        Changes().IsMatch(sql).Should().BeFalse();

    private static IEnumerable<string> Files() =>
        Directory.EnumerateFiles(Source, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".sql", StringComparison.Ordinal))
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Intersect(["bin", "obj"]).Any());

    private static bool IsMigration(string file) => file.Split(Path.DirectorySeparatorChar).Contains("Migrations");

    // A statement that changes rows of audit_log: the verb, then (within the same statement) the table.
    [GeneratedRegex(@"\b(UPDATE|DELETE|TRUNCATE|MERGE|DROP)\b[^;""]{0,200}?\b(dbo\.)?\[?audit_log\b", RegexOptions.IgnoreCase)]
    private static partial Regex Changes();

    [GeneratedRegex(@"\b(?<verb>INSERT|SELECT|UPDATE|DELETE|TRUNCATE|MERGE|DROP)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Verbs();
}
