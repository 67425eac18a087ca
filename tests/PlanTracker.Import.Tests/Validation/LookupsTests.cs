using PlanTracker.Core.Periods;
using PlanTracker.Core.Records;
using PlanTracker.Core.Territory;
using PlanTracker.Import.Validation;
using PlanTracker.Testing;

namespace PlanTracker.Import.Tests.Validation;

/// <summary>The per-upload memo of Core's lookups answers what Core answers, before and after its size cap.</summary>
public class LookupsTests
{
    [Test]
    public void Remembered_answers_are_Core_answers_past_the_cap()
    {
        var lookups = new Lookups(Territories.Default);
        string[] samples = ["2025-T1", "T2 2025", "31/03/2025", "01/01/0001", "Sevran", "LE BLANC MESNIL", "Paris", "Axe 2", "2", "1.5", "cdd", "Intérim", "scic", "", " "];
        var texts = samples.Concat(Enumerable.Range(0, Lookups.MaxEntries + 100).Select(i => $"{2024 + i % 5}-T{i % 6}")).ToList();
        // Twice: first answers are computed (and kept up to the cap), second ones come from the memo where kept.
        foreach (var text in texts.Concat(texts))
        {
            lookups.TryQuarter(text, out var quarter).Should().Be(Quarter.TryParse(text, out var expectedQuarter), text);
            quarter.Should().Be(expectedQuarter);
            lookups.TryCommune(text, out var commune).Should().Be(Territories.Default.TryMatchCommune(text, out var expectedCommune), text);
            commune.Should().Be(expectedCommune);
            lookups.TryAxis(text, out var axis).Should().Be(Territories.Default.TryParseAxis(text, out var expectedAxis), text);
            axis.Should().Be(expectedAxis);
            lookups.TryContractType(text, out var type).Should().Be(ContractTypes.TryParse(text, out var expectedType), text);
            type.Should().Be(expectedType);
            lookups.TryLegalForm(text, out var form).Should().Be(LegalForms.TryParse(text, out var expectedForm), text);
            form.Should().Be(expectedForm);
        }
    }
}
