namespace PlanTracker.Cli.Tests.RepositoryChecks;

/// <summary>
/// docs/configuration.md lists every setting the code reads: each configuration key with its environment variable
/// form (<c>Section__Key</c>), each environment variable by name. A setting added to the code without its line in the
/// page fails here.
/// </summary>
public class ConfigurationDocTests
{
    private const string Page = "docs/configuration.md";

    private static readonly IReadOnlyList<(string Name, bool IsEnvironmentVariable, string Source)> Read = ConfigurationKeyScan.Scan(
        RepositoryFiles.All
            .Where(f => f.StartsWith("src/", StringComparison.Ordinal) && f.EndsWith(".cs", StringComparison.Ordinal))
            .Select(f => (f, RepositoryFiles.Read(f))));

    [Test]
    public void Every_setting_the_code_reads_is_in_the_configuration_page()
    {
        var page = RepositoryFiles.Read(Page);
        var missing = Read
            .Where(s => s.IsEnvironmentVariable
                ? !page.Contains(s.Name, StringComparison.Ordinal)
                : !page.Contains(s.Name, StringComparison.OrdinalIgnoreCase)
                  || !page.Contains(ConfigurationKeyScan.EnvironmentForm(s.Name), StringComparison.OrdinalIgnoreCase))
            .Select(s => s.IsEnvironmentVariable
                ? $"{s.Name} (environment variable, read in {s.Source})"
                : $"{s.Name} / {ConfigurationKeyScan.EnvironmentForm(s.Name)} (read in {s.Source})")
            .ToList();

        string.Join(Environment.NewLine, missing).Should().BeEmpty($"{Page} must list every setting the code reads, with its environment variable");
    }

    [Test]
    public void The_scan_finds_the_settings_known_to_be_read()
    {
        TestContext.Out.WriteLine(string.Join(Environment.NewLine, Read.Select(s => $"{s.Name} ({s.Source})")));
        Read.Where(s => !s.IsEnvironmentVariable).Select(s => s.Name).Should().Contain(
        [
            "Database:Provider", "ConnectionStrings:PlanTracker", "Authentication:RecheckSeconds", "Dashboard:VersionSeconds",
            "Dashboard:AllowAnonymous", "Imports:PendingMinutes",
        ]);
        Read.Where(s => s.IsEnvironmentVariable).Select(s => s.Name).Should().Contain("PLANTRACKER_DEBUG");
    }

    [Test]
    public void The_scan_finds_nothing_that_is_not_a_setting()
    {
        // A column index, a command-line option or a dictionary lookup must not pass for a setting.
        Read.Select(s => s.Name).Should().OnlyContain(name => name.Length > 0 && !name.Contains(' ') && !name.StartsWith('-'));
    }

    [Test]
    public void Each_way_of_reading_a_setting_is_seen()
    {
        const string code = """
            class Settings
            {
                const string Timeout = "Imports:TimeoutSeconds";
                public const string Folder = "Exports:Folder";
                void Read(IConfiguration configuration, CliConfiguration cli, DbDataReader reader, int ordinal)
                {
                    var a = configuration["Dashboard:Title"];
                    var b = cli["Reports:Logo"];
                    var c = configuration.GetValue<int>("Authentication:Lockout", 5);
                    var d = configuration.GetValue(Timeout, 30.0);
                    var e = configuration.GetSection("Smtp");
                    var f = configuration.GetRequiredSection(Names.Folder);
                    configuration.Bind("Charts", options);
                    services.AddOptions<X>().BindConfiguration("Mail");
                    var g = configuration.GetConnectionString("Archive");
                    var h = Environment.GetEnvironmentVariable("PLANTRACKER_TRACE");
                    var i = configuration[Timeout];
                    var j = reader.GetValue(ordinal);
                    var k = counts.GetValueOrDefault(key);
                }
            }
            """;

        ConfigurationKeyScan.Scan([("Settings.cs", code)]).Select(s => (s.Name, s.IsEnvironmentVariable)).Should().BeEquivalentTo(
        [
            ("Dashboard:Title", false), ("Reports:Logo", false), ("Authentication:Lockout", false), ("Imports:TimeoutSeconds", false),
            ("Smtp", false), ("Exports:Folder", false), ("Charts", false), ("Mail", false), ("ConnectionStrings:Archive", false),
            ("PLANTRACKER_TRACE", true),
        ]);
    }

    [Test]
    public void A_key_is_documented_with_its_environment_variable_form() =>
        ConfigurationKeyScan.EnvironmentForm("Logging:LogLevel:Default").Should().Be("Logging__LogLevel__Default");
}
