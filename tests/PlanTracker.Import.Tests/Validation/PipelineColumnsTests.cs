using PlanTracker.Core.Periods;
using PlanTracker.Core.Records;
using PlanTracker.Import.Tests.Reading.Csv;
using PlanTracker.Import.Tests.Workbooks;
using PlanTracker.Testing.Structures;
using PlanTracker.Testing.Workbooks;

namespace PlanTracker.Import.Tests.Validation;

/// <summary>
/// The optional columns of job nature and of the cooperative pipeline (today is 26/11/2026, current quarter 2026-T4):
/// defaults when blank or absent, accents and case ignored, and a precise message for every mistake.
/// </summary>
public class PipelineColumnsTests
{
    // J Nature after the nine usual job columns; H Origine, I Stade, J Date de cessation after the seven cooperative ones.
    private static readonly object?[] JobsHeader = [.. JobRows.Header, "Nature"];
    private static readonly object?[] CoopsHeader = [.. CooperativeRows.Header, "Origine", "Stade", "Date de cessation"];

    private static object?[] Job(object? nature, object? contract = null) => [.. JobRows.Line(contract: contract), nature];

    private static object?[] Coop(object? origin = null, object? stage = null, object? ceased = null, object? created = null, object? name = null) =>
        [.. CooperativeRows.Line(name: name, created: created), origin, stage, ceased];

    private static object?[] Project(object? stage, string name = "Coop du Canal") =>
        [name, null, "SCOP", null, "Drancy", 3, null, null, stage, null];

    private static ParsedWorkbook Parse(object?[][]? jobs = null, object?[][]? coops = null)
    {
        var builder = new XlsxBuilder();
        if (jobs is not null)
        {
            builder.Sheet("Emplois", [JobsHeader, .. jobs]);
        }

        if (coops is not null)
        {
            builder.Sheet("Coopératives", [CoopsHeader, .. coops]);
        }

        return TestParser.Parse(builder.Build());
    }

    private static ParsedWorkbook Valid(object?[][]? jobs = null, object?[][]? coops = null)
    {
        var parsed = Parse(jobs, coops);
        parsed.Errors.Should().BeEmpty(string.Join("\n", parsed.Errors.Select(e => e.Describe("fr"))));
        return parsed;
    }

    private static ImportError Invalid(object?[][]? jobs = null, object?[][]? coops = null)
    {
        var parsed = Parse(jobs, coops);
        parsed.Errors.Should().ContainSingle(string.Join("\n", parsed.Errors.Select(e => e.Describe("fr"))));
        parsed.Jobs.Should().BeEmpty();
        parsed.Cooperatives.Should().BeEmpty();
        return parsed.Errors[0];
    }

    [TestCase(null, JobNature.Creation)]
    [TestCase("création", JobNature.Creation)]
    [TestCase("CREATION", JobNature.Creation)]
    [TestCase("Consolidation", JobNature.Consolidation)]
    [TestCase("consolidé", JobNature.Consolidation)]
    public void Job_nature_is_read_blank_meaning_creation(string? text, JobNature nature) =>
        Valid(jobs: [Job(text)]).Jobs.Single().Nature.Should().Be(nature);

    [Test]
    public void An_unknown_job_nature_names_the_cell_and_the_accepted_words()
    {
        var error = Invalid(jobs: [Job("sauvegarde")]);

        (error.Code, error.Sheet, error.Row, error.Cell, error.Header, error.Value).Should().Be((ImportErrorCodes.Nature, "Emplois", 2, "J2", "Nature", "sauvegarde"));
        error.MessageFr.Should().Contain("« sauvegarde » n'est pas une nature d'emploi connue").And.Contain("Attendu : création, consolidation, ou vide (création)");
        error.MessageEn.Should().Contain("creation, consolidation");
    }

    [Test]
    public void A_creation_and_a_consolidation_of_one_key_are_two_lines_but_two_consolidations_are_duplicates()
    {
        Valid(jobs: [Job(null), Job("consolidation")]).Jobs.Select(j => j.Nature).Should().Equal(JobNature.Creation, JobNature.Consolidation);

        var error = Invalid(jobs: [Job("consolidation"), Job("Consolidation")]);
        (error.Code, error.Cell).Should().Be((ImportErrorCodes.DuplicateJobLine, "B3"));
        error.MessageFr.Should().Contain("même nature (consolidation)");
    }

    [TestCase("création", CooperativeOrigin.Creation)]
    [TestCase("Transformation d’association", CooperativeOrigin.AssociationConversion)]
    [TestCase("TRANSMISSION AUX SALARIES", CooperativeOrigin.EmployeeTransfer)]
    [TestCase("reprise d'entreprise", CooperativeOrigin.CompanyTakeover)]
    [TestCase("Autre", CooperativeOrigin.Other)]
    public void Origins_are_read_whatever_the_accents_case_and_apostrophe(string text, CooperativeOrigin origin) =>
        Valid(coops: [Coop(origin: text)]).Cooperatives.Single().Origin.Should().Be(origin);

    [Test]
    public void Without_the_new_columns_or_with_them_blank_a_dated_cooperative_is_registered_with_no_origin()
    {
        var entry = Valid(coops: [Coop()]).Cooperatives.Single();

        (entry.Stage, entry.Origin, entry.CessationDate, entry.CountsTowardTarget).Should().Be((CooperativeStage.Registered, (CooperativeOrigin?)null, (DateOnly?)null, true));
        TestParser.Parse(CooperativeRows.Workbook(CooperativeRows.Line())).Cooperatives.Single().Should().Be(entry with { SourceRow = 2 });
    }

    [Test]
    public void An_unknown_origin_lists_the_accepted_words()
    {
        var error = Invalid(coops: [Coop(origin: "essaimage")]);

        (error.Code, error.Sheet, error.Row, error.Cell, error.Header).Should().Be((ImportErrorCodes.Origin, "Coopératives", 2, "H2", "Origine"));
        error.MessageFr.Should().Contain("« essaimage » n'est pas une origine de coopérative connue")
            .And.Contain("création, transformation d'association, transmission aux salariés, reprise d'entreprise, autre");
    }

    [TestCase("projet", CooperativeStage.Project)]
    [TestCase("En accompagnement", CooperativeStage.InSupport)]
    [TestCase("ACCOMPAGNEMENT", CooperativeStage.InSupport)]
    public void A_project_needs_neither_siret_nor_creation_date_and_is_listed_in_the_current_quarter_alone(string stage, CooperativeStage expected)
    {
        var entry = Valid(coops: [Project(stage)]).Cooperatives.Single();

        (entry.Stage, entry.Siret, entry.CreationDate, entry.Quarter, entry.CountsTowardTarget)
            .Should().Be((expected, (string?)null, (DateOnly?)null, Quarter.Parse("2026-T4"), false));
    }

    [Test]
    public void A_project_beside_job_lines_is_listed_in_their_latest_quarter() =>
        Valid(jobs: [Job(null)], coops: [Project("projet")]).Cooperatives.Single().Quarter.Should().Be(Quarter.Parse("2025-T1"));

    [Test]
    public void An_unknown_stage_lists_the_accepted_words_and_is_the_only_error_of_its_undated_row()
    {
        var error = Invalid(coops: [Project("en cours")]);

        (error.Code, error.Cell, error.Header, error.Value).Should().Be((ImportErrorCodes.Stage, "I2", "Stade", "en cours"));
        error.MessageFr.Should().Contain("« en cours » n'est pas un stade de coopérative connu").And.Contain("projet, en accompagnement, immatriculée");
    }

    [Test]
    public void A_registered_cooperative_without_creation_date_is_refused()
    {
        var error = Invalid(coops: [Project("immatriculée")]);

        (error.Code, error.Sheet, error.Row, error.Cell, error.Header).Should().Be((ImportErrorCodes.RegisteredWithoutDate, "Coopératives", 2, "D2", "Date de création"));
        error.MessageFr.Should().Contain("a une date de création");
    }

    [Test]
    public void Without_stage_a_missing_creation_date_is_missing_as_before() =>
        Invalid(coops: [Project(null)]).Should().Match<ImportError>(e => e.Code == ImportErrorCodes.Required && e.Cell == "D2");

    [Test]
    public void A_csv_file_maps_the_new_headers_too()
    {
        var bytes = CsvText.Bytes(CsvText.Lines(';',
            [.. CsvText.CooperativesHeader, "Stade", "Origine"],
            ["Coop du Canal", "", "SCOP", "", "Drancy", "3", "", "en accompagnement", "transformation d'association"],
            ["Coop du Port", "", "SCOP", "", "Sevran", "1", "", "immatriculee", ""]));

        var parsed = TestParser.Parse(bytes, fileName: "cooperatives.csv");

        var error = parsed.Errors.Should().ContainSingle().Which;
        (error.Row, error.Header, error.Code).Should().Be((3, "Date de création", ImportErrorCodes.RegisteredWithoutDate));
        var rows = CsvText.Lines(';', [.. CsvText.CooperativesHeader, "Stade", "Origine"],
            ["Coop du Canal", "", "SCOP", "", "Drancy", "3", "", "en accompagnement", "transformation d'association"]);
        var entry = TestParser.Parse(CsvText.Bytes(rows), fileName: "cooperatives.csv").Cooperatives.Single();
        (entry.Stage, entry.Origin).Should().Be((CooperativeStage.InSupport, CooperativeOrigin.AssociationConversion));
    }

    [Test]
    public void A_cessation_after_the_creation_is_kept() =>
        Valid(coops: [Coop(ceased: "30/06/2026")]).Cooperatives.Single().CessationDate.Should().Be(new DateOnly(2026, 6, 30));

    [TestCase("15/03/2025", ImportErrorCodes.CessationBeforeCreation)]
    [TestCase("31/03/2025", ImportErrorCodes.CessationBeforeCreation)]
    [TestCase("27/11/2026", ImportErrorCodes.DateInFuture)]
    [TestCase("bientôt", ImportErrorCodes.Date)]
    public void A_cessation_before_creation_or_in_the_future_is_refused(string ceased, string code)
    {
        var error = Invalid(coops: [Coop(ceased: ceased)]);

        (error.Code, error.Sheet, error.Row, error.Cell, error.Header).Should().Be((code, "Coopératives", 2, "J2", "Date de cessation"));
    }

    [Test]
    public void A_cessation_before_creation_says_both_dates() =>
        Invalid(coops: [Coop(ceased: "15/03/2025")]).MessageFr.Should().Contain("le 15/03/2025").And.Contain("le 31/03/2025");
}
