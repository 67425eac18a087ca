namespace PlanTracker.Import.Sheets;

/// <summary>Data lines left over all sheets of one upload (<see cref="ImportLimits.MaxDataLines"/>).</summary>
internal sealed class LineBudget(int max)
{
    public int Limit => max;

    public int Used { get; private set; }

    public bool Exhausted { get; private set; }

    public bool TryTake()
    {
        if (Used >= max)
        {
            Exhausted = true;
            return false;
        }

        Used++;
        return true;
    }
}
