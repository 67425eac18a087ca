namespace PlanTracker.SampleData.Workbooks;

/// <summary>How the commune cell is written: every form is one the plan file lets the importer match.</summary>
public enum CommuneForm
{
    /// <summary>The commune's name as the plan file spells it</summary>
    Name,

    /// <summary>The plan file's first alias (<c>Montclair</c>), or the name when it has none</summary>
    Alias,

    /// <summary>The postal code, where it names that commune alone; the name otherwise</summary>
    PostalCode,

    /// <summary>The name in capitals</summary>
    Upper,
}
