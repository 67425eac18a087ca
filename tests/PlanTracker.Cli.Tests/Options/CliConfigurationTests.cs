using Microsoft.Extensions.Configuration;
using PlanTracker.Cli.Options;

namespace PlanTracker.Cli.Tests.Options;

/// <summary>
/// The CLI reads its settings without Microsoft.Extensions.Configuration (start-up cost), so it must give the
/// library's answers: same files, same environment, same values for every key.
/// </summary>
public class CliConfigurationTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("pt-config-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void Json_files_flatten_and_override_as_the_library_does()
    {
        var first = Write("first.json", """
            {
              // comments and trailing commas are accepted
              "Database": { "Provider": "SqlServer", "Timeout": 30, "Enabled": true, "Nothing": null, },
              "ConnectionStrings": { "PlanTracker": "Server=a;Database=b" },
              "List": [ "x", { "Name": "y" } ],
              "Flat:Key": "colon in a name",
            }
            """);
        var second = Write("second.json", """{ "database": { "provider": "Sqlite" }, "CONNECTIONSTRINGS": { "planTracker": "Data Source=z.db" } }""");
        var files = new[] { first, second, Path.Combine(_folder, "missing.json") };

        var ours = CliConfiguration.Load(files, new Dictionary<string, string?>());
        var library = Library(files, withEnvironment: false);

        var keys = library.AsEnumerable().Select(p => p.Key).ToList();
        keys.Should().HaveCountGreaterThan(10, "the case covers nested objects, arrays, numbers, booleans and null");
        foreach (var key in keys.Append("DATABASE:PROVIDER").Append("connectionstrings:plantracker"))
        {
            ours[key].Should().Be(library[key], $"key {key}");
        }

        ours["Database:Provider"].Should().Be("Sqlite", "the later file wins, whatever the case of its keys");
    }

    [Test]
    public void Environment_variables_override_files_as_the_library_does()
    {
        var name = $"PtConfigTest{Guid.NewGuid():N}";
        var file = Write("appsettings.json", $$"""{ "{{name}}": { "Provider": "FromFile", "Kept": "file" } }""");
        Environment.SetEnvironmentVariable($"{name}__Provider", "FromEnvironment");
        Environment.SetEnvironmentVariable($"CUSTOMCONNSTR_{name}", "Data Source=custom.db");
        try
        {
            var ours = CliConfiguration.Load([file]);
            var library = Library([file], withEnvironment: true);

            foreach (var key in new[] { $"{name}:Provider", $"{name}:Kept", $"ConnectionStrings:{name}" })
            {
                ours[key].Should().Be(library[key], $"key {key}");
            }

            ours[$"{name}:Provider"].Should().Be("FromEnvironment");
            ours[$"ConnectionStrings:{name}"].Should().Be("Data Source=custom.db");
        }
        finally
        {
            Environment.SetEnvironmentVariable($"{name}__Provider", null);
            Environment.SetEnvironmentVariable($"CUSTOMCONNSTR_{name}", null);
        }
    }

    [Test]
    public void A_file_saved_with_a_byte_order_mark_reads_as_the_library_reads_it()
    {
        var file = Path.Combine(_folder, "bom.json");
        File.WriteAllText(file, """{ "Database": { "Provider": "SqlServer" } }""", new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        File.ReadAllBytes(file)[..3].Should().Equal(0xEF, 0xBB, 0xBF);

        CliConfiguration.Load([file], new Dictionary<string, string?>())["Database:Provider"]
            .Should().Be(Library([file], withEnvironment: false)["Database:Provider"]).And.Be("SqlServer");
    }

    [Test]
    public void A_key_given_twice_is_refused_as_the_library_refuses_it()
    {
        var file = Write("twice.json", """{ "Database": { "Provider": "Sqlite", "provider": "SqlServer" } }""");

        var ours = () => CliConfiguration.Load([file], new Dictionary<string, string?>());
        var library = () => Library([file], withEnvironment: false);

        library.Should().Throw<InvalidDataException>().WithInnerException<FormatException>();
        ours.Should().Throw<UserException>().WithMessage("*deux fois*Database:provider*");
    }

    [Test]
    public async Task A_broken_appsettings_file_is_a_clear_usage_error()
    {
        using var cli = new CliRun();
        await File.WriteAllTextAsync(Path.Combine(cli.Folder, "appsettings.json"), """{ "Database": { "Provider": "Sqlite" """);

        var (exit, _, error) = await cli.RunAsync("status");

        exit.Should().Be(ExitCodes.Usage);
        error.Should().Contain("appsettings.json").And.Contain("JSON valide").And.NotContain("   at ");
    }

    private string Write(string name, string json)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, json);
        return path;
    }

    private static IConfigurationRoot Library(IEnumerable<string> files, bool withEnvironment)
    {
        var builder = new ConfigurationBuilder();
        foreach (var file in files)
        {
            builder.AddJsonFile(file, optional: true);
        }

        if (withEnvironment)
        {
            builder.AddEnvironmentVariables();
        }

        return builder.Build();
    }
}
