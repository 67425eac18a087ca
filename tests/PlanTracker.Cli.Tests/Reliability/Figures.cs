using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace PlanTracker.Cli.Tests.Reliability;

/// <summary>What "the figures" are for these tests: the status JSON and the list of batches, as the CLI prints them.</summary>
internal static class Figures
{
    public static async Task<string> SnapshotAsync(CliRun cli)
    {
        var status = await cli.RunAsync("status", "--format", "json");
        var batches = await cli.RunAsync("batches", "--format", "json");
        status.Exit.Should().Be(0, status.Error);
        batches.Exit.Should().Be(0, batches.Error);
        return status.Out + "\n" + batches.Out;
    }

    /// <summary>Cumulative jobs and cooperatives at the default as-of quarter.</summary>
    public static async Task<(decimal Jobs, decimal Coops)> TotalsAsync(CliRun cli, string? asOf = null)
    {
        var (exit, output, error) = asOf is null
            ? await cli.RunAsync("status", "--format", "json")
            : await cli.RunAsync("status", "--format", "json", "--as-of", asOf);
        exit.Should().Be(0, error);
        using var json = JsonDocument.Parse(output);
        var indicators = json.RootElement.GetProperty("indicators");
        return (indicators[0].GetProperty("actual").GetDecimal(), indicators[1].GetProperty("actual").GetDecimal());
    }

    /// <summary>The indicators only (no lastImportUtc): comparable across databases filled at different times.</summary>
    public static string Indicators(string statusJson)
    {
        using var json = JsonDocument.Parse(statusJson);
        return json.RootElement.GetProperty("indicators").GetRawText();
    }

    public static SqliteConnection Open(string dbPath)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = dbPath, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    public static List<string> Strings(string dbPath, string sql)
    {
        using var connection = Open(dbPath);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    public static T Scalar<T>(string dbPath, string sql)
    {
        using var connection = Open(dbPath);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }
}
