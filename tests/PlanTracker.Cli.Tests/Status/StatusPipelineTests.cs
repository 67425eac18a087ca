using System.Text.Json;
using System.Text.RegularExpressions;
using PlanTracker.Testing;

namespace PlanTracker.Cli.Tests.Status;

public class StatusPipelineTests
{
    [Test]
    public async Task Demo_PrintsThePipelineSentenceAfterTheStatusTable_AndStatusAgreesWithTheIndicators()
    {
        using var cli = new CliRun();
        var demo = await cli.RunAsync("demo", "--no-serve", "--samples", RepositoryPaths.SampleData);
        demo.Exit.Should().Be(0, demo.Error);
        var database = Path.Combine(cli.Folder, "out", "demo.db");

        var json = await cli.RunAsync("status", "--db", database, "--format", "json");
        var table = await cli.RunAsync("status", "--db", database);

        json.Exit.Should().Be(0, json.Error);
        using var document = JsonDocument.Parse(json.Out);
        var root = document.RootElement;
        var indicators = root.GetProperty("indicators").EnumerateArray().ToList();
        var pipeline = root.GetProperty("pipeline");
        pipeline.GetProperty("jobs").GetProperty("created").GetDecimal().Should().Be(indicators[0].GetProperty("actual").GetDecimal());
        pipeline.GetProperty("cooperatives").GetProperty("registered").GetDecimal().Should().Be(indicators[1].GetProperty("actual").GetDecimal());
        var forecast = pipeline.GetProperty("cooperatives").GetProperty("pipelineForecast");
        forecast.GetProperty("registered").GetInt32().Should().Be(12);
        forecast.GetProperty("low").GetInt32().Should().BeGreaterThanOrEqualTo(12);

        table.Out.Should().Contain("Emplois : 540 créés").And.Contain("Coopératives : 12 immatriculées");
        var sentence = new Regex(@"^(Avec |Aucun projet en accompagnement).*fin 2030\.$", RegexOptions.Multiline);
        sentence.IsMatch(table.Out).Should().BeTrue(table.Out);
        var afterTable = demo.Out[demo.Out.LastIndexOf("Villepinte", StringComparison.Ordinal)..];
        sentence.Match(afterTable).Success.Should().BeTrue("the demo repeats the sentence after the status table");
        afterTable.IndexOf("fin 2030", StringComparison.Ordinal).Should().BeLessThan(afterTable.IndexOf("Rapport :", StringComparison.Ordinal));
    }
}
