using System.Text.Json.Nodes;
using PlanTracker.Core.Plans;
using PlanTracker.Core.Plans.Files;

namespace PlanTracker.Core.Tests.Plans;

public class PlanFileTests
{
    [Test]
    public void Read_DefaultPlanFile_IsValid()
    {
        var result = PlanFile.Read(PlanJson.DefaultFile);

        result.Errors.Should().BeEmpty();
        result.Plan!.Territory.Communes.Select(c => c.InseeCode).Should().OnlyHaveUniqueItems().And.HaveCount(8);
    }

    [Test]
    public void Read_CommuneNamedTwice_IsADuplicate()
    {
        var result = Read(plan => Communes(plan).Add(Commune("SEVRAN", "93071")));

        // Its INSEE code is taken too: both are said.
        Wheres(result).Should().Equal("communes[8].insee", "communes[8].name");
        result.Errors.Single(e => e.Where == "communes[8].name").MessageFr.Should().Contain("« SEVRAN » désigne déjà la commune « Sevran » (communes[5])");
    }

    [Test]
    public void Read_AliasNamingAnotherCommune_IsADuplicate()
    {
        var result = Read(plan => Communes(plan)[1]!["aliases"] = new JsonArray("le sevran"));

        Wheres(result).Should().Equal("communes[1].aliases[0]");
        result.Errors[0].MessageEn.Should().Contain("already names the commune “Sevran”");
    }

    [TestCase("9300")]
    [TestCase("930050")]
    [TestCase("9300A")]
    [TestCase("2C004")]
    [TestCase("")]
    public void Read_BadInseeCode_IsRefused(string insee)
    {
        var result = Read(plan => Communes(plan)[0]!["insee"] = insee);

        Wheres(result).Should().Equal("communes[0].insee");
    }

    [TestCase("2A004")]
    [TestCase("2B033")]
    public void Read_CorsicanInseeCode_IsAccepted(string insee)
    {
        Read(plan => Communes(plan)[0]!["insee"] = insee).Errors.Should().BeEmpty();
    }

    [Test]
    public void Read_SameInseeCodeTwice_IsRefused()
    {
        var result = Read(plan => Communes(plan)[1]!["insee"] = "93005");

        Wheres(result).Should().Equal("communes[1].insee");
    }

    [TestCase("936")]
    [TestCase("93 600")]
    [TestCase("F-93600")]
    public void Read_BadPostalCode_IsRefused(string postalCode)
    {
        var result = Read(plan => Communes(plan)[0]!["postalCodes"] = new JsonArray("93600", postalCode));

        Wheres(result).Should().Equal("communes[0].postalCodes[1]");
    }

    [Test]
    public void Read_DeadlineBeforeStart_IsRefused()
    {
        var result = Read(plan => plan["deadline"] = "2023-12-31");

        Wheres(result).Should().Equal("deadline");
        result.Errors[0].MessageFr.Should().Be("l'échéance 2023-12-31 n'est pas après le début 2024-01-01.");
    }

    [TestCase("fr")]
    [TestCase("en")]
    public void Read_AxisWithoutALabel_IsRefused(string label)
    {
        var result = Read(plan => Axes(plan)[1]!.AsObject().Remove(label));

        Wheres(result).Should().Equal($"axes[1].{label}");
    }

    [Test]
    public void Read_AxisNumberedTwice_IsRefused()
    {
        var result = Read(plan => Axes(plan)[2]!["number"] = 1);

        Wheres(result).Should().Equal("axes[2].number");
        result.Errors[0].MessageFr.Should().Contain("l'axe 1 est déjà défini (axes[0])");
    }

    [TestCase(0)]
    [TestCase(10)]
    public void Read_AxisNumberOutside1To9_IsRefused(int number)
    {
        Wheres(Read(plan => Axes(plan)[2]!["number"] = number)).Should().Equal("axes[2].number");
    }

    [Test]
    public void Read_NoCommune_IsRefused()
    {
        Wheres(Read(plan => plan["communes"] = new JsonArray())).Should().Equal("communes");
        Wheres(Read(plan => plan.Remove("communes"))).Should().Equal("communes");
    }

    [Test]
    public void Read_NoAxis_IsRefused()
    {
        Wheres(Read(plan => plan["axes"] = new JsonArray())).Should().Equal("axes");
    }

    [Test]
    public void Read_MissingTargets_AreRefused()
    {
        Wheres(Read(plan => plan.Remove("targets"))).Should().Equal("targets");
        Wheres(Read(plan => plan["targets"]!.AsObject().Remove("cooperatives"))).Should().Equal("targets.cooperatives");
    }

    [Test]
    public void Read_SubTargetForAnUnknownAxisOrCommune_IsRefused()
    {
        var result = Read(plan =>
        {
            plan["axisTargets"] = JsonNode.Parse("""{ "jobs": { "1": 500, "4": 100 } }""");
            plan["communeTargets"] = JsonNode.Parse("""{ "cooperatives": { "SEVRAN": 5, "Bondy": 3 } }""");
        });

        Wheres(result).Should().Equal("axisTargets.jobs.4", "communeTargets.cooperatives.Bondy");
        result.Errors[1].MessageFr.Should().Contain("Aulnay-sous-Bois, Drancy, Dugny");
    }

    [TestCase("Paris-Terres")]
    [TestCase("paris_terres")]
    [TestCase("paris--terres")]
    [TestCase("-paris")]
    [TestCase("paris-")]
    [TestCase("pàris")]
    [TestCase("a123456789-123456789-123456789-1234567890")] // 41 characters
    [TestCase("")]
    public void Read_BadCode_IsRefused(string code)
    {
        Wheres(Read(plan => plan["code"] = code)).Should().Equal("code");
    }

    [Test]
    public void Read_CodeOf40Characters_IsAccepted()
    {
        Read(plan => plan["code"] = "a123456789-123456789-123456789-123456789").Errors.Should().BeEmpty();
    }

    [Test]
    public void Read_NoGracePeriod_Takes45Days()
    {
        Read(plan => plan.Remove("gracePeriodDays")).Plan!.GracePeriodDays.Should().Be(45);
        Read(plan => plan["gracePeriodDays"] = 60).Plan!.GracePeriodDays.Should().Be(60);
        Wheres(Read(plan => plan["gracePeriodDays"] = -1)).Should().Equal("gracePeriodDays");
    }

    [Test]
    public void Read_SeveralMistakes_ListsEveryOne()
    {
        var result = Read(plan =>
        {
            plan["code"] = "Plan ESS";
            plan.Remove("territory");
            Communes(plan)[3]!["insee"] = "93-007";
            Communes(plan)[4]!["postalCodes"] = new JsonArray("9335");
            Communes(plan).Add(Commune("Drancy", "93999"));
            Axes(plan)[0]!["fr"] = " ";
            Axes(plan)[2]!["number"] = 2;
            plan["deadline"] = "2024-01-01";
            plan["targets"]!.AsObject().Remove("jobs");
            plan["axisTargets"] = JsonNode.Parse("""{ "jobs": { "3": 100 } }""");
        });

        result.Plan.Should().BeNull();
        Wheres(result).Should().BeEquivalentTo(
            "code", "territory", "communes[3].insee", "communes[4].postalCodes[0]", "communes[8].name", "axes[0].fr",
            "axes[2].number", "deadline", "targets.jobs", "axisTargets.jobs.3");
        var refused = new PlanFileException(result.Errors);
        refused.Message.Should().StartWith("Fichier de plan refusé :").And.Contain("- communes[3].insee : « 93-007 » n'est pas un code INSEE");
        refused.Describe("en").Should().StartWith("Plan file refused:").And.Contain("- communes[3].insee: “93-007” is not an INSEE code");
    }

    [Test]
    public void Read_UnreadableJson_SaysWhere()
    {
        var result = PlanFile.Read("""{ "code": "x", "targets": { "jobs": "many" } }""");

        Wheres(result).Should().Equal("targets.jobs");
        result.Errors[0].MessageFr.Should().Contain("mauvais type");
    }

    [Test]
    public void Read_BrokenJson_SaysTheLine()
    {
        var result = PlanFile.Read("{\n  \"code\": \"x\",\n  \"name\" \"y\"\n}");

        result.Errors.Should().ContainSingle().Which.MessageFr.Should().Be("JSON illisible (ligne 3).");
    }

    [Test]
    public void Read_FieldNames_IgnoreCase()
    {
        var json = PlanJson.DefaultFile.Replace("\"communes\"", "\"Communes\"", StringComparison.Ordinal)
            .Replace("\"postalCodes\"", "\"PostalCodes\"", StringComparison.Ordinal);

        var result = PlanFile.Read(json);

        result.Errors.Should().BeEmpty();
        result.Plan!.Territory.Communes.Should().HaveCount(8).And.OnlyContain(c => c.PostalCodes.Count == 1);
    }

    [Test]
    public void FromJson_Mistakes_ThrowsWithEveryOne()
    {
        var json = PlanJson.Edited(plan =>
        {
            plan["code"] = "Bad Code";
            plan["axes"] = new JsonArray();
        });

        var act = () => Plan.FromJson(json);

        act.Should().Throw<PlanFileException>().Which.Errors.Select(e => e.Where).Should().Equal("code", "axes");
    }

    private static PlanFileResult Read(Action<JsonObject> edit) => PlanFile.Read(PlanJson.Edited(edit));

    private static List<string> Wheres(PlanFileResult result) => result.Errors.Select(e => e.Where).ToList();

    private static JsonArray Communes(JsonObject plan) => plan["communes"]!.AsArray();

    private static JsonArray Axes(JsonObject plan) => plan["axes"]!.AsArray();

    private static JsonObject Commune(string name, string insee) =>
        new() { ["name"] = name, ["insee"] = insee, ["postalCodes"] = new JsonArray("93000") };
}
