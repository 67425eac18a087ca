using PlanTracker.Core.Structures;

namespace PlanTracker.Core.Tests.Structures;

public class SiretTests
{
    [TestCase("732 829 320 00074")]
    [TestCase("732.829.320.00074")]
    [TestCase("732-829-320-00074")]
    [TestCase("732\u00A0829\u00A0320\u00A000074")] // no-break space, as Excel's French number format writes it
    [TestCase("732\u202F829\u202F320\u202F00074")] // narrow no-break space
    [TestCase("\t73282932000074 ")]
    [TestCase("73282932000074")]
    public void Normalize_TypedSeparators_AreRemoved(string text)
    {
        Siret.Normalize(text).Should().Be("73282932000074");
    }

    [Test]
    public void Normalize_Letters_AreKept()
    {
        Siret.Normalize("732 82A 320").Should().Be("73282A320");
    }

    [Test]
    public void Normalize_Null_IsEmpty()
    {
        Siret.Normalize(null).Should().BeEmpty();
    }

    // Luhn from the right, doubling every second digit (minus 9 above 9):
    // 73282932000074 -> 4 +(7*2=14-9=5) +0 +0 +0 +0 +2 +(3*2=6) +9 +(2*2=4) +8 +(2*2=4) +3 +(7*2=14-9=5) = 50, divisible by 10.
    // 44306184100047 -> 7 +(4*2=8) +0 +0 +0 +(1*2=2) +4 +(8*2=16-9=7) +1 +(6*2=12-9=3) +0 +(3*2=6) +4 +(4*2=8) = 50.
    [TestCase("73282932000074")]
    [TestCase("732 829 320 00074")]
    [TestCase("44306184100047")]
    public void Check_LuhnValid_IsNone(string text)
    {
        Siret.Check(text, out var normalized).Should().Be(Siret.Problem.None);

        normalized.Should().Be(Siret.Normalize(text));
        Siret.IsValid(text).Should().BeTrue();
    }

    // Changing the last digit of a valid SIRET by 1 or 3 moves the Luhn sum off a multiple of 10 (51, 49, 53).
    [TestCase("73282932000075")]
    [TestCase("73282932000073")]
    [TestCase("73282932000077")] // digit sum 50 is divisible by 5, but only La Poste gets that rule
    [TestCase("37282932000074")] // two digits swapped
    public void Check_BadChecksum_IsChecksum(string text)
    {
        Siret.Check(text, out _).Should().Be(Siret.Problem.Checksum);
        Siret.IsValid(text).Should().BeFalse();
    }

    [TestCase("7328293200007")] // 13 digits
    [TestCase("732829320000740")] // 15 digits
    [TestCase("732829320")] // a SIREN, not a SIRET
    [TestCase("7328293200007A")]
    [TestCase("73282932O00074")] // letter O for a zero
    [TestCase("７３２８２９３２０００７４")] // full-width digits
    public void Check_NotFourteenAsciiDigits_IsNotFourteenDigits(string text)
    {
        Siret.Check(text, out _).Should().Be(Siret.Problem.NotFourteenDigits);
    }

    [TestCase("")]
    [TestCase(" . - ")]
    [TestCase(null)]
    public void Check_Blank_IsEmpty(string? text)
    {
        Siret.Check(text, out var normalized).Should().Be(Siret.Problem.Empty);

        normalized.Should().BeEmpty();
    }

    // La Poste head office 35600000000048: Luhn 8 +(4*2=8) +(6*2=12-9=3) +5 +(3*2=6) = 30; digit sum 26 (not a multiple of 5).
    [Test]
    public void Check_LaPosteHeadOffice_IsValidByLuhn()
    {
        Siret.Check("356 000 000 00048", out _).Should().Be(Siret.Problem.None);
    }

    // 35600000000047: digit sum 3+5+6+4+7 = 25, Luhn 7 +(4*2=8) +3 +5 +6 = 29 (fails).
    // 35600000049837: digit sum 3+5+6+4+9+8+3+7 = 45, Luhn 48 (fails).
    [TestCase("35600000000047")]
    [TestCase("35600000049837")]
    public void Check_LaPosteDigitSumDivisibleByFive_IsValidThoughLuhnFails(string text)
    {
        Siret.Check(text, out _).Should().Be(Siret.Problem.None);
    }

    // 35600000000049: digit sum 27, Luhn 31: fails both rules.
    [Test]
    public void Check_LaPosteFailingBothRules_IsChecksum()
    {
        Siret.Check("35600000000049", out _).Should().Be(Siret.Problem.Checksum);
    }
}
