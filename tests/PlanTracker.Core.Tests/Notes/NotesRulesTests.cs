using PlanTracker.Core.Notes;
using PlanTracker.Core.Plans;
using PlanTracker.Core.Periods;

namespace PlanTracker.Core.Tests.Notes;

/// <summary>The words an assessment is read from, the text's rules, the scope's, and the tension scale.</summary>
public class NotesRulesTests
{
    [TestCase("secured", Assessment.Secured)]
    [TestCase("Sécurisé", Assessment.Secured)]
    [TestCase("on-track", Assessment.OnTrack)]
    [TestCase("en bonne voie", Assessment.OnTrack)]
    [TestCase("EN-BONNE-VOIE", Assessment.OnTrack)]
    [TestCase("à risque", Assessment.AtRisk)]
    [TestCase("a-risque", Assessment.AtRisk)]
    [TestCase("at risk", Assessment.AtRisk)]
    [TestCase(" compromis ", Assessment.Compromised)]
    [TestCase("compromised", Assessment.Compromised)]
    public void Assessment_IsReadFromItsCodeAndItsLabels(string word, Assessment expected)
    {
        Assessments.TryParse(word, out var read).Should().BeTrue();
        read.Should().Be(expected);
    }

    [TestCase("")]
    [TestCase(null)]
    [TestCase("risque")]
    [TestCase("ok")]
    public void Assessment_OtherWordsAreRefused(string? word) => Assessments.TryParse(word, out _).Should().BeFalse();

    [Test]
    public void Text_LineBreaksNormalised_LengthCountedAfterTrimming()
    {
        NoteText.Normalize("  a\r\nb\rc \n").Should().Be("a\nb\nc");
        NoteText.Problem(new string('x', NoteText.MaxLength) + "\r\n  ", "fr").Should().BeNull();
        NoteText.Problem(new string('x', NoteText.MaxLength + 1), "en").Should().Be("The note's text has 2,001 characters: 2,000 at most.");
        NoteText.Problem(" \n ", "fr").Should().StartWith("Le texte de la note est vide");
        NoteText.Problem("a\u0007b", "fr").Should().Contain("caractères de contrôle");
    }

    [Test]
    public void Scope_QuarterInsideThePlan_AxisOfThePlan()
    {
        NoteScope.Problem(Plan.Default, new Quarter(2030, 4), 3, "fr").Should().BeNull();
        NoteScope.Problem(Plan.Default, new Quarter(2023, 4), null, "fr").Should().Be("Le trimestre 2023-T4 est hors du plan (2024-T1 à 2030-T4).");
        NoteScope.Problem(Plan.Default, new Quarter(2026, 3), 4, "en").Should().Be("The plan has no axis 4 (its axes: 1, 2, 3).");
    }

    [TestCase(Assessment.Secured, ProgressStatus.OnTrack, null)]
    [TestCase(Assessment.Secured, ProgressStatus.Watch, 2)]
    [TestCase(Assessment.Secured, ProgressStatus.Behind, 3)]
    [TestCase(Assessment.OnTrack, ProgressStatus.Watch, null)]
    [TestCase(Assessment.OnTrack, ProgressStatus.Behind, 2)]
    [TestCase(Assessment.AtRisk, ProgressStatus.OnTrack, null)]
    [TestCase(Assessment.Compromised, ProgressStatus.OnTrack, 2)]
    [TestCase(Assessment.Compromised, ProgressStatus.Behind, null)]
    public void Tension_TwoLevelsOrMoreApart(Assessment assessment, ProgressStatus status, int? gap)
    {
        var sentence = Tension.Sentence(assessment, [(Indicator.Jobs, Progress(status)), (Indicator.Cooperatives, Progress(null))], "fr");

        if (gap is null)
        {
            sentence.Should().BeNull();
        }
        else
        {
            sentence.Should().Be($"Tension : l'auto-évaluation « {assessment.Label("fr")} » s'écarte de {gap} niveaux du statut calculé des emplois créés (« {status.Label("fr")} »).");
        }
    }

    private static Core.Progress.IndicatorProgress Progress(ProgressStatus? status) =>
        new()
        {
            Indicator = Indicator.Jobs,
            AsOf = new Quarter(2026, 3),
            Target = 1500,
            Actual = 0,
            Expected = 500,
            Status = status,
            Forecast = null!,
            PaceNeededPerQuarter = null,
            RemainingQuarters = 17,
            Cumulative = [],
        };
}
