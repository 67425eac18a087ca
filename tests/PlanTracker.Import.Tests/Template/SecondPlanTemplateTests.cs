using ClosedXML.Excel;
using PlanTracker.Import.Template;
using PlanTracker.Testing;

namespace PlanTracker.Import.Tests.Template;

/// <summary>The template follows the plan it is written for: the second, fictitious plan's lists and instructions.</summary>
public class SecondPlanTemplateTests
{
    [TestCase("fr", "1 - Développer les circuits courts")]
    [TestCase("en", "1 - Develop short supply chains")]
    public void Lists_and_instructions_are_the_plans_own(string lang, string firstAxis)
    {
        using var stream = new MemoryStream();
        WorkbookTemplate.Write(stream, Territories.Coteaux, lang);
        using var workbook = new XLWorkbook(new MemoryStream(stream.ToArray()));

        var lists = workbook.Worksheet(4);
        lists.Column(1).CellsUsed().Skip(1).Select(c => c.GetString()).Should().Equal(Territories.Coteaux.Territory.Communes.Select(c => c.Name));
        var axes = lists.Column(2).CellsUsed().Skip(1).Select(c => c.GetString()).ToList();
        axes.Should().HaveCount(2).And.StartWith(firstAxis);
        lists.Column(5).CellsUsed().Skip(1).First().GetString().Should().Be("2024-T3");

        var instructions = string.Join("\n", workbook.Worksheet(1).CellsUsed().Select(c => c.GetString()));
        instructions.Should().Contain("Belcoteau, Le Val-Fleuri").And.Contain(lang == "en" ? "1 or 2" : "1 ou 2");
        instructions.Should().NotContain("Sevran").And.NotContain("1, 2 ou 3").And.NotContain("1, 2 or 3");
    }
}
