namespace PlanTracker.SampleData.Workbooks;

/// <summary>How the axis cell is written.</summary>
public enum AxisForm
{
    /// <summary><c>Axe 2</c></summary>
    ShortName,

    /// <summary><c>2</c> as text</summary>
    CodeText,

    /// <summary><c>2</c> as a number cell</summary>
    CodeNumber,

    /// <summary>The full French label</summary>
    FullLabel,

    /// <summary>The start of the label: <c>Soutenir la croissance</c></summary>
    LabelPrefix,

    /// <summary><c>Axe 2 - Soutenir la croissance des structures existantes</c></summary>
    CodeAndLabel,
}
