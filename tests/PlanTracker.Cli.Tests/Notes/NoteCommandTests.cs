using System.Text.Json;
using PlanTracker.Cli.Tests.Plans;

namespace PlanTracker.Cli.Tests.Notes;

/// <summary><c>note set</c> and <c>note list</c>, and the notes in <c>status</c>: every version kept, bad input refused.</summary>
public class NoteCommandTests
{
    [Test]
    public async Task Set_FromAFileAndFromStdin_ListShowsEveryVersion_StatusShowsTheOnesInForce()
    {
        using var cli = new CliRun();
        var file = Path.Combine(cli.Folder, "note.txt");
        await File.WriteAllTextAsync(file, "Premier jet");
        (await cli.RunAsync("note", "set", "--quarter", "2026-T3", "--assessment", "on-track", "--text-file", file, "--user", "alice")).Exit.Should().Be(0);
        await File.WriteAllTextAsync(file, "Tout va bien.\r\nVraiment.\r\n");

        var (exit, output, error) = await cli.RunAsync("note", "set", "--quarter", "T3 2026", "--assessment", "secured", "--text-file", file, "--user", "alice");
        exit.Should().Be(0, error);
        output.Should().Contain("enregistrée pour 2026-T3").And.Contain("sécurisé");
        var axis = await cli.RunWithInputAsync("L'axe 2 décroche.", "note", "set", "--quarter", "2026-T3", "--axis", "2", "--assessment", "À risque", "--text-file", "-", "--user", "bob");
        axis.Exit.Should().Be(0, axis.Error);

        var list = await cli.RunAsync("note", "list", "--format", "json");
        using (var json = JsonDocument.Parse(list.Out))
        {
            var notes = json.RootElement.EnumerateArray().ToList();
            notes.Select(n => n.GetProperty("assessment").GetString()).Should().Equal("at-risk", "secured", "on-track");
            notes.Select(n => n.GetProperty("latest").GetBoolean()).Should().Equal(true, true, false);
            notes[1].GetProperty("text").GetString().Should().Be("Tout va bien.\nVraiment.");
            notes[1].GetProperty("quarter").GetString().Should().Be("2026-T3");
            notes[1].GetProperty("axis").ValueKind.Should().Be(JsonValueKind.Null);
            notes[0].GetProperty("axis").GetInt32().Should().Be(2);
            notes[0].GetProperty("author").GetString().Should().Be("bob");
            notes[0].GetProperty("updatedAt").GetString().Should().Be("2026-11-26T09:00:00Z");
        }

        var table = await cli.RunAsync("note", "list", "--quarter", "2026-T3");
        table.Out.Should().Contain("2026-T3 · axe 2 · à risque · bob").And.Contain("    Vraiment.").And.Contain("version antérieure");

        var status = await cli.RunAsync("status", "--format", "json");
        using (var json = JsonDocument.Parse(status.Out))
        {
            var note = json.RootElement.GetProperty("note");
            note.GetProperty("assessment").GetString().Should().Be("secured");
            note.GetProperty("text").GetString().Should().Be("Tout va bien.\nVraiment.");
            note.GetProperty("author").GetString().Should().Be("alice");
            note.GetProperty("updatedAt").GetString().Should().Be("2026-11-26T09:00:00Z");
            var axes = json.RootElement.GetProperty("indicators")[0].GetProperty("byAxis").EnumerateArray().ToList();
            axes[0].GetProperty("note").ValueKind.Should().Be(JsonValueKind.Null);
            axes[1].GetProperty("note").GetProperty("assessment").GetString().Should().Be("at-risk");
        }

        // Nothing imported: both indicators are "En retard", three levels from "sécurisé".
        var text = await cli.RunAsync("status");
        text.Out.Should().Contain("Auto-évaluation, T3 2026 : sécurisé (alice")
            .And.Contain("Tension : l'auto-évaluation « sécurisé » s'écarte de 3 niveaux du statut calculé des emplois créés (« En retard »).");
        (await cli.RunAsync("status", "--as-of", "2026-T2", "--format", "json")).Out.Should().Contain("\"note\": null");
    }

    [TestCase("--assessment", "great", "« great » n'est pas une auto-évaluation (attendu : secured, on-track, at-risk, compromised (ou en français : sécurisé, en bonne voie, à risque, compromis))")]
    [TestCase("--quarter", "2031-T1", "Le trimestre 2031-T1 est hors du plan (2024-T1 à 2030-T4).")]
    [TestCase("--quarter", "bientôt", "--quarter : « bientôt » n'est pas un trimestre")]
    [TestCase("--axis", "7", "Le plan n'a pas d'axe 7 (ses axes : 1, 2, 3).")]
    [TestCase("--text", "", "Le texte de la note est vide")]
    [TestCase("--text", "long", "Le texte de la note compte 2\u00A0001 caractères : 2\u00A0000 au plus.")]
    [TestCase("--text-file", "absent.txt", "--text-file : impossible de lire")]
    public async Task BadInput_Exit2_APreciseMessage_NothingStored(string option, string value, string message)
    {
        using var cli = new CliRun();
        var file = Path.Combine(cli.Folder, "note.txt");
        await File.WriteAllTextAsync(file, option != "--text" ? "Texte" : value == "long" ? new string('a', 2001) : "  \n ");
        var args = new Dictionary<string, string> { ["--quarter"] = "2026-T3", ["--assessment"] = "at-risk", ["--text-file"] = file };
        if (option != "--text")
        {
            args[option] = value;
        }

        var (exit, _, error) = await cli.RunAsync(["note", "set", .. args.SelectMany(a => new[] { a.Key, a.Value })]);

        exit.Should().Be(2);
        error.Should().Contain(message).And.NotContain("   at ");
        (await cli.RunAsync("note", "list", "--format", "json")).Out.Trim().Should().Be("[]");
    }

    [Test]
    public async Task GlobalPlan_NotesBelongToThePlanNamed()
    {
        using var cli = new CliRun();
        (await cli.RunAsync("plans", "add", SecondPlanFile.Write(cli))).Exit.Should().Be(0);

        var set = await cli.RunWithInputAsync("Second plan", "note", "set", "--plan", SecondPlanFile.Code, "--quarter", "2026-T3", "--assessment", "compromised", "--text-file", "-");

        set.Exit.Should().Be(0, set.Error);
        (await cli.RunAsync("note", "list", "--plan", SecondPlanFile.Code)).Out.Should().Contain("compromis").And.Contain("Second plan");
        (await cli.RunAsync("note", "list", "--plan", "1", "--format", "json")).Out.Trim().Should().Be("[]");
        (await cli.RunAsync("note", "list")).Exit.Should().Be(2, "several plans and no --plan");
    }
}
