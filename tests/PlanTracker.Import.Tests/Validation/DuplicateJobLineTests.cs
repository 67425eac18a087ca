using PlanTracker.Import.Tests.Workbooks;
using PlanTracker.Testing.Structures;
using PlanTracker.Testing.Workbooks;

namespace PlanTracker.Import.Tests.Validation;

public class DuplicateJobLineTests
{
    [Test]
    public void One_key_twice_is_an_error_citing_both_rows()
    {
        var error = TestParser.SingleError(JobRows.Workbook(
            JobRows.Line(),
            JobRows.Line(contract: "CDD"),
            JobRows.Line(siret: $"{Sirets.A[..3]} {Sirets.A[3..]}", structure: "Autre orthographe", jobs: 5, fte: 1)));
        (error.Code, error.Cell).Should().Be((ImportErrorCodes.DuplicateJobLine, "B4"));
        error.MessageFr.Should().StartWith("lignes 2 et 4 en double").And.Contain("2025-T1").And.Contain(Sirets.A).And.Contain("CDI");
        error.MessageEn.Should().StartWith("rows 2 and 4 are duplicates");
    }

    [Test]
    public void The_key_uses_the_quarter_not_how_it_was_typed() =>
        TestParser.SingleError(JobRows.Workbook(JobRows.Line(quarter: "2025-T1"), JobRows.Line(quarter: new DateOnly(2025, 2, 1))))
            .Code.Should().Be(ImportErrorCodes.DuplicateJobLine);

    [Test]
    public void Blank_contract_types_share_one_key() =>
        TestParser.SingleError(JobRows.Workbook(JobRows.Line(contract: Blank.Cell), JobRows.Line(contract: "Non précisé")))
            .Code.Should().Be(ImportErrorCodes.DuplicateJobLine);

    [Test]
    public void Another_quarter_siret_or_contract_type_is_another_line() =>
        TestParser.Parse(JobRows.Workbook(
            JobRows.Line(),
            JobRows.Line(quarter: "2025-T2"),
            JobRows.Line(siret: Sirets.B),
            JobRows.Line(contract: "CDD"))).Jobs.Should().HaveCount(4);
}
